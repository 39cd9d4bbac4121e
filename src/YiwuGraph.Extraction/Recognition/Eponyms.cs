using YiwuGraph.Extraction.Facts;

namespace YiwuGraph.Extraction.Recognition;

/// <summary>
/// Names that name a competition, not a person: a person mention right before a word that makes it the name of a
/// cup (news-persons.tsv, <c>eponym-ending</c>: <c>苏迪曼杯</c>, <c>罗杰斯杯</c>, <c>汤姆斯杯</c>, <c>尤伯杯</c>) is no
/// mention of the person: the article is about the competition, and a person node would tie every report of it to a
/// man it only honours. MSRA's gold marks these names as persons, but its dev part holds none before 杯.
/// </summary>
public sealed class Eponyms
{
    private readonly string[] endings;

    public Eponyms(RuleLexicons lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        endings = [.. lexicons.Set.NewsPersons.WordsOf("eponym-ending")];
    }

    /// <summary><paramref name="mentions"/> (sorted, non-overlapping) without the persons that name a cup.</summary>
    public IReadOnlyList<FactMention> Apply(string text, IReadOnlyList<FactMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        return mentions.Any(m => NamesCompetition(text, m)) ? [.. mentions.Where(m => !NamesCompetition(text, m))] : mentions;
    }

    private bool NamesCompetition(string text, FactMention m) =>
        m.Kind == EntityKind.Person && TextSpans.StartsWithAny(text.AsSpan(m.Range.End), endings);
}
