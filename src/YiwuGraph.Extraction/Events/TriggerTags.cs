using System.Buffers;

namespace YiwuGraph.Extraction.Events;

/// <summary>
/// BIOES tags over characters for one kind of span, the trigger: O outside, B first, I inside, E last, S a trigger
/// of one character. Decoded with constrained Viterbi, so a decoded sequence always spells whole triggers.
/// </summary>
public static class TriggerTags
{
    public const int Count = 5;
    public const int Outside = 0;
    public const int Begin = 1;
    public const int Inside = 2;
    public const int End = 3;
    public const int Single = 4;

    /// <summary>Index of the start state in a transition table of <c>(Count + 1) × Count</c>.</summary>
    public const int Start = Count;

    public static bool IsAllowed(int previous, int next)
    {
        var open = previous is Begin or Inside;
        return open ? next is Inside or End : next is Outside or Begin or Single;
    }

    public static bool IsAllowedLast(int tag) => tag is Outside or End or Single;

    public static void Encode(IReadOnlyList<TriggerSpan> spans, Span<int> tags)
    {
        ArgumentNullException.ThrowIfNull(spans);
        tags.Fill(Outside);
        foreach (var s in spans)
        {
            if (s.End - s.Start == 1)
            {
                tags[s.Start] = Single;
                continue;
            }

            tags[s.Start] = Begin;
            for (var i = s.Start + 1; i < s.End - 1; i++)
            {
                tags[i] = Inside;
            }

            tags[s.End - 1] = End;
        }
    }

    /// <summary>The spans a valid tag sequence spells.</summary>
    public static List<(int Start, int End)> Decode(ReadOnlySpan<int> tags)
    {
        var result = new List<(int, int)>();
        var start = -1;
        for (var i = 0; i < tags.Length; i++)
        {
            switch (tags[i])
            {
                case Single:
                    result.Add((i, i + 1));
                    start = -1;
                    break;
                case Begin:
                    start = i;
                    break;
                case End when start >= 0:
                    result.Add((start, i + 1));
                    start = -1;
                    break;
                case Outside:
                    start = -1;
                    break;
            }
        }

        return result;
    }

    /// <summary>Best allowed tag sequence for <paramref name="emissions"/> (<c>length × Count</c>) and <paramref name="transitions"/>.</summary>
    public static void Viterbi(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, Span<int> tags)
    {
        var n = tags.Length;
        if (n == 0)
        {
            return;
        }

        // Only the back pointers are kept for every position; the scores need the last row alone. The pointers come
        // from the shared pool: one array per sentence was a tenth of what the event labeller allocated.
        Span<float> score = stackalloc float[Count];
        Span<float> previous = stackalloc float[Count];
        var back = ArrayPool<int>.Shared.Rent(n * Count);
        for (var t = 0; t < Count; t++)
        {
            score[t] = IsAllowed(Outside, t) ? transitions[(Start * Count) + t] + emissions[t] : float.NegativeInfinity;
        }

        for (var i = 1; i < n; i++)
        {
            score.CopyTo(previous);
            for (var t = 0; t < Count; t++)
            {
                var best = float.NegativeInfinity;
                var from = 0;
                for (var p = 0; p < Count; p++)
                {
                    if (!IsAllowed(p, t))
                    {
                        continue;
                    }

                    var s = previous[p] + transitions[(p * Count) + t];
                    if (s > best)
                    {
                        best = s;
                        from = p;
                    }
                }

                score[t] = best + emissions[(i * Count) + t];
                back[(i * Count) + t] = from;
            }
        }

        var last = Outside;
        var top = float.NegativeInfinity;
        for (var t = 0; t < Count; t++)
        {
            if (IsAllowedLast(t) && score[t] > top)
            {
                top = score[t];
                last = t;
            }
        }

        tags[n - 1] = last;
        for (var i = n - 1; i > 0; i--)
        {
            tags[i - 1] = back[(i * Count) + tags[i]];
        }

        ArrayPool<int>.Shared.Return(back);
    }
}
