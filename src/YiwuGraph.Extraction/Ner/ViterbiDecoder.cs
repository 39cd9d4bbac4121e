using System.Runtime.Intrinsics;

namespace YiwuGraph.Extraction.Ner;

/// <summary>
/// First-order Viterbi over the BIOES tags with hard constraints (no I/E without a B of the same kind,
/// no sentence ending inside an entity). Transition scores are a <c>(Count + 1) × Count</c> matrix whose
/// row 0 holds the start scores and row <c>p + 1</c> the scores after tag <c>p</c>.
/// </summary>
public static class ViterbiDecoder
{
    private const int T = NerTagSet.Count;

    private static readonly bool[] Allowed = BuildAllowed();

    public static int TransitionSize => (T + 1) * T;

    /// <summary>Best tag sequence for <paramref name="emissions"/> (<c>n × Count</c>) into <paramref name="tags"/>.</summary>
    public static void Decode(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, Span<int> tags, ViterbiScratch scratch)
    {
        ArgumentNullException.ThrowIfNull(scratch);
        var n = tags.Length;
        if (n == 0)
        {
            return;
        }

        if (emissions.Length < n * T || transitions.Length < TransitionSize)
        {
            throw new ArgumentException("Emission or transition matrix too small.", nameof(emissions));
        }

        scratch.Ensure(n);
        var score = scratch.Scores;
        var back = scratch.Back;
        for (var t = 0; t < T; t++)
        {
            score[t] = Allowed[t] ? transitions[t] + emissions[t] : float.NegativeInfinity;
        }

        // Transitions padded to 16 lanes per previous tag, with −∞ where the constraints forbid the pair, so that
        // each step is 13 vector updates instead of 61 scalar ones over predecessor lists. Previous tags are
        // tried in ascending order and only a strictly better score replaces the best, as in the scalar form.
        var masked = scratch.MaskedTransitions;
        for (var p = 0; p < T; p++)
        {
            for (var t = 0; t < 16; t++)
            {
                masked[(p * 16) + t] = t < T && Allowed[((p + 1) * T) + t] ? transitions[((p + 1) * T) + t] : float.NegativeInfinity;
            }
        }

        Span<float> best = stackalloc float[16];
        Span<int> bestPrev = stackalloc int[16];
        for (var i = 1; i < n; i++)
        {
            var prevRow = (i - 1) * T;
            var row = i * T;
            var bestLow = Vector256.Create(float.NegativeInfinity);
            var bestHigh = bestLow;
            var prevLow = Vector256<int>.Zero;
            var prevHigh = Vector256<int>.Zero;
            for (var p = 0; p < T; p++)
            {
                var from = Vector256.Create(score[prevRow + p]);
                var candidateLow = from + Vector256.Create<float>(masked.AsSpan(p * 16, 8));
                var candidateHigh = from + Vector256.Create<float>(masked.AsSpan((p * 16) + 8, 8));
                var betterLow = Vector256.GreaterThan(candidateLow, bestLow);
                var betterHigh = Vector256.GreaterThan(candidateHigh, bestHigh);
                bestLow = Vector256.ConditionalSelect(betterLow, candidateLow, bestLow);
                bestHigh = Vector256.ConditionalSelect(betterHigh, candidateHigh, bestHigh);
                var index = Vector256.Create(p);
                prevLow = Vector256.ConditionalSelect(betterLow.AsInt32(), index, prevLow);
                prevHigh = Vector256.ConditionalSelect(betterHigh.AsInt32(), index, prevHigh);
            }

            bestLow.CopyTo(best);
            bestHigh.CopyTo(best[8..]);
            prevLow.CopyTo(bestPrev);
            prevHigh.CopyTo(bestPrev[8..]);
            for (var t = 0; t < T; t++)
            {
                score[row + t] = best[t] + emissions[row + t];
                back[row + t] = (byte)bestPrev[t];
            }
        }

        var last = (n - 1) * T;
        var bestTag = 0;
        var bestScore = float.NegativeInfinity;
        for (var t = 0; t < T; t++)
        {
            if (NerTagSet.IsAllowedLast(t) && score[last + t] > bestScore)
            {
                bestScore = score[last + t];
                bestTag = t;
            }
        }

        tags[n - 1] = bestTag;
        for (var i = n - 1; i > 0; i--)
        {
            bestTag = back[(i * T) + bestTag];
            tags[i - 1] = bestTag;
        }
    }

    private static bool[] BuildAllowed()
    {
        var allowed = new bool[(T + 1) * T];
        for (var p = -1; p < T; p++)
        {
            for (var t = 0; t < T; t++)
            {
                allowed[((p + 1) * T) + t] = NerTagSet.IsAllowed(p, t);
            }
        }

        return allowed;
    }
}

/// <summary>Reusable Viterbi buffers (one per thread).</summary>
public sealed class ViterbiScratch
{
    public float[] Scores { get; private set; } = new float[256 * NerTagSet.Count];

    public byte[] Back { get; private set; } = new byte[256 * NerTagSet.Count];

    /// <summary>The transition matrix of the current call, 16 lanes per previous tag, forbidden pairs −∞.</summary>
    internal float[] MaskedTransitions { get; } = new float[NerTagSet.Count * 16];

    public void Ensure(int length)
    {
        if (Scores.Length < length * NerTagSet.Count)
        {
            var size = Math.Max(length, Scores.Length / NerTagSet.Count * 2) * NerTagSet.Count;
            Scores = new float[size];
            Back = new byte[size];
        }
    }
}
