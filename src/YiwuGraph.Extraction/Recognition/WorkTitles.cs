using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;

namespace YiwuGraph.Extraction.Recognition;

/// <summary>
/// Titles between title marks. A person mention that is a whole title (<c>《叶问》</c>, <c>《洛丽塔》</c>,
/// <c>《成吉思汗》</c>) names the film, book or game, not the person: the article is about the work, and linking it
/// to the person would tie the two in the graph. A person inside a longer title (<c>《邓小平文选》</c>) stays a person.
/// A title that names a newspaper or a magazine (<c>periodical-titles.tsv</c>: <c>《巴尔的摩太阳报》</c>,
/// <c>《新英格兰医学杂志》</c>, <c>《商业周刊》</c>) is a media organisation, which the mentions inside it
/// (the place 巴尔的摩) are part of; the trained tagger read 64 of the 93 periodicals printed so in 1,050 MSRA pages.
/// </summary>
public sealed class WorkTitles
{
    /// <summary>The confidence of a periodical read from its title: the title marks bound the name exactly.</summary>
    public const double PeriodicalConfidence = 0.85;

    /// <summary>The longest title read as a periodical's name; longer ones are headlines of articles or books.</summary>
    private const int MaxPeriodicalLength = 16;

    private readonly string[] endings;
    private readonly string[] notPeriodicals;

    public WorkTitles(RuleLexicons lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        endings = [.. lexicons.Set.PeriodicalTitles.WordsOf("ending")];
        notPeriodicals = [.. lexicons.Set.PeriodicalTitles.WordsOf("not-periodical")];
    }

    /// <summary>
    /// <paramref name="mentions"/> (sorted, non-overlapping) without the persons that are a whole title, and with the
    /// periodicals' titles read as media organisations in place of what lay inside them.
    /// </summary>
    public IReadOnlyList<FactMention> Apply(string text, IReadOnlyList<FactMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        var periodicals = Periodicals(text, mentions);
        if (periodicals.Count == 0 && !mentions.Any(m => IsWholeTitle(text, m)))
        {
            return mentions;
        }

        return
        [
            .. mentions.Where(m => !IsWholeTitle(text, m) && !periodicals.Any(p => p.Range.Contains(m.Range)))
                .Concat(periodicals)
                .OrderBy(m => m.Range.Start),
        ];
    }

    /// <summary>
    /// The periodicals printed as whole titles whose name no mention already reads as an organisation; a mention that
    /// crosses a title mark leaves the title alone.
    /// </summary>
    private List<FactMention> Periodicals(string text, IReadOnlyList<FactMention> mentions)
    {
        var found = new List<FactMention>();
        for (var open = text.IndexOf('《'); open >= 0; open = text.IndexOf('《', open + 1))
        {
            var start = open + 1;
            var close = text.IndexOf('》', start);
            if (close < 0)
            {
                break;
            }

            var name = text.AsSpan(start, close - start);
            if (!IsPeriodicalName(name))
            {
                continue;
            }

            var range = new TextRange(start, close);
            var inside = mentions.Where(m => m.Range.Overlaps(range)).ToList();
            if (inside.Any(m => !range.Contains(m.Range)) || inside.Any(m => m.Range == range && m.Kind == EntityKind.Organization))
            {
                continue;
            }

            found.Add(new FactMention(range, EntityKind.Organization, PeriodicalConfidence, "media"));
        }

        return found;
    }

    private bool IsPeriodicalName(ReadOnlySpan<char> name)
    {
        if (name.Length > MaxPeriodicalLength)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(HanScript.IsHan(c) || char.IsLetterOrDigit(c) || c == '·'))
            {
                return false;
            }
        }

        foreach (var ending in endings)
        {
            if (name.Length > ending.Length && name.EndsWith(ending, StringComparison.Ordinal))
            {
                foreach (var document in notPeriodicals)
                {
                    if (name.EndsWith(document, StringComparison.Ordinal))
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        return false;
    }

    private static bool IsWholeTitle(string text, FactMention m) =>
        m.Kind == EntityKind.Person && m.Range.Start > 0 && m.Range.End < text.Length
        && text[m.Range.Start - 1] == '《' && text[m.Range.End] == '》';
}
