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

    // For each tag, the tags that may precede it: 7 for O/B/S, 2 for I/E (instead of scanning all 13).
    private static readonly int[][] Predecessors = BuildPredecessors();

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

        for (var i = 1; i < n; i++)
        {
            var prevRow = (i - 1) * T;
            var row = i * T;
            for (var t = 0; t < T; t++)
            {
                var best = float.NegativeInfinity;
                var bestPrev = 0;
                foreach (var p in Predecessors[t])
                {
                    var s = score[prevRow + p] + transitions[((p + 1) * T) + t];
                    if (s > best)
                    {
                        best = s;
                        bestPrev = p;
                    }
                }

                score[row + t] = best + emissions[row + t];
                back[row + t] = (byte)bestPrev;
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

    private static int[][] BuildPredecessors()
    {
        var result = new int[T][];
        for (var t = 0; t < T; t++)
        {
            result[t] = Enumerable.Range(0, T).Where(p => NerTagSet.IsAllowed(p, t)).ToArray();
        }

        return result;
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
