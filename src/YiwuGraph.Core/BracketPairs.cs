namespace YiwuGraph.Core;

/// <summary>
/// The bracket and quotation-mark pairs of Chinese and Latin text (（）, (), 《》, 〈〉, 【】, [], ［］, 〔〕, 「」, 『』, “”, ‘’, ｛｝,
/// {}), and where a stretch of text holds one without its partner. A name or a phrase cut out of a sentence may hold a
/// pair (武汉钢铁（集团）公司, 《集邮》杂志) but not half of one: half a pair means the cut fell inside a gloss or a title.
/// The straight quotes " and ' open and close alike, so they are no pair here.
/// </summary>
public static class BracketPairs
{
    private const string Openers = "（(《〈【[［〔「『“‘｛{";
    private const string Closers = "）)》〉】]］〕」』”’｝}";

    /// <summary>Whether <paramref name="c"/> opens a pair.</summary>
    public static bool IsOpener(char c) => Openers.Contains(c, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="c"/> closes a pair.</summary>
    public static bool IsCloser(char c) => Closers.Contains(c, StringComparison.Ordinal);

    /// <summary>The mark that closes <paramref name="opener"/>, or null when it opens no pair.</summary>
    public static char? CloserOf(char opener) => Openers.IndexOf(opener, StringComparison.Ordinal) is var i and >= 0 ? Closers[i] : null;

    /// <summary>The mark that opens <paramref name="closer"/>, or null when it closes no pair.</summary>
    public static char? OpenerOf(char closer) => Closers.IndexOf(closer, StringComparison.Ordinal) is var i and >= 0 ? Openers[i] : null;

    /// <summary>
    /// The offset in <paramref name="text"/> of the first mark whose partner it does not hold: a closer that closes
    /// nothing open (or not the innermost open mark), else the outermost opener left open at the end; -1 when every
    /// mark is paired.
    /// </summary>
    public static int FirstUnpaired(ReadOnlySpan<char> text)
    {
        // Nesting is shallow in names and phrases, so a small stack of offsets is enough; it grows if it must.
        Span<int> initial = stackalloc int[8];
        var open = initial;
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var opener = Openers.IndexOf(c, StringComparison.Ordinal);
            if (opener >= 0)
            {
                if (depth == open.Length)
                {
                    var larger = new int[open.Length * 2];
                    open.CopyTo(larger);
                    open = larger;
                }

                open[depth++] = i;
                continue;
            }

            var closer = Closers.IndexOf(c, StringComparison.Ordinal);
            if (closer >= 0)
            {
                if (depth == 0 || text[open[depth - 1]] != Openers[closer])
                {
                    return i;
                }

                depth--;
            }
        }

        return depth > 0 ? open[0] : -1;
    }

    /// <summary>Whether every bracket and quotation mark of <paramref name="text"/> has its partner in it.</summary>
    public static bool AreBalanced(ReadOnlySpan<char> text) => FirstUnpaired(text) < 0;
}
