using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Ner.News;

/// <summary>A candidate mention before overlaps are resolved; offsets are relative to the line.</summary>
internal sealed record MentionCandidate(int Start, int End, MentionType Type, int Priority, double Confidence, string Source)
{
    public int Length => End - Start;

    public string? Title { get; init; }

    public string? FineType { get; init; }
}

/// <summary>One line of text with its jieba tokens and lookup tables, shared by the rules.</summary>
internal sealed class LineContext
{
    private readonly int[] tokenStartingAt;
    private readonly int[] tokenEndingAt;

    public LineContext(string line, List<Token> tokens, JiebaDictionary dictionary)
    {
        Line = line;
        Dictionary = dictionary;
        Tokens = tokens;
        tokenStartingAt = new int[line.Length + 1];
        tokenEndingAt = new int[line.Length + 1];
        Array.Fill(tokenStartingAt, -1);
        Array.Fill(tokenEndingAt, -1);
        for (var i = 0; i < tokens.Count; i++)
        {
            tokenStartingAt[tokens[i].Start] = i;
            tokenEndingAt[tokens[i].End] = i;
        }
    }

    public string Line { get; }

    public List<Token> Tokens { get; }

    public JiebaDictionary Dictionary { get; }

    /// <summary>The jieba dictionary tag of token <paramref name="tokenIndex"/>'s text, or null when it is not a dictionary word.</summary>
    public string? DictionaryTag(int tokenIndex) => Dictionary.GetTag(TokenText(tokenIndex))?.Name;

    public List<MentionCandidate> Candidates { get; } = [];

    /// <summary>Index of the token that starts at <paramref name="position"/>, or -1.</summary>
    public int TokenStartingAt(int position) => (uint)position < (uint)tokenStartingAt.Length ? tokenStartingAt[position] : -1;

    /// <summary>Index of the token that ends at <paramref name="position"/> (exclusive end), or -1.</summary>
    public int TokenEndingAt(int position) => (uint)position < (uint)tokenEndingAt.Length ? tokenEndingAt[position] : -1;

    public string Pos(int tokenIndex) => Tokens[tokenIndex].Tag.Name;

    public ReadOnlySpan<char> TokenText(int tokenIndex) => Line.AsSpan(Tokens[tokenIndex].Start, Tokens[tokenIndex].Length);

    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or '〇';
}
