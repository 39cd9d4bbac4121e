using System.Runtime.CompilerServices;
namespace YiwuGraph.Segmentation.Internal;

/// <summary>
/// jieba's <c>finalseg.viterbi</c> over B/M/E/S, with its float64 sums in the same order and its tie-breaking:
/// Python's <c>max</c> over <c>(prob, state)</c> tuples prefers the later letter on equal probabilities.
/// </summary>
internal static class BmesViterbi
{
    private const int B = HmmModel.B;
    private const int E = HmmModel.E;
    private const int M = HmmModel.M;
    private const int S = HmmModel.S;

    /// <summary>Writes the best state (B=0, E=1, M=2, S=3) of each character of <paramref name="obs"/> into <paramref name="states"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Run(HmmModel model, ReadOnlySpan<char> obs, int[] states, Scratch scratch)
    {
        var n = obs.Length;
        Scratch.Grow(ref scratch.BmesBack, n * 4);
        var back = scratch.BmesBack;
        var emit = model.Emit;
        var start = model.Start;
        var t = model.Trans;
        double tEB = t[(E * 4) + B], tSB = t[(S * 4) + B], tMM = t[(M * 4) + M], tBM = t[(B * 4) + M];
        double tSS = t[(S * 4) + S], tES = t[(E * 4) + S], tBE = t[(B * 4) + E], tME = t[(M * 4) + E];
        int c = obs[0];
        var vB = start[B] + emit[(B * 65536) + c];
        var vE = start[E] + emit[(E * 65536) + c];
        var vM = start[M] + emit[(M * 65536) + c];
        var vS = start[S] + emit[(S * 65536) + c];
        for (var i = 1; i < n; i++)
        {
            c = obs[i];
            var emB = emit[(B * 65536) + c];
            var emE = emit[(E * 65536) + c];
            var emM = emit[(M * 65536) + c];
            var emS = emit[(S * 65536) + c];
            var row = i * 4;

            // B <- E, S
            var p1 = vE + tEB + emB;
            var p2 = vS + tSB + emB;
            double nB;
            if (p2 >= p1)
            {
                nB = p2;
                back[row + B] = S;
            }
            else
            {
                nB = p1;
                back[row + B] = E;
            }

            // M <- M, B
            p1 = vM + tMM + emM;
            p2 = vB + tBM + emM;
            double nM;
            if (p1 >= p2)
            {
                nM = p1;
                back[row + M] = M;
            }
            else
            {
                nM = p2;
                back[row + M] = B;
            }

            // S <- S, E
            p1 = vS + tSS + emS;
            p2 = vE + tES + emS;
            double nS;
            if (p1 >= p2)
            {
                nS = p1;
                back[row + S] = S;
            }
            else
            {
                nS = p2;
                back[row + S] = E;
            }

            // E <- B, M
            p1 = vB + tBE + emE;
            p2 = vM + tME + emE;
            double nE;
            if (p2 >= p1)
            {
                nE = p2;
                back[row + E] = M;
            }
            else
            {
                nE = p1;
                back[row + E] = B;
            }

            vB = nB;
            vM = nM;
            vS = nS;
            vE = nE;
        }

        var state = vS >= vE ? S : E;
        for (var i = n - 1; i >= 0; i--)
        {
            states[i] = state;
            state = back[(i * 4) + state];
        }
    }
}
