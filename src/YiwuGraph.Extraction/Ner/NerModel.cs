using System.IO.Compression;
using System.Text;
using YiwuGraph.Core;

namespace YiwuGraph.Extraction.Ner;

/// <summary>
/// The data of a trained character tagger, kept apart from the code that uses it: sorted feature keys,
/// quantized weights (<c>Keys.Length × 13</c> 16-bit integers, real weight = value × <see cref="Scale"/>),
/// quantized transitions, and the lexicon and character classes the features were computed with. Stored as a small header plus a
/// Brotli-compressed body; saving the same model twice gives the same bytes.
/// </summary>
public sealed class NerModel
{
    private static readonly byte[] Magic = "YWNER\u0001"u8.ToArray();
    private const int FormatVersion = 2;

    /// <summary>Format 2 plus a template set per class level (<see cref="CharClusters.Templates"/>).</summary>
    private const int FormatVersionWithTemplates = 3;

    public NerModel(
        int templateVersion,
        string wordAnnotator,
        float scale,
        short[] transitions,
        ulong[] keys,
        short[] weights,
        IReadOnlyList<KeyValuePair<string, ushort>> lexicon,
        CharClusters? clusters = null)
    {
        ArgumentNullException.ThrowIfNull(transitions);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(lexicon);
        if (transitions.Length != ViterbiDecoder.TransitionSize || weights.Length != keys.Length * NerTagSet.Count)
        {
            throw new ArgumentException("Weight or transition array has the wrong size.", nameof(weights));
        }

        TemplateVersion = templateVersion;
        WordAnnotator = wordAnnotator ?? string.Empty;
        Scale = scale;
        Transitions = transitions;
        Keys = keys;
        Weights = weights;
        Lexicon = lexicon;
        Clusters = clusters ?? CharClusters.Empty;
    }

    public int TemplateVersion { get; }

    /// <summary>Name of the word annotator the model was trained with; empty when it uses none.</summary>
    public string WordAnnotator { get; }

    public float Scale { get; }

    public short[] Transitions { get; }

    public ulong[] Keys { get; }

    public short[] Weights { get; }

    public IReadOnlyList<KeyValuePair<string, ushort>> Lexicon { get; }

    /// <summary>The character classes the features were computed with (learned from the training text).</summary>
    public CharClusters Clusters { get; }

    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        stream.Write(Magic);
        using var brotli = new BrotliStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(brotli, Encoding.UTF8, leaveOpen: true);
        // Format 3 adds each class level's template set; a model whose levels use all eight templates is written
        // as format 2, byte for byte as before template sets existed.
        var format = Clusters.HasAllTemplates ? FormatVersion : FormatVersionWithTemplates;
        writer.Write(format);
        writer.Write(TemplateVersion);
        writer.Write(WordAnnotator);
        writer.Write(Scale);
        foreach (var t in Transitions)
        {
            writer.Write(t);
        }

        writer.Write(Lexicon.Count);
        foreach (var (word, mask) in Lexicon)
        {
            writer.Write(word);
            writer.Write(mask);
        }

        writer.Write(Clusters.Levels);
        foreach (var count in Clusters.ClassCounts)
        {
            writer.Write(count);
        }

        if (format == FormatVersionWithTemplates)
        {
            foreach (var set in Clusters.Templates)
            {
                writer.Write(set);
            }
        }

        writer.Write(Clusters.Entries.Count);
        foreach (var (c, classes) in Clusters.Entries)
        {
            writer.Write((ushort)c);
            foreach (var cls in classes)
            {
                writer.Write(cls);
            }
        }

        writer.Write(Keys.Length);
        var previous = 0UL;
        foreach (var key in Keys)
        {
            writer.Write7BitEncodedInt64((long)(key - previous));
            previous = key;
        }

        // Column-major weights compress far better: each tag's column is mostly zeros.
        for (var t = 0; t < NerTagSet.Count; t++)
        {
            for (var f = 0; f < Keys.Length; f++)
            {
                var w = Weights[(f * NerTagSet.Count) + t];
                writer.Write7BitEncodedInt((w << 1) ^ (w >> 31));
            }
        }
    }

    /// <summary>Reads a model; any corruption becomes a <see cref="ResourceLoadException"/> naming <paramref name="sourceName"/>.</summary>
    public static NerModel Load(Stream stream, string sourceName = "ner model")
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            Span<byte> head = stackalloc byte[Magic.Length];
            stream.ReadExactly(head);
            if (!head.SequenceEqual(Magic))
            {
                throw new ResourceLoadException(sourceName, "not a YiwuGraph NER model (bad magic)");
            }

            using var brotli = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true);
            using var buffered = new BufferedStream(brotli, 1 << 16);
            using var reader = new BinaryReader(buffered, Encoding.UTF8, leaveOpen: true);
            var format = reader.ReadInt32();
            if (format is not (FormatVersion or FormatVersionWithTemplates))
            {
                throw new ResourceLoadException(sourceName, $"unsupported model format {format}");
            }

            var templateVersion = reader.ReadInt32();
            if (templateVersion != NerFeatureExtractor.TemplateVersion)
            {
                throw new ResourceLoadException(sourceName, $"model uses feature templates v{templateVersion}, this build has v{NerFeatureExtractor.TemplateVersion}; retrain with train-ner");
            }

            var annotator = reader.ReadString();
            var scale = reader.ReadSingle();
            var transitions = new short[ViterbiDecoder.TransitionSize];
            for (var i = 0; i < transitions.Length; i++)
            {
                transitions[i] = reader.ReadInt16();
            }

            var lexiconCount = reader.ReadInt32();
            if (lexiconCount < 0)
            {
                throw new ResourceLoadException(sourceName, "negative lexicon size");
            }

            var lexicon = new List<KeyValuePair<string, ushort>>(lexiconCount);
            for (var i = 0; i < lexiconCount; i++)
            {
                var word = reader.ReadString();
                lexicon.Add(new(word, reader.ReadUInt16()));
            }

            var clusters = ReadClusters(reader, format == FormatVersionWithTemplates, sourceName);
            var keyCount = reader.ReadInt32();
            if (keyCount < 0)
            {
                throw new ResourceLoadException(sourceName, "negative feature count");
            }

            var keys = new ulong[keyCount];
            var previous = 0UL;
            for (var i = 0; i < keyCount; i++)
            {
                previous += (ulong)reader.Read7BitEncodedInt64();
                keys[i] = previous;
            }

            var weights = new short[keyCount * NerTagSet.Count];
            for (var t = 0; t < NerTagSet.Count; t++)
            {
                for (var f = 0; f < keyCount; f++)
                {
                    var z = reader.Read7BitEncodedInt();
                    weights[(f * NerTagSet.Count) + t] = (short)((z >>> 1) ^ -(z & 1));
                }
            }

            return new NerModel(templateVersion, annotator, scale, transitions, keys, weights, lexicon, clusters);
        }
        catch (Exception ex) when (ex is EndOfStreamException or InvalidDataException or IOException or FormatException or OverflowException or ArgumentException)
        {
            throw new ResourceLoadException(sourceName, "truncated or corrupt model: " + ex.Message, ex);
        }
    }

    private static CharClusters ReadClusters(BinaryReader reader, bool withTemplates, string sourceName)
    {
        var levels = reader.ReadInt32();
        if (levels is < 0 or > 16)
        {
            throw new ResourceLoadException(sourceName, $"bad number of cluster levels {levels}");
        }

        var counts = new int[levels];
        for (var i = 0; i < levels; i++)
        {
            counts[i] = reader.ReadInt32();
        }

        byte[]? templates = null;
        if (withTemplates)
        {
            templates = new byte[levels];
            for (var i = 0; i < levels; i++)
            {
                templates[i] = reader.ReadByte();
                if (templates[i] == 0)
                {
                    throw new ResourceLoadException(sourceName, $"class level {i} has no feature template");
                }
            }
        }

        var entryCount = reader.ReadInt32();
        if (entryCount is < 0 or > char.MaxValue + 1)
        {
            throw new ResourceLoadException(sourceName, $"bad number of clustered characters {entryCount}");
        }

        var entries = new List<KeyValuePair<char, ushort[]>>(entryCount);
        for (var i = 0; i < entryCount; i++)
        {
            var c = (char)reader.ReadUInt16();
            var classes = new ushort[levels];
            for (var level = 0; level < levels; level++)
            {
                classes[level] = reader.ReadUInt16();
            }

            entries.Add(new(c, classes));
        }

        return levels == 0 ? CharClusters.Empty : new CharClusters(counts, entries, templates);
    }
}
