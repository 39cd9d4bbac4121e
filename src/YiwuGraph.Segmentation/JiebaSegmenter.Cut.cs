using System.Runtime.CompilerServices;
using YiwuGraph.Segmentation.Internal;

namespace YiwuGraph.Segmentation;

/// <summary>How <see cref="JiebaSegmenter.Tokenize"/> cuts: jieba's <c>mode="default"</c> or <c>mode="search"</c>.</summary>
public enum TokenizeMode
{
    /// <summary>Accurate mode, like <c>jieba.cut</c>.</summary>
    Default,

    /// <summary>Search mode, like <c>jieba.cut_for_search</c>: also every 2- and 3-character dictionary word inside longer words.</summary>
    Search,
}

public sealed partial class JiebaSegmenter
{
    /// <summary>
    /// Accurate mode, exactly <c>jieba.cut(text, HMM=hmm)</c>: appends the tokens of <paramref name="text"/> to
    /// <paramref name="output"/>, in order and covering every character (whitespace included).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Cut(ReadOnlySpan<char> text, List<Token> output, bool hmm = true)
    {
        ArgumentNullException.ThrowIfNull(output);
        var scratch = Scratch.Get();
        var n = text.Length;
        var i = 0;
        while (i < n)
        {
            if (CharClass.Is(text[i], CharClass.HanDefault))
            {
                var j = CharClass.RunEnd(text, i + 1, n, CharClass.HanDefault);

                if (hmm)
                {
                    CutBlockHmm(text, i, j, output, scratch);
                }
                else
                {
                    CutBlockNoHmm(text, i, j, output, scratch);
                }

                i = j;
            }
            else
            {
                var len = UnitLength(text, i);
                output.Add(new Token(i, i + len, PosTag.None));
                i += len;
            }
        }
    }

    /// <summary>Accurate mode for a string; see <see cref="Cut(ReadOnlySpan{char}, List{Token}, bool)"/>.</summary>
    public List<Token> Cut(string text, bool hmm = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var output = new List<Token>();
        Cut(text.AsSpan(), output, hmm);
        return output;
    }

    /// <summary>jieba's <c>lcut(text, HMM=hmm)</c>: the words as strings (convenient, allocates).</summary>
    public List<string> CutToWords(string text, bool hmm = true)
    {
        var tokens = Cut(text, hmm);
        return tokens.ConvertAll(t => t.GetText(text));
    }

    /// <summary>
    /// Full mode, <c>jieba.cut(text, cut_all=True)</c>: every dictionary word found, so tokens may overlap.
    /// </summary>
    public void CutAll(ReadOnlySpan<char> text, List<Token> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var scratch = Scratch.Get();
        var n = text.Length;
        var i = 0;
        while (i < n)
        {
            var j = i + 1;
            if (CharClass.Is(text[i], CharClass.HanDefault))
            {
                j = CharClass.RunEnd(text, j, n, CharClass.HanDefault);

                CutBlockAll(text, i, j, output, scratch);
                i = j;
                continue;
            }

            j = CharClass.RunEndOutside(text, j, n, CharClass.HanDefault);

            // re_skip.split(blk): whitespace units alone, everything between them as one piece.
            var piece = i;
            var p = i;
            while (p < j)
            {
                if (CharClass.IsPythonSpace(text[p]))
                {
                    if (piece < p)
                    {
                        output.Add(new Token(piece, p, PosTag.None));
                    }

                    var len = text[p] == '\r' && p + 1 < j && text[p + 1] == '\n' ? 2 : 1;
                    output.Add(new Token(p, p + len, PosTag.None));
                    p += len;
                    piece = p;
                }
                else
                {
                    p++;
                }
            }

            // JIEBA-DIFF: jieba also yields the empty strings re.split leaves between adjacent separators.
            if (piece < j)
            {
                output.Add(new Token(piece, j, PosTag.None));
            }

            i = j;
        }
    }

    /// <summary>
    /// Search mode, <c>jieba.cut_for_search(text, HMM=hmm)</c>: accurate mode, with every 2- and 3-character
    /// dictionary word inside a longer word emitted before it.
    /// </summary>
    public void CutForSearch(ReadOnlySpan<char> text, List<Token> output, bool hmm = true)
    {
        ArgumentNullException.ThrowIfNull(output);
        var words = Scratch.Get().Inner;
        words.Clear();
        Cut(text, words, hmm);
        foreach (var w in words)
        {
            var len = w.Length;
            if (len > 2)
            {
                for (var i = 0; i < len - 1; i++)
                {
                    if (Freq(text.Slice(w.Start + i, 2), out _) > 0)
                    {
                        output.Add(new Token(w.Start + i, w.Start + i + 2, PosTag.None));
                    }
                }
            }

            if (len > 3)
            {
                for (var i = 0; i < len - 2; i++)
                {
                    if (Freq(text.Slice(w.Start + i, 3), out _) > 0)
                    {
                        output.Add(new Token(w.Start + i, w.Start + i + 3, PosTag.None));
                    }
                }
            }

            output.Add(w);
        }
    }

    /// <summary>
    /// jieba's <c>tokenize</c>: the words of <paramref name="text"/> with their offsets.
    /// JIEBA-DIFF: offsets count UTF-16 code units (jieba counts code points); they differ only after characters
    /// outside the BMP.
    /// </summary>
    public List<Token> Tokenize(string text, TokenizeMode mode = TokenizeMode.Default, bool hmm = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var output = new List<Token>();
        if (mode == TokenizeMode.Search)
        {
            CutForSearch(text, output, hmm);
        }
        else
        {
            Cut(text, output, hmm);
        }

        return output;
    }

    /// <summary>One code point of non-Chinese text (a surrogate pair is one, like in Python), or <c>\r\n</c>.</summary>
    internal static int UnitLength(ReadOnlySpan<char> text, int i)
    {
        var c = text[i];
        if (i + 1 < text.Length)
        {
            var next = text[i + 1];
            if ((c == '\r' && next == '\n') || (char.IsHighSurrogate(c) && char.IsLowSurrogate(next)))
            {
                return 2;
            }
        }

        return 1;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CutBlockHmm(ReadOnlySpan<char> text, int s, int e, List<Token> output, Scratch scratch)
    {
        ComputeRoute(text, s, e, scratch);
        var route = scratch.RouteEnd;
        var x = s;
        var buf = -1;
        while (x < e)
        {
            var y = s + route[x - s] + 1;
            if (y - x == 1)
            {
                if (buf < 0)
                {
                    buf = x;
                }
            }
            else
            {
                if (buf >= 0)
                {
                    FlushBuffer(text, buf, x, output, scratch);
                    buf = -1;
                }

                output.Add(new Token(x, y, PosTag.None));
            }

            x = y;
        }

        if (buf >= 0)
        {
            FlushBuffer(text, buf, e, output, scratch);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void FlushBuffer(ReadOnlySpan<char> text, int a, int b, List<Token> output, Scratch scratch)
    {
        if (b - a == 1)
        {
            output.Add(new Token(a, b, PosTag.None));
        }
        else if (Freq(text[a..b], out _) == 0)
        {
            FinalSegCut(text, a, b, output, scratch);
        }
        else
        {
            for (var k = a; k < b; k++)
            {
                output.Add(new Token(k, k + 1, PosTag.None));
            }
        }
    }

    /// <summary>jieba's <c>finalseg.cut</c> on a run of characters that are not dictionary words.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void FinalSegCut(ReadOnlySpan<char> text, int a, int b, List<Token> output, Scratch scratch)
    {
        var i = a;
        while (i < b)
        {
            var j = i + 1;
            if (CharClass.Is(text[i], CharClass.Han))
            {
                j = CharClass.RunEnd(text, j, b, CharClass.Han);

                BmesCut(text, i, j, output, scratch);
                i = j;
                continue;
            }

            j = CharClass.RunEndOutside(text, j, b, CharClass.Han);

            // re_skip = ([a-zA-Z0-9]+(?:\.\d+)?%?): matches and the text between them, empty pieces dropped.
            var piece = i;
            var p = i;
            while (p < j)
            {
                if (!CharClass.Is(text[p], CharClass.AsciiAlnum))
                {
                    p++;
                    continue;
                }

                if (piece < p)
                {
                    output.Add(new Token(piece, p, PosTag.None));
                }

                var q = p + 1;
                while (q < j && CharClass.Is(text[q], CharClass.AsciiAlnum))
                {
                    q++;
                }

                if (q + 1 < j && text[q] == '.' && CharClass.Is(text[q + 1], CharClass.AsciiDigit))
                {
                    q += 2;
                    while (q < j && CharClass.Is(text[q], CharClass.AsciiDigit))
                    {
                        q++;
                    }
                }

                if (q < j && text[q] == '%')
                {
                    q++;
                }

                output.Add(new Token(p, q, PosTag.None));
                p = q;
                piece = q;
            }

            if (piece < j)
            {
                output.Add(new Token(piece, j, PosTag.None));
            }

            i = j;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void BmesCut(ReadOnlySpan<char> text, int a, int b, List<Token> output, Scratch scratch)
    {
        var n = b - a;
        Scratch.Grow(ref scratch.States, n);
        var states = scratch.States;
        BmesViterbi.Run(hmm, text.Slice(a, n), states, scratch);
        var begin = 0;
        var next = 0;
        for (var i = 0; i < n; i++)
        {
            switch (states[i])
            {
                case HmmModel.B:
                    begin = i;
                    break;
                case HmmModel.E:
                    AddHmmWord(text, a + begin, a + i + 1, output);
                    next = i + 1;
                    break;
                case HmmModel.S:
                    output.Add(new Token(a + i, a + i + 1, PosTag.None));
                    next = i + 1;
                    break;
                default:
                    break;
            }
        }

        if (next < n)
        {
            AddHmmWord(text, a + next, b, output);
        }
    }

    private void AddHmmWord(ReadOnlySpan<char> text, int start, int end, List<Token> output)
    {
        if (overlay is { HasForceSplit: true } && overlay.ForceSplitLookup.Contains(text[start..end]))
        {
            for (var k = start; k < end; k++)
            {
                output.Add(new Token(k, k + 1, PosTag.None));
            }

            return;
        }

        output.Add(new Token(start, end, PosTag.None));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CutBlockNoHmm(ReadOnlySpan<char> text, int s, int e, List<Token> output, Scratch scratch)
    {
        ComputeRoute(text, s, e, scratch);
        var route = scratch.RouteEnd;
        var x = s;
        var buf = -1;
        while (x < e)
        {
            var y = s + route[x - s] + 1;
            if (y - x == 1 && CharClass.Is(text[x], CharClass.AsciiAlnum))
            {
                if (buf < 0)
                {
                    buf = x;
                }
            }
            else
            {
                if (buf >= 0)
                {
                    output.Add(new Token(buf, x, PosTag.None));
                    buf = -1;
                }

                output.Add(new Token(x, y, PosTag.None));
            }

            x = y;
        }

        if (buf >= 0)
        {
            output.Add(new Token(buf, e, PosTag.None));
        }
    }

    private void CutBlockAll(ReadOnlySpan<char> text, int s, int e, List<Token> output, Scratch scratch)
    {
        BuildDag(text, s, e, scratch);
        var starts = scratch.DagStart;
        var ends = scratch.DagEnds;
        var n = e - s;
        var oldJ = -1;
        var engScan = false;
        int engStart = 0, engEnd = 0;
        for (var k = 0; k < n; k++)
        {
            if (engScan && !CharClass.Is(text[s + k], CharClass.AsciiAlnum))
            {
                engScan = false;
                output.Add(new Token(s + engStart, s + engEnd, PosTag.None));
            }

            var count = starts[k + 1] - starts[k];
            if (count == 1 && k > oldJ)
            {
                var last = ends[starts[k]];
                if (CharClass.Is(text[s + k], CharClass.AsciiAlnum))
                {
                    if (!engScan)
                    {
                        engScan = true;
                        engStart = k;
                    }

                    // JIEBA-DIFF: jieba concatenates the strings; a range can only span them.
                    engEnd = last + 1;
                }

                if (!engScan)
                {
                    output.Add(new Token(s + k, s + last + 1, PosTag.None));
                }

                oldJ = last;
            }
            else
            {
                for (var d = starts[k]; d < starts[k + 1]; d++)
                {
                    var j = ends[d];
                    if (j > k)
                    {
                        output.Add(new Token(s + k, s + j + 1, PosTag.None));
                        oldJ = j;
                    }
                }
            }
        }

        if (engScan)
        {
            output.Add(new Token(s + engStart, s + engEnd, PosTag.None));
        }
    }
}
