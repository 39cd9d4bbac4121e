namespace YiwuGraph.Extraction.Facts;

/// <summary>Merges mentions from several finders into one non-overlapping set: longer spans first, then surer ones.</summary>
public static class MentionSet
{
    public static IReadOnlyList<FactMention> Resolve(IEnumerable<FactMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var ordered = mentions
            .OrderByDescending(m => m.Range.Length)
            .ThenByDescending(m => m.Confidence)
            .ThenBy(m => m.Range.Start)
            .ThenBy(m => m.Kind)
            .ToList();
        if (ordered.Count == 0)
        {
            return [];
        }

        var occupied = new bool[ordered.Max(m => m.Range.End) + 1];
        var kept = new List<FactMention>();
        foreach (var m in ordered)
        {
            if (occupied.AsSpan(m.Range.Start, m.Range.Length).Contains(true))
            {
                continue;
            }

            occupied.AsSpan(m.Range.Start, m.Range.Length).Fill(true);
            kept.Add(m);
        }

        kept.Sort((a, b) => a.Range.Start.CompareTo(b.Range.Start));
        return kept;
    }
}
