using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;

namespace YiwuGraph.Extraction.Recognition;

/// <summary>
/// Article-level propagation, run after the arbiter: a name found with confidence labels its other occurrences in
/// the same text that no mention covers (<c>张三丰</c> found after a title, later printed alone). Only names of at
/// least two characters propagate, longer names first, and a propagated mention never overlaps another one. The
/// result is sorted by start and never overlaps.
/// </summary>
public static class MentionPropagation
{
    /// <summary>How sure a mention must be to label its repeats.</summary>
    public const double MinConfidence = 0.7;

    /// <summary>The confidence a propagated repeat gets: below its source's, since only the string is shared.</summary>
    public const double RepeatConfidence = 0.6;

    /// <summary>
    /// <paramref name="mentions"/> (non-overlapping, inside <paramref name="text"/>) with the uncovered repeats of
    /// the confident ones added. A surface found under two kinds is ambiguous and does not propagate.
    /// </summary>
    public static IReadOnlyList<FactMention> Propagate(string text, IReadOnlyList<FactMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        var occupied = new bool[text.Length];
        foreach (var m in mentions)
        {
            occupied.AsSpan(m.Range.Start, m.Range.Length).Fill(true);
        }

        var kinds = mentions.GroupBy(m => m.GetText(text), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(m => m.Kind).Distinct().ToList(), StringComparer.Ordinal);
        var sources = mentions
            .Where(m => m.Confidence >= MinConfidence && m.Range.Length >= 2 && m.FineType != "home")
            .Select(m => (Surface: m.GetText(text), m.Kind, m.FineType))
            .Where(s => kinds[s.Surface].Count == 1)
            .DistinctBy(s => s.Surface, StringComparer.Ordinal)
            .OrderByDescending(s => s.Surface.Length)
            .ThenBy(s => s.Surface, StringComparer.Ordinal)
            .ToList();
        var result = new List<FactMention>(mentions);
        foreach (var (surface, kind, fineType) in sources)
        {
            for (var at = text.IndexOf(surface, StringComparison.Ordinal); at >= 0; at = text.IndexOf(surface, at + 1, StringComparison.Ordinal))
            {
                if (occupied.AsSpan(at, surface.Length).Contains(true))
                {
                    continue;
                }

                occupied.AsSpan(at, surface.Length).Fill(true);
                result.Add(new FactMention(new TextRange(at, at + surface.Length), kind, RepeatConfidence, fineType));
            }
        }

        result.Sort((a, b) => a.Range.Start.CompareTo(b.Range.Start));
        return result;
    }
}
