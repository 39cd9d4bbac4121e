using System.Runtime.CompilerServices;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using YiwuGraph.Core;
using YiwuGraph.Segmentation.Internal;

namespace YiwuGraph.Segmentation;

/// <summary>
/// jieba's prefix dictionary as immutable data: every word with its frequency and POS tag, stored in a trie whose
/// nodes are the words and all their prefixes (jieba's <c>FREQ</c>, where prefixes have frequency 0).
/// Load the embedded default with <see cref="JiebaSegmenter.CreateDefault"/>, a converted file with
/// <see cref="Load"/>, or a text dictionary in jieba's <c>word freq [tag]</c> format with <see cref="FromText"/>.
/// </summary>
public sealed class JiebaDictionary
{
    private const string Magic = "YWJD";

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private JiebaDictionary(PrefixTrie trie, int[] nodeFreq, PosTag[] nodeTag, long total)
    {
        Trie = trie;
        NodeFreq = nodeFreq;
        NodeTag = nodeTag;
        Total = total;
        NodeLogFreq = new double[nodeFreq.Length];
        for (var i = 0; i < nodeFreq.Length; i++)
        {
            NodeLogFreq[i] = nodeFreq[i] > 0 ? Math.Log(nodeFreq[i]) : -1.0;
        }
    }

    /// <summary>The sum of all frequencies (jieba's <c>total</c>), duplicates included.</summary>
    public long Total { get; }

    /// <summary>The number of trie nodes (words and prefixes).</summary>
    public int NodeCount => Trie.NodeCount;

    internal PrefixTrie Trie { get; }

    internal int[] NodeFreq { get; }

    /// <summary><c>log(freq)</c> per node, or -1 for nodes that are only prefixes (one load in the hot loop).</summary>
    internal double[] NodeLogFreq { get; }

    internal PosTag[] NodeTag { get; }

    /// <summary>The frequency of <paramref name="word"/>: 0 for a prefix of a word or an absent word.</summary>
    public int GetFrequency(ReadOnlySpan<char> word)
    {
        var node = Trie.Find(word);
        return node < 0 ? 0 : NodeFreq[node];
    }

    /// <summary>jieba's <c>word_tag_tab.get(word)</c>: the dictionary tag, or null.</summary>
    public PosTag? GetTag(ReadOnlySpan<char> word)
    {
        var node = Trie.Find(word);
        return node < 0 || NodeTag[node] == PosTag.None ? null : NodeTag[node];
    }

    /// <summary>Parses a text dictionary (<c>word freq [tag]</c> per line, UTF-8), like jieba's <c>gen_pfdict</c>.</summary>
    /// <exception cref="ResourceLoadException">A line is malformed; the message names the line.</exception>
    public static JiebaDictionary FromText(Stream stream, string resourceName = "dict.txt")
    {
        if (stream is null)
        {
            throw new ResourceLoadException(resourceName, "the resource is missing");
        }

        var entries = new Dictionary<string, (int Freq, PosTag Tag)>(StringComparer.Ordinal);
        long total = 0;
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var lineNo = 0;
        while (reader.ReadLine() is { } raw)
        {
            lineNo++;
            var line = raw.Trim(' ', '\t', '\r', '\n', '\v', '\f');
            if (line.Length == 0)
            {
                // JIEBA-DIFF: blank lines are skipped; jieba rejects them.
                continue;
            }

            var parts = line.Split(' ');
            if (parts.Length < 2 || parts[0].Length == 0
                || !int.TryParse(parts[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var freq) || freq < 0)
            {
                throw new ResourceLoadException(resourceName, $"invalid dictionary entry at line {lineNo}: {line}");
            }

            // JIEBA-DIFF: the tag is optional here; jieba.posseg requires exactly three fields.
            var tag = parts.Length >= 3 && parts[2].Length > 0 ? PosTag.FromName(parts[2]) : PosTag.None;
            entries[parts[0]] = (freq, tag);
            total += freq;
        }

        return Build(entries, total);
    }

    /// <summary>Reads a dictionary written by <see cref="Save"/> (the embedded format).</summary>
    /// <exception cref="ResourceLoadException">The stream is missing, truncated or corrupt.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static JiebaDictionary Load(Stream stream, string resourceName = "jieba.dict.bin")
    {
        var body = BinaryFormat.ReadBody(stream, Magic, resourceName);
        try
        {
            var r = new SpanReader(body);
            var total = r.ReadInt64();
            var tagCount = r.ReadCount(255);
            var tags = new PosTag[tagCount];
            for (var i = 0; i < tagCount; i++)
            {
                tags[i] = PosTag.FromName(r.ReadString());
            }

            var count = r.ReadCount(50_000_000);
            var edges = new char[count];
            r.ReadBytes(count * 2).CopyTo(MemoryMarshal.AsBytes(edges.AsSpan()));
            var children = new int[count];
            for (var i = 0; i < count; i++)
            {
                children[i] = checked((int)BinaryFormat.ReadVarInt(ref r));
            }

            var freqs = new int[count];
            for (var i = 0; i < count; i++)
            {
                freqs[i] = checked((int)BinaryFormat.ReadVarInt(ref r));
            }

            var nodeTags = new PosTag[count];
            var tagBytes = r.ReadBytes(count);
            for (var i = 0; i < count; i++)
            {
                nodeTags[i] = tagBytes[i] < tagCount ? tags[tagBytes[i]] : throw new InvalidDataException($"bad tag at node {i}");
            }

            if (!r.AtEnd)
            {
                throw new InvalidDataException("trailing bytes");
            }

            return new JiebaDictionary(PrefixTrie.FromArrays(edges, children), freqs, nodeTags, total);
        }
        catch (Exception ex) when (ex is InvalidDataException or OverflowException)
        {
            throw new ResourceLoadException(resourceName, ex.Message, ex);
        }
    }

    /// <summary>
    /// Writes the compact binary form: the trie's breadth-first arrays column by column (edge characters, child
    /// counts, frequencies, tags), Deflate-compressed, so loading needs no sorting or string building.
    /// </summary>
    public void Save(Stream stream)
    {
        var count = Trie.NodeCount;
        var tagIndex = new Dictionary<PosTag, int> { [PosTag.None] = 0 };
        foreach (var tag in NodeTag)
        {
            tagIndex.TryAdd(tag, tagIndex.Count);
        }

        using var writer = BinaryFormat.BeginWrite(stream, Magic);
        writer.Write(Total);
        writer.Write(tagIndex.Count);
        foreach (var tag in tagIndex.OrderBy(p => p.Value))
        {
            writer.WriteShortString(tag.Key.Name);
        }

        writer.Write(count);
        writer.Write(MemoryMarshal.AsBytes(Trie.EdgeChars));
        for (var i = 0; i < count; i++)
        {
            BinaryFormat.WriteVarInt(writer, Trie.ChildCount(i));
        }

        for (var i = 0; i < count; i++)
        {
            BinaryFormat.WriteVarInt(writer, NodeFreq[i]);
        }

        for (var i = 0; i < count; i++)
        {
            writer.Write((byte)tagIndex[NodeTag[i]]);
        }
    }

    private static JiebaDictionary Build(Dictionary<string, (int Freq, PosTag Tag)> entries, long total)
    {
        var words = entries.Keys.ToArray();
        Array.Sort(words, StringComparer.Ordinal);
        var freqs = new int[words.Length];
        var tags = new PosTag[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            (freqs[i], tags[i]) = entries[words[i]];
        }

        return Build(words, freqs, tags, total);
    }

    private static JiebaDictionary Build(string[] sortedWords, int[] freqs, PosTag[] tags, long total)
    {
        var trie = PrefixTrie.Build(sortedWords, out var wordNode);
        var nodeFreq = new int[trie.NodeCount];
        var nodeTag = new PosTag[trie.NodeCount];
        for (var i = 0; i < sortedWords.Length; i++)
        {
            nodeFreq[wordNode[i]] = freqs[i];
            nodeTag[wordNode[i]] = tags[i];
        }

        return new JiebaDictionary(trie, nodeFreq, nodeTag, total);
    }
}
