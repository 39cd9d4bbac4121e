using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Ner.News;

/// <summary>A candidate mention before overlaps are resolved; offsets are relative to the line.</summary>
internal sealed record MentionCandidate(int Start, int End, MentionType Type, int Priority, double Confidence, string Source)
{
    public int Length => End - Start;

    public string? Title { get; init; }

    public string? FineType { get; init; }

    /// <summary>For organisations and places read from an ending: whether a proper noun stands before the ending.</summary>
    public bool ProperNounBeforeEnding { get; init; }
}

/// <summary>
/// One line of text with its jieba tokens and lookup tables, shared by the rules. One instance per thread is
/// reset for every line, so its tables, lexicon matches and candidate lists are allocated once, not per line.
/// </summary>
internal sealed class LineContext
{
    private int[] tokenStartingAt = new int[256];
    private int[] tokenEndingAt = new int[256];

    public LineContext(JiebaDictionary dictionary)
    {
        Dictionary = dictionary;
    }

    public string Line { get; private set; } = string.Empty;

    public List<Token> Tokens { get; private set; } = [];

    public JiebaDictionary Dictionary { get; }

    public List<MentionCandidate> Candidates { get; } = [];

    /// <summary>Scratch lexicon matches: each rule resets it before it annotates the line.</summary>
    public LexiconMatches Matches { get; } = new();

    /// <summary>Scratch lists for resolving overlaps.</summary>
    internal List<MentionCandidate> Accepted { get; } = [];

    internal List<MentionCandidate> Overlapping { get; } = [];

    /// <summary>Scratch list for the pieces of one tagger span (<see cref="ClauseWords.Split"/>).</summary>
    internal List<(int Start, int End)> Pieces { get; } = [];

    /// <summary>Points the context at <paramref name="line"/> and its <paramref name="tokens"/>; clears the candidates.</summary>
    public void Reset(string line, List<Token> tokens)
    {
        Line = line;
        Tokens = tokens;
        Candidates.Clear();
        if (tokenStartingAt.Length < line.Length + 1)
        {
            tokenStartingAt = new int[Math.Max(line.Length + 1, tokenStartingAt.Length * 2)];
            tokenEndingAt = new int[tokenStartingAt.Length];
        }

        Array.Fill(tokenStartingAt, -1, 0, line.Length + 1);
        Array.Fill(tokenEndingAt, -1, 0, line.Length + 1);
        for (var i = 0; i < tokens.Count; i++)
        {
            tokenStartingAt[tokens[i].Start] = i;
            tokenEndingAt[tokens[i].End] = i;
        }
    }

    /// <summary>The jieba dictionary tag of token <paramref name="tokenIndex"/>'s text, or null when it is not a dictionary word.</summary>
    public string? DictionaryTag(int tokenIndex) => Dictionary.GetTag(TokenText(tokenIndex))?.Name;

    /// <summary>Index of the token that starts at <paramref name="position"/>, or -1.</summary>
    public int TokenStartingAt(int position) => (uint)position <= (uint)Line.Length ? tokenStartingAt[position] : -1;

    /// <summary>Index of the token that ends at <paramref name="position"/> (exclusive end), or -1.</summary>
    public int TokenEndingAt(int position) => (uint)position <= (uint)Line.Length ? tokenEndingAt[position] : -1;

    public string Pos(int tokenIndex) => Tokens[tokenIndex].Tag.Name;

    public ReadOnlySpan<char> TokenText(int tokenIndex) => Line.AsSpan(Tokens[tokenIndex].Start, Tokens[tokenIndex].Length);
}
