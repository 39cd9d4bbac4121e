using YiwuGraph.Core;
using YiwuGraph.Extraction.Ner.News;

namespace YiwuGraph.Extraction.Facts;

/// <summary>
/// Reads the offices printed before a name: <c>金华市委副书记、义乌市委书记叶帮锐</c> (two positions; offices are
/// joined by 、 or 兼, as in <c>董事长兼总经理</c>),
/// <c>市长温建飞</c> (head of the home city), <c>公司董事长何庆</c> (the company named just before),
/// <c>市领导丁政、陈小忠、杨献</c> (the list shares the title), and a few titles printed after a name
/// (<c>习近平总书记</c>).
/// </summary>
public sealed class PositionExtractor
{
    private readonly HomeContext home;
    private readonly TitleLexicon titles;
    private readonly CompanyReference companies;
    private readonly OrganizationTypes organizationTypes;

    /// <summary>Positions on pages of <paramref name="home"/>, reading <paramref name="lexicons"/> (the embedded lists when null).</summary>
    public PositionExtractor(HomeContext home, RuleLexicons? lexicons = null)
    {
        ArgumentNullException.ThrowIfNull(home);
        this.home = home;
        titles = (lexicons ?? RuleLexicons.Default).Titles;
        organizationTypes = (lexicons ?? RuleLexicons.Default).OrganizationTypes;
        companies = new CompanyReference(lexicons ?? RuleLexicons.Default);
    }

    public IReadOnlyList<PositionFact> Find(string text, IReadOnlyList<EntityRef> entities)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(entities);
        var byEnd = new Dictionary<int, EntityRef>();
        foreach (var e in entities.Where(e => e.Kind != EntityKind.Person))
        {
            byEnd.TryAdd(e.Range.End, e);
        }

        var result = new List<PositionFact>();
        List<PositionFact> previousGroup = [];
        EntityRef? previousPerson = null;
        foreach (var person in entities.Where(e => e.Kind == EntityKind.Person))
        {
            var group = ReadTitlesBefore(text, person, entities, byEnd);
            if (group.Count == 0 && previousPerson is not null && person.Range.Start > 0 && text[person.Range.Start - 1] == '、'
                && previousPerson.Range.End == person.Range.Start - 1)
            {
                // 市领导丁政、陈小忠、杨献: the title printed before the first name covers the list.
                group = previousGroup.Select(p => p with { Person = person, Evidence = new TextRange(p.Evidence.Start, person.Range.End), Confidence = 0.75 }).ToList();
            }

            group.AddRange(ReadTitlesAfter(text, person));
            result.AddRange(group);
            previousGroup = group;
            previousPerson = person;
        }

        return result;
    }

    private List<PositionFact> ReadTitlesBefore(string text, EntityRef person, IReadOnlyList<EntityRef> entities, Dictionary<int, EntityRef> byEnd)
    {
        var found = new List<PositionFact>();
        var cursor = person.Range.Start;
        var spaced = cursor;
        while (spaced > 0 && text[spaced - 1] is ' ' or '\u3000')
        {
            spaced--;
        }

        if (spaced < cursor && titles.MatchEndingAt(text, spaced) is "全媒体记者" or "特约记者" or "记者" or "通讯员")
        {
            // A credit prints its role and name apart: 通讯员 王荐斐 摄.
            cursor = spaced;
        }

        while (true)
        {
            var title = titles.MatchEndingAt(text, cursor);
            if (title is null)
            {
                break;
            }

            var titleStart = cursor - title.Length;
            var groupStart = titleStart;
            EntityRef? org = null;
            if (byEnd.TryGetValue(titleStart, out var printed))
            {
                org = printed;
                groupStart = printed.Range.Start;
            }
            else if (titleStart > 0 && text[titleStart - 1] is '）' or ')' && byEnd.TryGetValue(titleStart - 1, out var defined)
                && defined.Kind == EntityKind.Organization && defined.Range.Start > 0 && text[defined.Range.Start - 1] is '（' or '(')
            {
                // 台湾积体电路制造股份有限公司（台积电）董事长魏哲家: the office follows the short name defined in brackets.
                org = defined;
                groupStart = defined.Range.Start;
            }
            else if (FusedWithTitle(text, titleStart, title, byEnd) is { } fused)
            {
                // 美国财政部长贝森特, 交警支队长孟富强: the organisation's last characters open the title (部 of 部长).
                org = fused;
                groupStart = fused.Range.Start;
            }
            else if (TitleLexicon.IsPlaceHeadTitle(title, out var level))
            {
                var place = level switch
                {
                    '省' => ProvinceOfSentence(text, titleStart, entities) ?? home.Province,
                    '市' => CityOfChain(text, titleStart, byEnd) ?? home.City,
                    '州' or '县' => PlaceOfChain(text, titleStart, byEnd, level),
                    _ => null,
                };
                if (place is not null)
                {
                    var at = title.IndexOf(level, StringComparison.Ordinal);
                    org = new EntityRef(EntityKind.Place, place, level.ToString(), new TextRange(titleStart + at, titleStart + at + 1));
                }
            }
            else if (companies.EndingAt(text, titleStart) is { } reference)
            {
                org = companies.Antecedent(text, titleStart - reference.Length, reference, entities);
                groupStart = titleStart - reference.Length;
            }

            else if (FieldBefore(text, titleStart, byEnd) is { } field)
            {
                // 中央党校党建党史方向教授: the field of study sits between the school and the title.
                org = field.Organization;
                groupStart = field.Organization.Range.Start;
            }
            else if (UnitBefore(text, titleStart) is { } unit && groupStart > unit.Length && text[titleStart - unit.Length - 1] == '、')
            {
                // 中央党校…教授、培训中心原副主任朱谱汉: an unnamed unit printed inside a chain of offices.
                org = new EntityRef(EntityKind.Organization, unit, unit, new TextRange(titleStart - unit.Length, titleStart), "unit");
                groupStart = titleStart - unit.Length;
            }

            if (title is "全媒体记者" or "记者" or "通讯员")
            {
                org = null;
            }

            var confidence = org is null ? 0.7 : 0.85;
            found.Add(new PositionFact(person, title, org, new TextRange(groupStart, person.Range.End), confidence));
            if (groupStart > 0 && text[groupStart - 1] is '、' or '兼' && titles.MatchEndingAt(text, groupStart - 1) is not null)
            {
                cursor = groupStart - 1;
                continue;
            }

            break;
        }

        // 中央党校…教授、培训中心原副主任: an unnamed unit is a unit of the organisation printed before it in the chain;
        // with none, the office stays without an organisation rather than naming a generic one.
        for (var k = 0; k < found.Count; k++)
        {
            if (found[k].Organization is { FineType: "unit" } unit)
            {
                var parent = k + 1 < found.Count ? found[k + 1].Organization : null;
                found[k] = found[k] with
                {
                    Organization = parent is { Kind: EntityKind.Organization } ? unit with { Name = parent.Name + unit.Name, FineType = null } : null,
                };
            }
        }

        // 腾讯控股有限公司昨日公布业绩，总裁刘炽平表示: the first company office of the chain, printed bare, is of the
        // company the sentence spoke of before it (the last organisation of the sentence, when it is a company).
        if (found.Count > 0 && found[^1] is { Organization: null } first && titles.CompanyTitles.Contains(first.Title)
            && SentenceCompanyBefore(text, first.Evidence.Start, entities) is { } company)
        {
            found[^1] = first with { Organization = company, Confidence = 0.7 };
        }

        // 分众传媒创始人、董事长江南春: a company office printed bare after another one of a company is of that company.
        for (var k = found.Count - 2; k >= 0; k--)
        {
            var next = found[k + 1];
            if (found[k].Organization is null && titles.CompanyTitles.Contains(found[k].Title)
                && next.Organization is { Kind: EntityKind.Organization } && titles.CompanyTitles.Contains(next.Title))
            {
                found[k] = found[k] with { Organization = next.Organization, Evidence = new TextRange(next.Evidence.Start, found[k].Evidence.End), Confidence = 0.8 };
            }
        }

        return found;
    }

    /// <summary>An organisation that ends one or two characters into <paramref name="title"/> with those characters.</summary>
    private static EntityRef? FusedWithTitle(string text, int titleStart, string title, Dictionary<int, EntityRef> byEnd)
    {
        for (var shared = 1; shared <= Math.Min(2, title.Length - 1); shared++)
        {
            if (byEnd.TryGetValue(titleStart + shared, out var org) && org.Kind == EntityKind.Organization
                && titleStart - org.Range.Start >= 2 && string.CompareOrdinal(text, titleStart, title, 0, shared) == 0)
            {
                return org;
            }
        }

        return null;
    }

    /// <summary>
    /// <c>云南省委书记阮成发、省长王予波</c>: a bare <c>省长</c> is of the province the sentence named last before it (a
    /// province, or a body whose name opens with one); null when it named none.
    /// </summary>
    private static string? ProvinceOfSentence(string text, int at, IReadOnlyList<EntityRef> entities)
    {
        var sentenceStart = TextSpans.SentenceStart(text, at);
        foreach (var e in entities.Where(e => e.Kind != EntityKind.Person && e.Range.Start >= sentenceStart && e.Range.End <= at).OrderByDescending(e => e.Range.End))
        {
            var province = e.Name.IndexOf('省', StringComparison.Ordinal);
            if (province >= 2 && (e.Kind == EntityKind.Place ? province == e.Name.Length - 1 : province < e.Name.Length - 1))
            {
                return e.Name[..(province + 1)];
            }
        }

        return null;
    }

    /// <summary>The last organisation of the sentence before <paramref name="at"/>, when it is typed company; else null.</summary>
    private EntityRef? SentenceCompanyBefore(string text, int at, IReadOnlyList<EntityRef> entities)
    {
        var sentenceStart = TextSpans.SentenceStart(text, at);
        var last = entities.Where(e => e.Kind != EntityKind.Person && e.Range.Start >= sentenceStart && e.Range.End <= at)
            .OrderBy(e => e.Range.End).LastOrDefault();
        return last is { Kind: EntityKind.Organization } && organizationTypes.Classify(last.Name) == OrganizationTypes.Company ? last : null;
    }

    /// <summary>
    /// <c>霍尔果斯市委副书记、市长皮履屏</c>: a bare <c>市长</c> after another city's committee is that city's mayor,
    /// unless the text shows that city above the home city (<c>金华市委副书记、义乌市委书记</c>, <c>金华义乌</c>).
    /// </summary>
    private string? CityOfChain(string text, int titleStart, Dictionary<int, EntityRef> byEnd)
    {
        if (titleStart < 1 || text[titleStart - 1] != '、' || home.City is null)
        {
            return null;
        }

        var previousTitle = titles.MatchEndingAt(text, titleStart - 1);
        if (previousTitle is null || !byEnd.TryGetValue(titleStart - 1 - previousTitle.Length, out var org))
        {
            return null;
        }

        var at = org.Name.IndexOf('市', StringComparison.Ordinal);
        if (at < 2)
        {
            return null;
        }

        var city = org.Name[..(at + 1)];
        var stem = city[..^1];
        var homeStem = home.City[..^1];
        var above = text.Contains(stem + homeStem, StringComparison.Ordinal)
            || text.Contains(stem + "市委副书记、" + homeStem, StringComparison.Ordinal)
            || text.Contains(stem + "市委常委、" + homeStem, StringComparison.Ordinal);
        return city == home.City || above ? null : city;
    }

    /// <summary>An organisation followed by a field of study (<c>党建党史方向</c>) that ends where the title starts.</summary>
    private static (EntityRef Organization, string Field)? FieldBefore(string text, int titleStart, Dictionary<int, EntityRef> byEnd)
    {
        foreach (var ending in FieldEndings)
        {
            if (titleStart < ending.Length + 2 || string.CompareOrdinal(text, titleStart - ending.Length, ending, 0, ending.Length) != 0)
            {
                continue;
            }

            for (var orgEnd = titleStart - ending.Length - 2; orgEnd >= Math.Max(0, titleStart - ending.Length - 8); orgEnd--)
            {
                if (byEnd.TryGetValue(orgEnd, out var org) && org.Kind == EntityKind.Organization
                    && text.AsSpan(orgEnd, titleStart - orgEnd).ToArray().All(NameLexicon.IsHan))
                {
                    return (org, text[orgEnd..titleStart]);
                }
            }
        }

        return null;
    }

    private static readonly string[] FieldEndings = ["方向", "专业", "领域", "学科"];

    /// <summary>A generic unit name (<c>培训中心</c>, <c>办公室</c>) of two to six characters ending where the title starts.</summary>
    private static string? UnitBefore(string text, int titleStart)
    {
        foreach (var ending in UnitEndings)
        {
            for (var length = ending.Length + 2; length <= 6 && length <= titleStart; length++)
            {
                var start = titleStart - length;
                if (string.CompareOrdinal(text, titleStart - ending.Length, ending, 0, ending.Length) == 0
                    && text.AsSpan(start, length).ToArray().All(NameLexicon.IsHan) && start > 0 && text[start - 1] == '、')
                {
                    return text[start..titleStart];
                }
            }
        }

        return null;
    }

    private static readonly string[] UnitEndings = ["中心", "办公室", "研究室", "教研室"];

    /// <summary>
    /// <c>克孜勒苏柯尔克孜自治州州委副书记、州长</c>: a bare <c>州长</c> or <c>县长</c> after that prefecture's or county's
    /// committee is the head of that place.
    /// </summary>
    private string? PlaceOfChain(string text, int titleStart, Dictionary<int, EntityRef> byEnd, char level)
    {
        if (titleStart < 1 || text[titleStart - 1] != '、')
        {
            return null;
        }

        var previousTitle = titles.MatchEndingAt(text, titleStart - 1);
        if (previousTitle is null || !byEnd.TryGetValue(titleStart - 1 - previousTitle.Length, out var org))
        {
            return null;
        }

        var committee = level + "委";
        return org.Name.Length > 3 && org.Name.EndsWith(committee, StringComparison.Ordinal) && org.Name[^3] == level ? org.Name[..^2] : null;
    }

    private IEnumerable<PositionFact> ReadTitlesAfter(string text, EntityRef person)
    {
        foreach (var title in titles.TrailingTitles)
        {
            if (string.CompareOrdinal(text, person.Range.End, title, 0, title.Length) == 0)
            {
                yield return new PositionFact(person, title, null, new TextRange(person.Range.Start, person.Range.End + title.Length), 0.8);
                yield break;
            }
        }
    }
}
