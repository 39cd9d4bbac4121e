namespace YiwuGraph.Core;

/// <summary>
/// The one test of "is this a Han character" that ingestion, segmentation-free readers and extraction share, so a name
/// rule and a line rule cannot disagree about a character. jieba's own narrower class (<c>\u4E00-\u9FD5</c>, in
/// YiwuGraph.Segmentation's <c>CharClass</c>) stays its own: it reproduces jieba's splits, not this question.
/// </summary>
public static class HanScript
{
    /// <summary>
    /// CJK Unified Ideographs (U+4E00–U+9FFF), Extension A (U+3400–U+4DBF, rare characters that personal names do use)
    /// and <c>〇</c> (U+3007, the ideographic zero of <c>二〇〇八年</c>). Supplementary-plane ideographs are surrogate
    /// pairs and never one <see cref="char"/>.
    /// </summary>
    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or '〇';

    /// <summary>Whether every character is <see cref="IsHan"/> (true for an empty span), without copying it.</summary>
    public static bool IsAllHan(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!IsHan(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether any character is <see cref="IsHan"/>.</summary>
    public static bool ContainsHan(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (IsHan(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many characters are <see cref="IsHan"/>.</summary>
    public static int CountHan(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
        {
            count += IsHan(c) ? 1 : 0;
        }

        return count;
    }
}
