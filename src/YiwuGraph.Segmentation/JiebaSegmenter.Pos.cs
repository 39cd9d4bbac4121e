using System.Runtime.CompilerServices;
using YiwuGraph.Segmentation.Internal;

namespace YiwuGraph.Segmentation;

public sealed partial class JiebaSegmenter
{
    /// <summary>
    /// Segmentation with POS tags, exactly <c>jieba.posseg.cut(text, HMM=hmm)</c>: appends tagged tokens covering
    /// <paramref name="text"/>. Dictionary words get their dictionary tag; unknown runs go through the joint
    /// (B/M/E/S × tag) HMM, which is what tags unseen names <c>nr</c>. Whitespace and symbols get <c>x</c>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void CutWithPos(ReadOnlySpan<char> text, List<Token> output, bool hmm = true)
    {
        ArgumentNullException.ThrowIfNull(output);
        var scratch = Scratch.Get();
        var n = text.Length;
        var i = 0;
        while (i < n)
        {
            if (CharClass.Is(text[i], CharClass.HanInternal))
            {
                var j = CharClass.RunEnd(text, i + 1, n, CharClass.HanInternal);

                if (hmm)
                {
                    PosBlockHmm(text, i, j, output, scratch);
                }
                else
                {
                    PosBlockNoHmm(text, i, j, output, scratch);
                }

                i = j;
            }
            else
            {
                // Outside re_han_internal nothing can match re_num or re_eng, so every unit is 'x'.
                var len = UnitLength(text, i);
                output.Add(new Token(i, i + len, PosTag.X));
                i += len;
            }
        }
    }

    /// <summary>POS tagging for a string; see <see cref="CutWithPos(ReadOnlySpan{char}, List{Token}, bool)"/>.</summary>
    public List<Token> CutWithPos(string text, bool hmm = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var output = new List<Token>();
        CutWithPos(text.AsSpan(), output, hmm);
        return output;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void PosBlockHmm(ReadOnlySpan<char> text, int s, int e, List<Token> output, Scratch scratch)
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
                    PosFlushBuffer(text, buf, x, output, scratch);
                    buf = -1;
                }

                output.Add(new Token(x, y, RouteTag(text, x, y, scratch.RouteNode[x - s])));
            }

            x = y;
        }

        if (buf >= 0)
        {
            PosFlushBuffer(text, buf, e, output, scratch);
        }
    }

    /// <summary>The tag of the route's word at [x, y) from the trie node found while routing (-2: look it up).</summary>
    private PosTag RouteTag(ReadOnlySpan<char> text, int x, int y, int node)
    {
        if (node == -2)
        {
            return TagOf(text[x..y]);
        }

        if (node < 0)
        {
            return PosTag.X;
        }

        var tag = dictionary.NodeTag[node];
        return tag == PosTag.None ? PosTag.X : tag;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void PosFlushBuffer(ReadOnlySpan<char> text, int a, int b, List<Token> output, Scratch scratch)
    {
        if (b - a == 1)
        {
            output.Add(new Token(a, b, TagOf(text[a..b])));
        }
        else if (Freq(text[a..b], out _) == 0)
        {
            CutDetail(text, a, b, output, scratch);
        }
        else
        {
            for (var k = a; k < b; k++)
            {
                output.Add(new Token(k, k + 1, TagOf(text.Slice(k, 1))));
            }
        }
    }

    /// <summary>posseg's <c>__cut_detail</c>: the joint HMM on Chinese runs, <c>m</c>/<c>eng</c>/<c>x</c> pieces elsewhere.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CutDetail(ReadOnlySpan<char> text, int a, int b, List<Token> output, Scratch scratch)
    {
        var i = a;
        while (i < b)
        {
            var j = i + 1;
            if (CharClass.Is(text[i], CharClass.Han))
            {
                j = CharClass.RunEnd(text, j, b, CharClass.Han);

                PosHmmCut(text, i, j, output, scratch);
                i = j;
                continue;
            }

            j = CharClass.RunEndOutside(text, j, b, CharClass.Han);

            // re_skip_detail = ([\.0-9]+|[a-zA-Z0-9]+); the text between matches is one 'x' piece.
            var piece = i;
            var p = i;
            while (p < j)
            {
                var ch = text[p];
                var isNum = ch == '.' || CharClass.Is(ch, CharClass.AsciiDigit);
                if (!isNum && !CharClass.Is(ch, CharClass.AsciiLetter))
                {
                    p++;
                    continue;
                }

                if (piece < p)
                {
                    output.Add(new Token(piece, p, PosTag.X));
                }

                var q = p + 1;
                if (isNum)
                {
                    while (q < j && (text[q] == '.' || CharClass.Is(text[q], CharClass.AsciiDigit)))
                    {
                        q++;
                    }
                }
                else
                {
                    while (q < j && CharClass.Is(text[q], CharClass.AsciiAlnum))
                    {
                        q++;
                    }
                }

                output.Add(new Token(p, q, isNum ? PosTag.Numeral : PosTag.English));
                p = q;
                piece = q;
            }

            if (piece < j)
            {
                output.Add(new Token(piece, j, PosTag.X));
            }

            i = j;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void PosHmmCut(ReadOnlySpan<char> text, int a, int b, List<Token> output, Scratch scratch)
    {
        var model = posModel.Value;
        var n = b - a;
        Scratch.Grow(ref scratch.States, n);
        var states = scratch.States;
        PosViterbi.Run(model, text.Slice(a, n), states, scratch);
        var letters = model.StateLetter;
        var tags = model.StateTag;
        var begin = 0;
        var next = 0;
        for (var i = 0; i < n; i++)
        {
            var st = states[i];
            switch (letters[st])
            {
                case 'B':
                    begin = i;
                    break;
                case 'E':
                    output.Add(new Token(a + begin, a + i + 1, tags[st]));
                    next = i + 1;
                    break;
                case 'S':
                    output.Add(new Token(a + i, a + i + 1, tags[st]));
                    next = i + 1;
                    break;
                default:
                    break;
            }
        }

        if (next < n)
        {
            output.Add(new Token(a + next, b, tags[states[next]]));
        }
    }

    private void PosBlockNoHmm(ReadOnlySpan<char> text, int s, int e, List<Token> output, Scratch scratch)
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
                    output.Add(new Token(buf, x, PosTag.English));
                    buf = -1;
                }

                output.Add(new Token(x, y, TagOf(text[x..y])));
            }

            x = y;
        }

        if (buf >= 0)
        {
            output.Add(new Token(buf, e, PosTag.English));
        }
    }
}
