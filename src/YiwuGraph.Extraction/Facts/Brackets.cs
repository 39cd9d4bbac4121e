namespace YiwuGraph.Extraction.Facts;

/// <summary>
/// The bracket and quote pairs of news text (<c>（）</c>, <c>《》</c>, <c>“”</c> …) and which marks of a stretch pair up:
/// clauses do not break inside a pair (<see cref="TextSpans.Clauses"/>) and an event name holds no mark without its
/// partner (<see cref="EventNames"/>).
/// </summary>
public static class Brackets
{
    /// <summary>
    /// Each pair as opener and closer. Straight quotes (<c>"</c>, <c>'</c>) open and close with one mark and cannot be
    /// paired by position, so they are not listed.
    /// </summary>
    public static readonly IReadOnlyList<(char Open, char Close)> Pairs =
    [
        ('（', '）'), ('(', ')'), ('《', '》'), ('“', '”'), ('‘', '’'), ('〈', '〉'), ('「', '」'), ('『', '』'), ('【', '】'),
        ('〔', '〕'), ('[', ']'), ('［', '］'),
    ];

    /// <summary>
    /// The round brackets, which in news mostly hold a gloss on what stands before them (<c>熊某（男，40岁）</c>,
    /// <c>（北纬４３．９度，东经８９．０度）</c>) rather than a part of a title or a quote.
    /// </summary>
    public static bool IsRound(char open) => open is '（' or '(';

    /// <summary>Whether <paramref name="close"/> closes round brackets, full-width or not.</summary>
    public static bool IsRoundCloser(char close) => close is '）' or ')';

    /// <summary>
    /// Whether <paramref name="c"/> opens pair <paramref name="kind"/> in a text read for a name's partner mark: round
    /// brackets pair across widths there (<c>卢某(男， 41岁，山西省朔州人）</c>), as print mixes them.
    /// </summary>
    public static bool OpensLoosely(char c, int kind) => IsRound(Pairs[kind].Open) ? IsRound(c) : OpenerIndex(c) == kind;

    /// <summary>Whether <paramref name="c"/> closes pair <paramref name="kind"/>, round brackets of either width alike.</summary>
    public static bool ClosesLoosely(char c, int kind) => IsRound(Pairs[kind].Open) ? IsRoundCloser(c) : CloserIndex(c) == kind;

    /// <summary>The index of <paramref name="c"/> in <see cref="Pairs"/> as an opener, or -1.</summary>
    public static int OpenerIndex(char c)
    {
        for (var i = 0; i < Pairs.Count; i++)
        {
            if (Pairs[i].Open == c)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The index of <paramref name="c"/> in <see cref="Pairs"/> as a closer, or -1.</summary>
    public static int CloserIndex(char c)
    {
        for (var i = 0; i < Pairs.Count; i++)
        {
            if (Pairs[i].Close == c)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether <paramref name="c"/> opens or closes a pair.</summary>
    public static bool IsMark(char c) => OpenerIndex(c) >= 0 || CloserIndex(c) >= 0;

    /// <summary>
    /// The pairs of <paramref name="text"/>, as [opener, closer] offsets, and the marks that pair with none. A closer
    /// pairs with the nearest open opener of its kind; openers still open above that one pair with nothing
    /// (<c>《甲（乙》</c>: 《》 pair, （ is left), so that the pairs found nest properly and taking every unpaired mark out
    /// leaves a text whose marks all pair.
    /// </summary>
    public static (List<(int Open, int Close)> Paired, List<int> Unpaired) Match(ReadOnlySpan<char> text)
    {
        var paired = new List<(int, int)>();
        var unpaired = new List<int>();
        var open = new List<int>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (OpenerIndex(c) >= 0)
            {
                open.Add(i);
                continue;
            }

            var kind = CloserIndex(c);
            if (kind < 0)
            {
                continue;
            }

            var at = open.Count - 1;
            while (at >= 0 && OpenerIndex(text[open[at]]) != kind)
            {
                at--;
            }

            if (at < 0)
            {
                unpaired.Add(i);
                continue;
            }

            unpaired.AddRange(open.Skip(at + 1));
            paired.Add((open[at], i));
            open.RemoveRange(at, open.Count - at);
        }

        unpaired.AddRange(open);
        unpaired.Sort();
        return (paired, unpaired);
    }

    /// <summary>Whether every mark of <paramref name="text"/> pairs with one (<see cref="Match"/>).</summary>
    public static bool AreBalanced(ReadOnlySpan<char> text) => Match(text).Unpaired.Count == 0;
}
