using System.Buffers;
using YiwuGraph.Core;

namespace YiwuGraph.Extraction.Facts;

/// <summary>Sentence and clause ranges of a body, for extractors that read one sentence at a time.</summary>
public static class TextSpans
{
    /// <summary>The marks a sentence ends at: 。！？!? and a line break (a mark inside a book title or a quote aside).</summary>
    internal static readonly SearchValues<char> SentenceMarks = SearchValues.Create("。！？!?\n");

    /// <summary>Whether the characters of <paramref name="shortName"/> occur in <paramref name="full"/> in order (台积电 in 台湾积体电路制造…).</summary>
    public static bool IsSubsequence(ReadOnlySpan<char> shortName, ReadOnlySpan<char> full)
    {
        var k = 0;
        foreach (var c in full)
        {
            if (k < shortName.Length && shortName[k] == c)
            {
                k++;
            }
        }

        return k == shortName.Length;
    }

    /// <summary>Whether <paramref name="text"/> ends with one of <paramref name="words"/> (ordinal).</summary>
    public static bool EndsWithAny(ReadOnlySpan<char> text, IReadOnlyList<string> words) => EndingWord(text, words) is not null;

    /// <summary>The first of <paramref name="words"/>, in their order, that <paramref name="text"/> ends with (ordinal), or null.</summary>
    public static string? EndingWord(ReadOnlySpan<char> text, IReadOnlyList<string> words)
    {
        // Indexed, not foreach: an interface's enumerator would be an allocation on every call of these hot tests.
        for (var k = 0; k < words.Count; k++)
        {
            if (text.EndsWith(words[k], StringComparison.Ordinal))
            {
                return words[k];
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="text"/> holds one of <paramref name="words"/> anywhere (ordinal).</summary>
    public static bool ContainsAny(ReadOnlySpan<char> text, IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            if (text.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="text"/> starts with one of <paramref name="words"/> (ordinal).</summary>
    public static bool StartsWithAny(ReadOnlySpan<char> text, IReadOnlyList<string> words) => StartingWord(text, words) is not null;

    /// <summary>The first of <paramref name="words"/>, in their order, that <paramref name="text"/> starts with (ordinal), or null.</summary>
    public static string? StartingWord(ReadOnlySpan<char> text, IReadOnlyList<string> words)
    {
        for (var k = 0; k < words.Count; k++)
        {
            if (text.StartsWith(words[k], StringComparison.Ordinal))
            {
                return words[k];
            }
        }

        return null;
    }

    /// <summary>
    /// The sentences of <paramref name="text"/>: each ends after 。！？!? or a line break, except where the mark stands
    /// inside “” or inside a book title 《》 (<see cref="TitleClose"/>).
    /// </summary>
    public static IReadOnlyList<TextRange> Sentences(string text) => Split(text, 0, text.Length, "。！？!?\n", titles: true);

    /// <summary>
    /// The sentences as the shipped event model was trained on them: a mark inside a book title ends its sentence there
    /// too. The trainers read their corpora with this split, so that retraining gives the shipped model byte for byte.
    /// </summary>
    public static IReadOnlyList<TextRange> TrainingSentences(string text) => Split(text, 0, text.Length, "。！？!?\n", titles: false);

    public static IReadOnlyList<TextRange> Clauses(string text, TextRange sentence) => SplitClauses(text, sentence.Start, sentence.End, "；;，,");

    /// <summary>
    /// Where the sentence that <paramref name="at"/> stands in starts: after the last 。！？!? or line break before it
    /// that stands in no book title (<see cref="InsideTitle"/>; quotes are not tracked), 0 when there is none.
    /// </summary>
    public static int SentenceStart(string text, int at)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = Math.Min(at, text.Length); i > 0;)
        {
            var k = text.AsSpan(0, i).LastIndexOfAny(SentenceMarks);
            if (k < 0 || text[k] == '\n' || !InsideTitle(text, k))
            {
                return k + 1;
            }

            i = k;
        }

        return 0;
    }

    /// <summary>
    /// Where the sentence that runs on from <paramref name="from"/> ends: the first 。！？!? or line break at or after it
    /// that stands in no book title, or -1.
    /// </summary>
    public static int SentenceEnd(string text, int from)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = Math.Max(from, 0); i < text.Length; i++)
        {
            var found = text.AsSpan(i).IndexOfAny(SentenceMarks);
            var k = found < 0 ? -1 : i + found;
            if (k < 0 || text[k] == '\n' || !InsideTitle(text, k))
            {
                return k;
            }

            i = k;
        }

        return -1;
    }

    /// <summary>
    /// Whether the character at <paramref name="at"/> stands inside a book title: after a 《 in its line at most
    /// <see cref="MaxTitle"/> characters before it, with no 》 between, that <see cref="TitleClose"/> closes after it
    /// (the marks <see cref="Sentences"/> does not break at).
    /// </summary>
    public static bool InsideTitle(string text, int at)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var j = at - 1; j >= 0 && j >= at - MaxTitle; j--)
        {
            switch (text[j])
            {
                case '《':
                    return TitleClose(text, j, text.Length) > at;
                case '》' or '\n':
                    return false;
            }
        }

        return false;
    }

    /// <summary>
    /// The stretch around <paramref name="range"/> between the nearest marks 。！？； or line breaks on either side,
    /// the marks left out: the statement a cue word or an event mention stands in (quotes are not tracked; a mark in a
    /// book title ends nothing).
    /// </summary>
    public static TextRange StatementAround(string text, TextRange range)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = Math.Clamp(range.Start, 0, text.Length);
        while (start > 0 && !IsStatementEnd(text, start - 1))
        {
            start--;
        }

        var end = Math.Clamp(range.End, start, text.Length);
        while (end < text.Length && !IsStatementEnd(text, end))
        {
            end++;
        }

        return new TextRange(start, end);
    }

    private static bool IsStatementEnd(string text, int i) =>
        text[i] == '\n' || (text[i] is '。' or '！' or '？' or '；' && !InsideTitle(text, i));

    /// <summary>How far a book title's 《 may stand from its 》 for the marks between to be read as part of the title.</summary>
    public const int MaxTitle = 40;

    /// <summary>
    /// Where the book title opened at <paramref name="open"/> (a 《) closes: its 》 in the same line, at most
    /// <see cref="MaxTitle"/> characters on and before <paramref name="to"/>, with no other 《 between; -1 when there is
    /// none, so that a 《 printed without its partner does not run on through the article.
    /// </summary>
    public static int TitleClose(string text, int open, int to)
    {
        ArgumentNullException.ThrowIfNull(text);
        var last = Math.Min(to, open + 1 + MaxTitle);
        for (var i = open + 1; i < last; i++)
        {
            switch (text[i])
            {
                case '》':
                    return i;
                case '《' or '\n':
                    return -1;
            }
        }

        return -1;
    }

    private static List<TextRange> Split(string text, int from, int to, string breaks, bool titles)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<TextRange>();
        var start = from;
        var quoteDepth = 0;
        // 《加油！中国》, 《这！就是灌篮》: a mark inside a book title is part of the title and ends no sentence.
        var titleEnd = -1;
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (c == '“')
            {
                quoteDepth++;
            }
            else if (c == '”' && quoteDepth > 0)
            {
                quoteDepth--;
            }
            else if (titles && c == '《' && i > titleEnd)
            {
                titleEnd = TitleClose(text, i, to);
            }

            if ((breaks.Contains(c, StringComparison.Ordinal) && quoteDepth == 0 && i > titleEnd) || c == '\n')
            {
                if (i > start)
                {
                    result.Add(new TextRange(start, i + 1));
                }

                start = i + 1;
                quoteDepth = 0;
            }
        }

        if (to > start)
        {
            result.Add(new TextRange(start, to));
        }

        return result;
    }

    private static List<TextRange> SplitClauses(string text, int from, int to, string breaks)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<TextRange>();
        // A break inside a pair of brackets or quotes that opens and closes within the range is no break: 承办的“人在旅途，
        // 爱尚昌吉”旅游节, 熊某（男，40岁，永定区教字垭人）抓获 are one clause each. A mark without its partner in the range
        // (a quote that runs on into the next sentence) encloses nothing.
        var enclosed = new bool[to - from];
        foreach (var (open, close) in Brackets.Match(text.AsSpan(from, to - from)).Paired)
        {
            enclosed.AsSpan(open + 1, close - open - 1).Fill(true);
        }

        var start = from;
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if ((breaks.Contains(c, StringComparison.Ordinal) && !enclosed[i - from]) || c == '\n')
            {
                if (i > start)
                {
                    result.Add(new TextRange(start, i + 1));
                }

                start = i + 1;
            }
        }

        if (to > start)
        {
            result.Add(new TextRange(start, to));
        }

        return result;
    }
}
