namespace YiwuGraph.Segmentation.Internal;

/// <summary>
/// Words added on top of an immutable <see cref="JiebaDictionary"/> (jieba's <c>add_word</c>): a small trie with
/// the user's frequency and tag per word. A user word's frequency replaces the dictionary's; its prefixes join the
/// prefix set. Mutable only while a new segmenter is being built, then frozen with that segmenter.
/// </summary>
internal sealed class WordOverlay
{
    private readonly Dictionary<long, int> children;
    private readonly List<int> freq;
    private readonly List<double> logFreq;
    private readonly List<PosTag> tag;
    private readonly HashSet<string> forceSplit;

    public WordOverlay()
    {
        children = [];
        freq = [-1];
        logFreq = [0.0];
        tag = [PosTag.None];
        forceSplit = new HashSet<string>(StringComparer.Ordinal);
        ForceSplitLookup = forceSplit.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private WordOverlay(WordOverlay other)
    {
        children = new Dictionary<long, int>(other.children);
        freq = [.. other.freq];
        logFreq = [.. other.logFreq];
        tag = [.. other.tag];
        forceSplit = new HashSet<string>(other.forceSplit, StringComparer.Ordinal);
        ForceSplitLookup = forceSplit.GetAlternateLookup<ReadOnlySpan<char>>();
        AddedTotal = other.AddedTotal;
        WordCount = other.WordCount;
    }

    /// <summary>The sum of the frequencies added (jieba adds every one to <c>total</c>).</summary>
    public long AddedTotal { get; private set; }

    public int WordCount { get; private set; }

    public bool HasForceSplit => forceSplit.Count > 0;

    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ForceSplitLookup { get; }

    public WordOverlay Clone() => new(this);

    /// <summary>The child of <paramref name="node"/> along <paramref name="c"/>, or -1.</summary>
    public int Child(int node, char c) =>
        children.TryGetValue(((long)node << 16) | c, out var child) ? child : -1;

    /// <summary>The user frequency at <paramref name="node"/>, or -1 when the node is only a prefix.</summary>
    public int FreqAt(int node) => freq[node];

    public double LogFreqAt(int node) => logFreq[node];

    /// <summary>The user tag at <paramref name="node"/>, or <see cref="PosTag.None"/>.</summary>
    public PosTag TagAt(int node) => tag[node];

    public int Find(ReadOnlySpan<char> word)
    {
        var node = 0;
        foreach (var c in word)
        {
            node = Child(node, c);
            if (node < 0)
            {
                return -1;
            }
        }

        return word.IsEmpty ? -1 : node;
    }

    public void Add(string word, int frequency, PosTag wordTag)
    {
        var node = 0;
        foreach (var c in word)
        {
            var child = Child(node, c);
            if (child < 0)
            {
                child = freq.Count;
                freq.Add(-1);
                logFreq.Add(0.0);
                tag.Add(PosTag.None);
                children.Add(((long)node << 16) | c, child);
            }

            node = child;
        }

        if (freq[node] < 0)
        {
            WordCount++;
        }

        freq[node] = frequency;
        logFreq[node] = frequency > 0 ? Math.Log(frequency) : 0.0;
        if (wordTag != PosTag.None)
        {
            tag[node] = wordTag;
        }

        AddedTotal += frequency;
        if (frequency == 0)
        {
            forceSplit.Add(word);
        }
    }
}
