namespace YiwuGraph.Extraction.Ner;

/// <summary>The three entity kinds of the MSRA scheme.</summary>
public enum NerEntityKind
{
    Person = 0,
    Location = 1,
    Organization = 2,
}

/// <summary>
/// The internal BIOES tag set (13 tags) and conversion to and from the BIO strings of CoNLL files.
/// Tag 0 is <c>O</c>; kind k uses tags 1 + 4k .. 4 + 4k for B, I, E, S.
/// </summary>
public static class NerTagSet
{
    public const int Count = 13;
    public const int Outside = 0;

    private static readonly string[] KindCodes = ["PER", "LOC", "ORG"];

    public static int Begin(NerEntityKind kind) => 1 + (4 * (int)kind);

    public static int Inside(NerEntityKind kind) => 2 + (4 * (int)kind);

    public static int End(NerEntityKind kind) => 3 + (4 * (int)kind);

    public static int Single(NerEntityKind kind) => 4 + (4 * (int)kind);

    /// <summary>0 = O, 1 = B, 2 = I, 3 = E, 4 = S.</summary>
    public static int Role(int tag) => tag == Outside ? 0 : 1 + ((tag - 1) % 4);

    public static NerEntityKind KindOf(int tag) => (NerEntityKind)((tag - 1) / 4);

    public static string KindCode(NerEntityKind kind) => KindCodes[(int)kind];

    public static bool TryParseKind(ReadOnlySpan<char> code, out NerEntityKind kind)
    {
        for (var k = 0; k < KindCodes.Length; k++)
        {
            if (code.SequenceEqual(KindCodes[k]))
            {
                kind = (NerEntityKind)k;
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <summary>Whether <paramref name="next"/> may follow <paramref name="previous"/> (-1 = sentence start).</summary>
    public static bool IsAllowed(int previous, int next)
    {
        var prevOpen = previous > 0 && Role(previous) is 1 or 2;
        var nextRole = Role(next);
        if (prevOpen)
        {
            return nextRole is 2 or 3 && KindOf(next) == KindOf(previous);
        }

        return nextRole is 0 or 1 or 4;
    }

    /// <summary>Whether a sentence may end on <paramref name="tag"/>.</summary>
    public static bool IsAllowedLast(int tag) => Role(tag) is 0 or 3 or 4;

    /// <summary>Converts entity spans to BIOES tags.</summary>
    public static void Encode(IReadOnlyList<NerSpan> spans, Span<int> tags)
    {
        tags.Fill(Outside);
        foreach (var span in spans)
        {
            if (span.Length == 1)
            {
                tags[span.Start] = Single(span.Kind);
                continue;
            }

            tags[span.Start] = Begin(span.Kind);
            for (var i = span.Start + 1; i < span.End - 1; i++)
            {
                tags[i] = Inside(span.Kind);
            }

            tags[span.End - 1] = End(span.Kind);
        }
    }

    /// <summary>Reads entity spans from a valid BIOES sequence.</summary>
    public static List<NerSpan> Decode(ReadOnlySpan<int> tags)
    {
        var spans = new List<NerSpan>();
        var start = -1;
        for (var i = 0; i < tags.Length; i++)
        {
            var role = Role(tags[i]);
            switch (role)
            {
                case 1:
                    start = i;
                    break;
                case 3 when start >= 0:
                    spans.Add(new NerSpan(start, i + 1, KindOf(tags[i])));
                    start = -1;
                    break;
                case 4:
                    spans.Add(new NerSpan(i, i + 1, KindOf(tags[i])));
                    start = -1;
                    break;
                case 0:
                    start = -1;
                    break;
            }
        }

        return spans;
    }

    /// <summary>BIO string for position <paramref name="index"/> given the spans of a sentence.</summary>
    public static string[] ToBio(int length, IReadOnlyList<NerSpan> spans)
    {
        var result = new string[length];
        Array.Fill(result, "O");
        foreach (var span in spans)
        {
            var code = KindCode(span.Kind);
            result[span.Start] = "B-" + code;
            for (var i = span.Start + 1; i < span.End; i++)
            {
                result[i] = "I-" + code;
            }
        }

        return result;
    }
}

/// <summary>An entity span inside one sentence: <c>[Start, End)</c> character offsets and its kind.</summary>
public readonly record struct NerSpan(int Start, int End, NerEntityKind Kind)
{
    public int Length => End - Start;
}
