using YiwuGraph.Core;

namespace YiwuGraph.Segmentation;

/// <summary>
/// One token: the half-open UTF-16 range <c>[Start, End)</c> of the input it was cut from, plus its POS tag
/// (<see cref="PosTag.None"/> when the text was only segmented).
/// </summary>
public readonly record struct Token(int Start, int End, PosTag Tag)
{
    /// <summary>The number of UTF-16 code units.</summary>
    public int Length => End - Start;

    /// <summary>The range as the project-wide <see cref="TextRange"/>.</summary>
    public TextRange Range => new(Start, End);

    /// <summary>The token's characters as a view into <paramref name="text"/> (no copy).</summary>
    public ReadOnlySpan<char> Slice(ReadOnlySpan<char> text) => text[Start..End];

    /// <summary>
    /// The index of the first of <paramref name="tokens"/> (sorted, not overlapping) that ends after
    /// <paramref name="offset"/>, or <c>tokens.Count</c> when none does: a binary search.
    /// </summary>
    public static int FirstEndingAfter(IReadOnlyList<Token> tokens, int offset)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Whether one of <paramref name="tokens"/> (sorted, not overlapping) starts at <paramref name="offset"/>: a word boundary jieba opens.</summary>
    public static bool StartsAt(IReadOnlyList<Token> tokens, int offset) =>
        FirstEndingAfter(tokens, offset) is var i && i < tokens.Count && tokens[i].Start == offset;

    /// <summary>Whether one of <paramref name="tokens"/> (sorted, not overlapping) ends at <paramref name="offset"/>: a word boundary jieba closes.</summary>
    public static bool EndsAt(IReadOnlyList<Token> tokens, int offset) =>
        FirstEndingAfter(tokens, offset - 1) is var i && i < tokens.Count && tokens[i].End == offset;

    /// <summary>The token's characters as a new string (for output boundaries).</summary>
    public string GetText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Substring(Start, End - Start);
    }
}
