using System.Numerics;
using System.Runtime.CompilerServices;

namespace YiwuGraph.Extraction.Ner;

/// <summary>Lexicon classes the feature extractor knows; a word may belong to several.</summary>
public enum LexiconClass
{
    Surname = 0,
    Title = 1,
    OrganizationSuffix = 2,
    PlaceSuffix = 3,
    Place = 4,
    KnownPerson = 5,
    KnownLocation = 6,
    KnownOrganization = 7,
}

/// <summary>
/// An immutable character trie of lexicon words, each carrying a bit mask of <see cref="LexiconClass"/>.
/// Matching records, per position and class, the longest word starting there, ending there, and whether
/// the position lies strictly inside one.
/// </summary>
public sealed class CharLexicon
{
    public const int ClassCount = 8;
    public const int MaxWordLength = 24;

    private readonly Dictionary<ulong, int> edges;
    private readonly ushort[] classesAtNode;

    // The root's children by character: the first step from every position is an array read, and most
    // positions stop there.
    private readonly int[] rootChildren;

    // The other edges again, for matching: open addressing with linear probing over (parent << 16 | char)
    // keys, 0 marking an empty slot (no such key exists, since every parent here is a node above 0). Matching
    // takes a step per character of text; Dictionary's lookup was 7 % of tagging time.
    private readonly ulong[] probeKeys;
    private readonly int[] probeChildren;
    private readonly int probeShift;

    private CharLexicon(Dictionary<ulong, int> edges, ushort[] classesAtNode, int wordCount)
    {
        this.edges = edges;
        this.classesAtNode = classesAtNode;
        WordCount = wordCount;
        rootChildren = new int[edges.Count == 0 ? 0 : char.MaxValue + 1];
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, edges.Count * 2));
        probeShift = 64 - BitOperations.Log2((uint)capacity);
        probeKeys = new ulong[capacity];
        probeChildren = new int[capacity];
        foreach (var (key, child) in edges)
        {
            if (key >> 16 == 0)
            {
                rootChildren[(int)(key & 0xFFFF)] = child;
                continue;
            }

            var slot = ProbeStart(key);
            while (probeKeys[slot] != 0)
            {
                slot = (slot + 1) & (capacity - 1);
            }

            probeKeys[slot] = key;
            probeChildren[slot] = child;
        }
    }

    public int WordCount { get; }

    public static CharLexicon Empty { get; } = Build([]);

    /// <summary>Builds a trie; masks of duplicate words are merged; words longer than <see cref="MaxWordLength"/> are skipped.</summary>
    public static CharLexicon Build(IEnumerable<KeyValuePair<string, ushort>> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var edges = new Dictionary<ulong, int>();
        var classes = new List<ushort> { 0 };
        var count = 0;
        foreach (var (word, mask) in words)
        {
            if (string.IsNullOrEmpty(word) || word.Length > MaxWordLength || mask == 0)
            {
                continue;
            }

            var node = 0;
            foreach (var c in word)
            {
                var key = ((ulong)(uint)node << 16) | c;
                if (!edges.TryGetValue(key, out var next))
                {
                    next = classes.Count;
                    classes.Add(0);
                    edges.Add(key, next);
                }

                node = next;
            }

            if (classes[node] == 0)
            {
                count++;
            }

            classes[node] |= mask;
        }

        return new CharLexicon(edges, [.. classes], count);
    }

    /// <summary>Adds the matches of this lexicon in <paramref name="text"/> to <paramref name="matches"/>.</summary>
    public void Annotate(ReadOnlySpan<char> text, LexiconMatches matches)
    {
        ArgumentNullException.ThrowIfNull(matches);
        if (edges.Count == 0)
        {
            return;
        }

        for (var start = 0; start < text.Length; start++)
        {
            var node = rootChildren[text[start]];
            if (node == 0)
            {
                continue;
            }

            var limit = Math.Min(text.Length, start + MaxWordLength);
            for (var end = start; end < limit; end++)
            {
                if (end > start && (node = Child(node, text[end])) == 0)
                {
                    break;
                }

                var mask = classesAtNode[node];
                if (mask != 0)
                {
                    matches.Record(start, end + 1, mask);
                }
            }
        }
    }

    /// <summary>The child of <paramref name="node"/> (above 0) along <paramref name="c"/>, 0 when there is none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Child(int node, char c)
    {
        var key = ((ulong)(uint)node << 16) | c;
        var mask = probeKeys.Length - 1;
        for (var slot = ProbeStart(key); ; slot = (slot + 1) & mask)
        {
            var stored = probeKeys[slot];
            if (stored == key)
            {
                return probeChildren[slot];
            }

            if (stored == 0)
            {
                return 0;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int ProbeStart(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> probeShift);

    /// <summary>Every word with its class mask, in a deterministic order (for saving).</summary>
    public IEnumerable<KeyValuePair<string, ushort>> Words()
    {
        var children = new Dictionary<int, List<(char C, int Node)>>();
        foreach (var (key, child) in edges)
        {
            var parent = (int)(key >> 16);
            if (!children.TryGetValue(parent, out var list))
            {
                list = [];
                children.Add(parent, list);
            }

            list.Add(((char)(key & 0xFFFF), child));
        }

        foreach (var list in children.Values)
        {
            list.Sort((a, b) => a.C.CompareTo(b.C));
        }

        var stack = new Stack<(int Node, string Prefix)>();
        stack.Push((0, string.Empty));
        var result = new List<KeyValuePair<string, ushort>>();
        while (stack.Count > 0)
        {
            var (node, prefix) = stack.Pop();
            if (classesAtNode[node] != 0)
            {
                result.Add(new(prefix, classesAtNode[node]));
            }

            if (children.TryGetValue(node, out var list))
            {
                for (var i = list.Count - 1; i >= 0; i--)
                {
                    stack.Push((list[i].Node, prefix + list[i].C));
                }
            }
        }

        result.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return result;
    }
}

/// <summary>Per-position lexicon evidence for one sentence; reused between sentences.</summary>
public sealed class LexiconMatches
{
    private byte[] startLength = [];
    private byte[] endLength = [];
    private ushort[] insideMask = [];
    private ushort[] anyMask = [];

    public int Length { get; private set; }

    public void Reset(int length)
    {
        if (startLength.Length < length * CharLexicon.ClassCount)
        {
            var size = Math.Max(length * CharLexicon.ClassCount, startLength.Length * 2);
            startLength = new byte[size];
            endLength = new byte[size];
            insideMask = new ushort[Math.Max(length, insideMask.Length * 2)];
            anyMask = new ushort[insideMask.Length];
        }

        Array.Clear(startLength, 0, length * CharLexicon.ClassCount);
        Array.Clear(endLength, 0, length * CharLexicon.ClassCount);
        Array.Clear(insideMask, 0, length);
        Array.Clear(anyMask, 0, length);
        Length = length;
    }

    internal void Record(int start, int end, ushort mask)
    {
        var length = (byte)(end - start);
        for (var c = 0; c < CharLexicon.ClassCount; c++)
        {
            if ((mask & (1 << c)) == 0)
            {
                continue;
            }

            ref var s = ref startLength[(start * CharLexicon.ClassCount) + c];
            if (s < length)
            {
                s = length;
            }

            ref var e = ref endLength[((end - 1) * CharLexicon.ClassCount) + c];
            if (e < length)
            {
                e = length;
            }
        }

        anyMask[start] |= mask;
        anyMask[end - 1] |= mask;
        for (var i = start + 1; i < end - 1; i++)
        {
            insideMask[i] |= mask;
            anyMask[i] |= mask;
        }
    }

    /// <summary>Classes with any word starting, ending or passing through <paramref name="index"/>.</summary>
    public int MaskAt(int index) => anyMask[index];

    /// <summary>Length of the longest word of <paramref name="cls"/> starting at <paramref name="index"/>, 0 if none.</summary>
    public int StartLength(int index, LexiconClass cls) => startLength[(index * CharLexicon.ClassCount) + (int)cls];

    /// <summary>Length of the longest word of <paramref name="cls"/> ending at <paramref name="index"/> (inclusive), 0 if none.</summary>
    public int EndLength(int index, LexiconClass cls) => endLength[(index * CharLexicon.ClassCount) + (int)cls];

    public bool IsInside(int index, LexiconClass cls) => (insideMask[index] & (1 << (int)cls)) != 0;
}
