using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;

namespace YiwuGraph.Extraction.Recognition;

/// <summary>
/// Short names an article defines in brackets right after an organisation's full name: <c>台湾积体电路制造股份有限公司（台积电）</c>,
/// <c>中国证券监督管理委员会（证监会）</c>. The short name must be 2 to 6 Han characters taken in order from the full name,
/// so that a bracketed place, note or aside (<c>（上海）</c>, <c>（筹）</c>, <c>（局长王建国）</c>) is no definition. The
/// short name's other sightings in the article are that organisation (<see cref="Apply"/>), and the linker names
/// them by the full name (<see cref="Find"/>).
/// </summary>
public static class DefinedShortNames
{
    /// <summary>The confidence of a sighting of a defined short name: the article itself says what it stands for.</summary>
    public const double ShortNameConfidence = 0.7;

    private const int MaxLength = 6;

    /// <summary>Short name → the full name it is defined for, among <paramref name="organizations"/> (ranges into <paramref name="text"/>).</summary>
    public static IReadOnlyDictionary<string, string> Find(string text, IEnumerable<TextRange> organizations)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(organizations);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var range in organizations)
        {
            if (ShortNameAfter(text, range) is { } shortName)
            {
                result.TryAdd(shortName, text[range.Start..range.End]);
            }
        }

        return result;
    }

    /// <summary>
    /// <paramref name="mentions"/> (sorted, non-overlapping) with each defined short name's uncovered sightings, the
    /// one in the brackets included, as mentions of the full name's kind; sorted by start and never overlapping.
    /// </summary>
    public static IReadOnlyList<FactMention> Apply(string text, IReadOnlyList<FactMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        var defined = mentions.Where(m => m.Kind == EntityKind.Organization)
            .Select(m => (Mention: m, Short: ShortNameAfter(text, m.Range)))
            .Where(d => d.Short is not null)
            .DistinctBy(d => d.Short, StringComparer.Ordinal)
            .ToList();
        if (defined.Count == 0)
        {
            return mentions;
        }

        var occupied = new bool[text.Length];
        foreach (var m in mentions)
        {
            occupied.AsSpan(m.Range.Start, m.Range.Length).Fill(true);
        }

        var added = new List<FactMention>();
        foreach (var (full, shortName) in defined.OrderByDescending(d => d.Short!.Length))
        {
            for (var at = text.IndexOf(shortName!, StringComparison.Ordinal); at >= 0; at = text.IndexOf(shortName!, at + 1, StringComparison.Ordinal))
            {
                if (occupied.AsSpan(at, shortName!.Length).Contains(true))
                {
                    continue;
                }

                occupied.AsSpan(at, shortName.Length).Fill(true);
                added.Add(new FactMention(new TextRange(at, at + shortName.Length), full.Kind, ShortNameConfidence, full.FineType));
            }
        }

        return added.Count == 0 ? mentions : [.. mentions.Concat(added).OrderBy(m => m.Range.Start)];
    }

    private static string? ShortNameAfter(string text, TextRange full)
    {
        var open = full.End;
        if (open >= text.Length || text[open] is not ('（' or '('))
        {
            return null;
        }

        var close = text.IndexOfAny(['）', ')'], open + 1);
        if (close < 0 || close - open - 1 is < 2 or > MaxLength)
        {
            return null;
        }

        var shortName = text[(open + 1)..close];
        var fullName = text.AsSpan(full.Start, full.Length);
        return shortName.All(c => c is >= '\u4e00' and <= '\u9fff') && shortName.Length < fullName.Length
            && TextSpans.IsSubsequence(shortName, fullName) ? shortName : null;
    }
}
