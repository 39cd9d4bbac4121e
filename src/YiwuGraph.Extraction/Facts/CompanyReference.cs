using YiwuGraph.Extraction.Ner.News;

namespace YiwuGraph.Extraction.Facts;

/// <summary>
/// The organisation that a bare <c>公司</c>, <c>集团</c> or <c>企业</c> printed before an office refers to
/// (<c>辞去公司董事长职务</c>, <c>该集团总裁</c>), or a determined head such as <c>该党</c>, <c>该组织</c> or
/// <c>该委员会</c> (<c>柬埔寨人民党…，该党主席谢辛</c>), shared by <see cref="PositionExtractor"/> and
/// <see cref="PersonnelChangeReader"/>.
/// </summary>
public sealed class CompanyReference
{
    private readonly OrganizationTypes types;
    private readonly string[] heads;
    private readonly Dictionary<string, string[]> referenceHeads;
    private readonly Events.ReportSources sources;

    /// <summary>
    /// References made of the <c>company-head</c> words of <c>organization-endings.tsv</c>, alone or after a
    /// <c>determiner</c>, and of its <c>reference-head</c> words after a determiner.
    /// </summary>
    public CompanyReference(RuleLexicons lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        types = lexicons.OrganizationTypes;
        var endings = lexicons.Set.OrganizationEndings;
        heads = [.. endings.WordsOf("company-head")];
        referenceHeads = endings.Entries.Where(e => e.Class == "reference-head").ToDictionary(
            e => e.Word,
            e => string.IsNullOrEmpty(e.Note) ? [e.Word] : e.Note.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            StringComparer.Ordinal);
        sources = new Events.ReportSources(lexicons.Set, types);
        Words = [.. endings.WordsOf("determiner").SelectMany(d => heads.Concat(referenceHeads.Keys).Select(h => d + h)).Concat(heads)
            .Distinct(StringComparer.Ordinal).OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal)];
    }

    /// <summary>The words read as references (<c>公司</c>, <c>该集团</c>, <c>本公司</c>), longest first.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>The reference word of <see cref="Words"/> that starts at <paramref name="at"/>, or null.</summary>
    public string? StartingAt(string text, int at) =>
        Words.FirstOrDefault(w => string.CompareOrdinal(text, at, w, 0, w.Length) == 0);

    /// <summary>The reference word of <see cref="Words"/> that ends at <paramref name="end"/>, or null.</summary>
    public string? EndingAt(string text, int end) =>
        Words.FirstOrDefault(w => end >= w.Length && string.CompareOrdinal(text, end - w.Length, w, 0, w.Length) == 0);

    /// <summary>
    /// The organisation <paramref name="reference"/> at <paramref name="at"/> stands for: the last one before it whose
    /// name ends with the same head (<c>公司</c> → 浙江珊瑚服饰有限公司; any for <c>企业</c>); else the last organisation of
    /// the same sentence typed company or other (<c>贵州茅台发布公告称，…聘任王莉为公司总经理</c>), or of the sentence
    /// before typed company. Null with none: the office then stays without an organisation rather than naming a
    /// generic one. Farther back the organisation of the article is often another (a customer, a partner): on the MSRA
    /// pages a paragraph-wide reading linked 该公司主席 to 联合国 and 公司董事长 to a customer, 康佳.
    /// </summary>
    public EntityRef? Antecedent(string text, int at, string reference, IReadOnlyList<EntityRef> entities)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(entities);
        var sentenceStart = TextSpans.SentenceStart(text, at);
        var previousStart = sentenceStart > 0 ? TextSpans.SentenceStart(text, sentenceStart - 1) : 0;
        var head = heads.FirstOrDefault(h => reference.EndsWith(h, StringComparison.Ordinal));
        if (head is null)
        {
            return ReferredBefore(at, reference, previousStart, entities);
        }

        EntityRef? sameHead = null;
        EntityRef? nearby = null;
        foreach (var e in entities)
        {
            // 据NHK周三报道，该公司董事长: the medium a report is credited to is not the company it speaks of.
            if (e.Kind != EntityKind.Organization || e.Range.End > at || sources.IsCitedSource(text, e.Range))
            {
                continue;
            }

            if (head == "企业" || e.Name.EndsWith(head, StringComparison.Ordinal))
            {
                sameHead = Later(sameHead, e);
            }

            var type = types.Classify(e.Name);
            if ((e.Range.Start >= sentenceStart && type is OrganizationTypes.Company or OrganizationTypes.Other)
                || (e.Range.Start >= previousStart && type is OrganizationTypes.Company))
            {
                nearby = Later(nearby, e);
            }
        }

        return sameHead ?? nearby;
    }

    /// <summary>
    /// The organisation a determined <c>reference-head</c> (<c>该党</c>, <c>该校</c>) stands for: the last one of this
    /// sentence or the one before whose name ends with the head or one of its endings (<c>该校</c>: 大学, 学院 …), else
    /// null. Farther back, and by type alone, the MSRA pages (whose paragraphs often join unrelated reports) named the
    /// wrong body.
    /// </summary>
    private EntityRef? ReferredBefore(int at, string reference, int previousStart, IReadOnlyList<EntityRef> entities)
    {
        var endings = referenceHeads.Where(h => reference.EndsWith(h.Key, StringComparison.Ordinal)).MaxBy(h => h.Key.Length).Value;
        EntityRef? found = null;
        foreach (var e in entities)
        {
            if (e.Kind == EntityKind.Organization && e.Range.Start >= previousStart && e.Range.End <= at
                && endings.Any(ending => e.Name.Length > ending.Length && e.Name.EndsWith(ending, StringComparison.Ordinal)))
            {
                found = Later(found, e);
            }
        }

        return found;
    }

    private static EntityRef Later(EntityRef? best, EntityRef candidate) =>
        best is null || candidate.Range.Start >= best.Range.Start ? candidate : best;
}
