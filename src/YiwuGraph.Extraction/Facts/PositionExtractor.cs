using System.Collections.Frozen;
using YiwuGraph.Core;
using YiwuGraph.Extraction.Ner.News;
using YiwuGraph.Segmentation;

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
    private readonly WorldPlaces world;
    private readonly FrozenSet<string> clubs;
    private readonly OrganizationUnits units;
    private readonly IReadOnlySet<string> stateBodies;
    private readonly Ner.NerLexicons surnames;
    private readonly TransliterationOdds transliterations;
    private readonly IReadOnlyList<string> chinaNames;

    /// <summary>Positions on pages of <paramref name="home"/>, reading <paramref name="lexicons"/> (the embedded lists when null).</summary>
    public PositionExtractor(HomeContext home, RuleLexicons? lexicons = null)
    {
        ArgumentNullException.ThrowIfNull(home);
        this.home = home;
        lexicons ??= RuleLexicons.Default;
        titles = lexicons.Titles;
        organizationTypes = lexicons.OrganizationTypes;
        world = lexicons.World;
        clubs = SportsClubs.Of(lexicons.Set).Clubs;
        companies = new CompanyReference(lexicons);
        units = lexicons.OrganizationUnits;
        stateBodies = lexicons.Names.StateBodies;
        surnames = lexicons.Surnames;
        transliterations = lexicons.TransliterationOdds;
        chinaNames = lexicons.Names.ChinaNames;
    }

    /// <summary>
    /// Whether a person's name is no Chinese name: a name dot (卡洛斯·阿马特), four characters or more unless it opens
    /// with a double surname (普里马科夫, but not 欧阳建国), no surname of surnames.tsv first (努里), or characters far
    /// likelier in a transliteration than after that surname (罗斯, 米切尔, 莫迪凯; not 吉佩定).
    /// </summary>
    private bool IsForeignName(string name) => name.Contains('·', StringComparison.Ordinal)
        || (name.Length >= 4 && !surnames.StartsWithDoubleSurname(name)) || !surnames.IsSurnameStart(name)
        || (name.Length <= 3 && !surnames.StartsWithDoubleSurname(name) && transliterations.IsLikelierForeign(name));

    /// <summary>A country the entity is (古巴) or opens its name with (美国财政部, 古巴代表团); else null.</summary>
    private string? CountryOpening(EntityRef e)
    {
        if (e.Kind == EntityKind.Place)
        {
            return world.IsCountry(e.Name) ? e.Name : null;
        }

        var length = world.CountryPrefixLength(e.Name, e.Name.Length - 1);
        return length > 0 ? e.Name[..length] : null;
    }

    /// <summary>The one country the sentence names before <paramref name="at"/> (a place, or the opening of a body's name), when it is not China; else null.</summary>
    private string? OneForeignCountryBefore(string text, int at, IReadOnlyList<EntityRef> entities)
    {
        var sentenceStart = TextSpans.SentenceStart(text, at);
        var countries = entities.Where(e => e.Kind != EntityKind.Person && e.Range.Start >= sentenceStart && e.Range.End <= at)
            .Select(e => CountryOpening(e)).OfType<string>().Distinct(StringComparer.Ordinal).Take(2).ToList();
        return countries is [var only] && !IsChina(only) ? only : null;
    }

    /// <summary>The foreign country <paramref name="organization"/> is or opens its name with (美国财政部); null for China's and for none.</summary>
    private string? ForeignCountryOf(EntityRef organization) =>
        CountryOpening(organization) is { } country && !IsChina(country) ? country : null;

    /// <summary>Whether <paramref name="country"/> is a name of China (news-organizations.tsv, china-name: 中国, 中华人民共和国).</summary>
    private bool IsChina(string country) => chinaNames.Contains(country, StringComparer.Ordinal);

    /// <summary>
    /// The one foreign country of the offices the article gives <paramref name="fact"/>'s holder (<c>美国财政部长鲁宾</c>
    /// where it prints <c>财政部长鲁宾</c> too, <c>俄罗斯外长普里马科夫</c>); null when it gives none or two.
    /// </summary>
    private string? CountryOfHolder(PositionFact fact, List<PositionFact> facts)
    {
        var countries = facts.Where(p => p.Person.Name == fact.Person.Name && p.Organization is not null)
            .Select(p => ForeignCountryOf(p.Organization!)).OfType<string>().Distinct(StringComparer.Ordinal).Take(2).ToList();
        return countries is [var only] ? only : null;
    }

    /// <summary>
    /// The foreign country of the office listed before <paramref name="facts"/>[<paramref name="k"/>] (joined by 、，和 与
    /// 及: <c>美国财政部长鲁宾和司法部长雷诺</c>), where the first office of the list with an organisation is of a foreign
    /// country or of its state body; null otherwise.
    /// </summary>
    private string? CountryOfListBefore(string text, List<PositionFact> facts, int k)
    {
        for (var j = k - 1; j >= 0; j--)
        {
            var between = text.AsSpan(facts[j].Evidence.End, Math.Max(0, facts[j + 1].Evidence.Start - facts[j].Evidence.End));
            if (facts[j].Evidence.End > facts[j + 1].Evidence.Start || !ListJoiners.Contains(between.ToString()))
            {
                return null;
            }

            if (facts[j].Organization is { } organization)
            {
                var country = ForeignCountryOf(organization);
                var rest = country is null ? "" : organization.Name[country.Length..];
                return country is not null && (rest.Length == 0 || stateBodies.Contains(rest)) ? country : null;
            }
        }

        return null;
    }

    /// <summary>Words between the offices of a list of holders (<c>美国财政部长鲁宾和司法部长雷诺</c>).</summary>
    private static readonly string[] ListJoiners = ["、", "，", ",", "和", "与", "及", "以及"];

    /// <summary>
    /// The one foreign country of the offices the article gives the other persons of <paramref name="fact"/>'s sentence
    /// (<c>国防部长莫迪凯等人…要求内塔尼亚胡</c>, whom it names 以色列总理); null when they hold none or offices of two.
    /// </summary>
    private string? CountryOfSentencePersons(string text, PositionFact fact, List<PositionFact> facts, IReadOnlyList<EntityRef> entities)
    {
        var start = TextSpans.SentenceStart(text, fact.Evidence.Start);
        var end = text.AsSpan(fact.Evidence.End).IndexOfAny("。！？!?\n") is var at and >= 0 ? fact.Evidence.End + at : text.Length;
        var others = entities.Where(e => e.Kind == EntityKind.Person && e.Range.Start >= start && e.Range.End <= end && e.Name != fact.Person.Name)
            .Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        var countries = facts.Where(p => others.Contains(p.Person.Name) && p.Organization is not null)
            .Select(p => CountryOpening(p.Organization!)).OfType<string>().Distinct(StringComparer.Ordinal).Take(2).ToList();
        return countries is [var only] && !IsChina(only) ? only : null;
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
        var bareAfter = new List<int>();
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

            if ((ReadTitleAfter(text, person, byEnd) ?? ReadOfficeAfter(text, person, entities, byEnd)) is { } after)
            {
                group.Add(after);
                if (after.Organization is null)
                {
                    bareAfter.Add(result.Count + group.Count - 1);
                }
            }

            result.AddRange(group);
            previousGroup = group;
            previousPerson = person;
        }

        // 参加人权会的古巴代表团团长、司法部长卡洛斯·阿马特: a state's body printed bare (外交部, 司法部, 内政部) held by
        // a foreigner is not China's; it is that of the one foreign country the sentence named before the office.
        for (var k = 0; k < result.Count; k++)
        {
            var fact = result[k];
            if (fact.Organization is { Kind: EntityKind.Organization } bare && stateBodies.Contains(bare.Name) && IsForeignName(fact.Person.Name)
                && OneForeignCountryBefore(text, fact.Evidence.Start, entities) is { } country)
            {
                result[k] = fact with { Organization = bare with { Name = country + bare.Name } };
            }
        }

        // 美国财政部长鲁宾…财政部长鲁宾说, 美国财政部长鲁宾和司法部长雷诺, 国防部长莫迪凯…要求内塔尼亚胡: a state's body
        // printed bare whose sentence names no country is still not China's where the article says whose it is. One
        // printed after a name of China (中国国务院副总理钱其琛, after 奥地利…文化部长格雷尔和) is China's.
        for (var k = 0; k < result.Count; k++)
        {
            var fact = result[k];
            if (fact.Organization is { Kind: EntityKind.Organization } bare && stateBodies.Contains(bare.Name) && bare.Surface == bare.Name
                && (CountryOfHolder(fact, result) ?? CountryOfListBefore(text, result, k) ?? (IsForeignName(fact.Person.Name) ? CountryOfSentencePersons(text, fact, result, entities) : null)) is { } country)
            {
                result[k] = fact with { Organization = bare with { Name = country + bare.Name } };
            }
        }

        // 俄罗斯总统普京…普京总统表示: an office printed after a name is of the body the article printed before that
        // person's name for the same office, when it printed one body only.
        foreach (var k in bareAfter)
        {
            var fact = result[k];
            var bodies = result.Where(p => p.Organization is not null && p.Person.Name == fact.Person.Name && p.Title == fact.Title)
                .Select(p => p.Organization!).DistinctBy(o => (o.Kind, o.Name)).Take(2).ToList();
            if (bodies.Count == 1)
            {
                result[k] = fact with { Organization = bodies[0], Confidence = 0.75 };
            }
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

        if (spaced < cursor && titles.MatchEndingAt(text, spaced) is { } credit && titles.CreditRoles.Contains(credit))
        {
            // A credit prints its role and name apart: 通讯员 王荐斐 摄.
            cursor = spaced;
        }

        while (true)
        {
            // 律师董浩: an occupation printed next to the name stands for an office; it starts no chain of offices.
            var title = titles.MatchEndingAt(text, cursor);
            var occupation = title is null && found.Count == 0 && titles.MatchOccupationEndingAt(text, cursor) is not null;
            title ??= found.Count == 0 ? titles.MatchOccupationEndingAt(text, cursor) : null;
            if (title is null)
            {
                break;
            }

            var titleStart = cursor - title.Length;
            var groupStart = titleStart;
            EntityRef? org = null;
            if (!occupation && OrganizationBeforeRegion(text, titleStart, title, byEnd) is { } region)
            {
                // 微软中国区总裁梁念坚: a place (and 区) between a company and its office says where the office is held;
                // the office is the company's, and the region is part of the title (中国区总裁).
                org = region.Organization;
                title = text[region.RegionStart..titleStart] + title;
                groupStart = region.Organization.Range.Start;
            }
            else if (byEnd.TryGetValue(titleStart, out var printed) && (!occupation || IsEmployer(printed))
                && !(printed.Kind == EntityKind.Place && titles.IsCompanyTitle(title)))
            {
                // A company office is no office of a place (太平洋区副总裁, 本田中国总经理: the company is not read).
                org = printed;
                groupStart = printed.Range.Start;
            }
            else if (!occupation && CountryBeforeStateForm(text, titleStart, byEnd) is { } country)
            {
                // 保加利亚共和国总统斯托扬诺夫: the recognizer reads the place the gazetteer knows, 共和国 stands between.
                org = country;
                groupStart = country.Range.Start;
            }
            else if (titleStart > 0 && text[titleStart - 1] is '）' or ')' && byEnd.TryGetValue(titleStart - 1, out var defined)
                && defined.Kind == EntityKind.Organization && defined.Range.Start > 0 && text[defined.Range.Start - 1] is '（' or '(')
            {
                // 台湾积体电路制造股份有限公司（台积电）董事长魏哲家: the office follows the short name defined in brackets.
                org = defined;
                groupStart = defined.Range.Start;
            }
            else if (!occupation && FusedWithTitle(text, titleStart, title, byEnd) is { } fused)
            {
                // 美国财政部长贝森特, 交警支队长孟富强: the organisation's last characters open the title (部 of 部长).
                // 兰州市国资委原党委书记: an organisation read with the title's modifier and organ is the part before them.
                org = fused;
                groupStart = fused.Range.Start;
            }
            else if (!occupation && titles.IsCompanyTitle(title) && LatinNameBefore(text, titleStart) is { } latin)
            {
                // WeWork首席执行官亚当·诺伊曼, eBay 首席执行官: a company printed in Latin letters, which the recognizer
                // does not read as an organisation, right before a company office.
                org = latin;
                groupStart = latin.Range.Start;
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
            else if (Across(text, titleStart, title, entities, byEnd) is { } across)
            {
                // 育碧市场总监, 中央电视台著名主持人, 国家发改委价格司副司长: a field, words or a unit stand between the
                // organisation and the title; the field is part of the title, the unit part of the organisation.
                org = across.Organization;
                title = across.Field + title;
                groupStart = across.Start;
            }

            // 美国驻华大使尚慕杰, 中国首任驻南非大使王学贤: what follows 驻 is the post; the office is of the country
            // (or body) printed before 驻, and of none when none is printed (新任驻俄大使).
            if (org is not null && org.Range.End <= titleStart && PostedFrom(text, org.Range.Start, byEnd, out var sender))
            {
                org = sender;
                groupStart = sender?.Range.Start ?? groupStart;
            }

            // A reporter's credit (本报讯（记者高晨）) names no organisation; one printed right before 记者 is the
            // reporter's employer (新华社记者王黎, 证券时报记者桂衍民), unless 驻 makes it the post (本报驻联合国记者).
            if (titles.CreditRoles.Contains(title)
                && !(org is { Kind: EntityKind.Organization } && org.Range.End == titleStart && (org.Range.Start == 0 || text[org.Range.Start - 1] != '驻')))
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
        if (found.Count > 0 && found[^1] is { Organization: null } first && titles.IsCompanyTitle(first.Title)
            && SentenceCompanyBefore(text, first.Evidence.Start, entities) is { } company)
        {
            found[^1] = first with { Organization = company, Confidence = 0.7 };
        }

        // 纽卡斯尔本赛季的开局令人鼓舞，不过主教练基冈…: the first team office of the chain, printed bare, is of the team
        // the sentence spoke of before it, when it spoke of one team only (with two, the coach may be either's).
        if (found.Count > 0 && found[^1] is { Organization: null } bare && titles.IsTeamTitle(bare.Title)
            && SentenceTeamBefore(text, bare.Evidence.Start, entities) is { } team)
        {
            found[^1] = bare with { Organization = team, Confidence = 0.7 };
        }

        // 教育部党组书记、部长陈至立, 中铁电气化局集团工会主席、副总经理蒋玉林: an office printed bare after an office
        // of a body's organ (党组, 党委, 工会: organization-units.tsv, class organ) is of the body, not of the organ.
        for (var k = found.Count - 2; k >= 0; k--)
        {
            if (found[k].Organization is null && found[k + 1].Organization is { } organ && BodyOfOrgan(organ, entities) is { } body)
            {
                found[k] = found[k] with { Organization = body, Evidence = new TextRange(found[k + 1].Evidence.Start, found[k].Evidence.End), Confidence = 0.8 };
            }
        }

        // 国家体育总局局长、党组书记伍绍祖: an office of an organ (党组书记) printed bare after an office of a body is of
        // that body's organ, named as a fused one is (常州市公安局党委|书记 → 常州市公安局党委).
        for (var k = found.Count - 2; k >= 0; k--)
        {
            if (found[k].Organization is null && found[k + 1].Organization is { Kind: EntityKind.Organization } body
                && BodyOfOrgan(body, entities) is null && OrganOpening(found[k].Title) is { } organWord)
            {
                var organ = body with { Name = body.Name + organWord, Surface = body.Surface + organWord, FineType = null };
                found[k] = found[k] with { Organization = organ, Evidence = new TextRange(found[k + 1].Evidence.Start, found[k].Evidence.End), Confidence = 0.8 };
            }
        }

        // 分众传媒创始人、董事长江南春: a company office printed bare after another one of a company is of that company;
        // 西班牙队队长、守门员苏维萨雷塔: so is an office in a team after another one of a team.
        for (var k = found.Count - 2; k >= 0; k--)
        {
            var next = found[k + 1];
            if (found[k].Organization is null && next.Organization is { Kind: EntityKind.Organization }
                && (titles.IsCompanyTitle(found[k].Title) && titles.IsCompanyTitle(next.Title) || titles.IsTeamTitle(found[k].Title) && titles.IsTeamTitle(next.Title)))
            {
                found[k] = found[k] with { Organization = next.Organization, Evidence = new TextRange(next.Evidence.Start, found[k].Evidence.End), Confidence = 0.8 };
            }
        }

        // 兰州市国资委原党委书记、主任杨红心, 漳州市人大常委会原党组成员、副主任张镇城: an office printed bare after an office
        // in a body's organ (the title opens with 党委, 党组) held at the body itself is of that body.
        // 奥地利副总理兼外长许塞尔, 国际清算银行董事长兼行长: offices joined by 兼 are of the same organisation.
        for (var k = found.Count - 2; k >= 0; k--)
        {
            var next = found[k + 1];
            var start = found[k].Evidence.Start;
            if (found[k].Organization is not null || next.Organization is not { } held || TitleLexicon.IsPlaceHeadTitle(found[k].Title, out _))
            {
                continue;
            }

            var joinedByJian = start > 0 && text[start - 1] == '兼';
            var organ = held.Kind == EntityKind.Organization ? OrganOpening(next.Title) : null;
            if (organ is not null && BodyOfOrgan(held, entities) is null && held.Name.Length >= organ.Length + 2 && held.Name.EndsWith(organ, StringComparison.Ordinal))
            {
                // 中国记协党组书记、常务副主席郑梦熊: the recognizer read the organ with the body (中国记协党组); the
                // office after it is of the body printed before the organ word.
                var name = held.Name[..^organ.Length];
                held = held with { Name = name, Surface = held.Surface == held.Name ? name : held.Surface, FineType = null };
            }

            if (joinedByJian || organ is not null && BodyOfOrgan(held, entities) is null)
            {
                found[k] = found[k] with { Organization = held, Evidence = new TextRange(next.Evidence.Start, found[k].Evidence.End), Confidence = 0.8 };
            }
        }

        return found;
    }

    /// <summary>
    /// The body <paramref name="organ"/> is an organ of (<c>教育部</c> of <c>教育部党组</c>), printed as the opening of its
    /// name: the name ends with an organ word of organization-units.tsv after two characters or more, and those are an
    /// organisation by their wording (OrganizationUnits, or a type from their ending: <c>教育部</c> is government) or
    /// an organisation the article names (<c>中国记协</c>). Null otherwise: <c>义乌市总工会</c> is a body of its own, and
    /// a department such as <c>价格司</c> is not read (an office printed after one is as often the department's).
    /// </summary>
    private EntityRef? BodyOfOrgan(EntityRef organ, IReadOnlyList<EntityRef> entities)
    {
        if (organ.Kind != EntityKind.Organization)
        {
            return null;
        }

        var word = units.OrganWords.FirstOrDefault(w => organ.Name.Length >= w.Length + 2 && organ.Name.EndsWith(w, StringComparison.Ordinal));
        if (word is null)
        {
            return null;
        }

        var name = organ.Name[..^word.Length];
        var body = units.BodyLength(organ.Name, out var isOrgan) == name.Length && isOrgan
            || organizationTypes.Classify(name) != OrganizationTypes.Other
            || entities.Any(e => e.Kind == EntityKind.Organization && e.Name == name);
        if (!body)
        {
            return null;
        }

        var printed = organ.Surface == organ.Name;
        return organ with
        {
            Name = name,
            Surface = printed ? name : organ.Surface,
            Range = printed ? new TextRange(organ.Range.Start, organ.Range.Start + name.Length) : organ.Range,
            FineType = null,
        };
    }

    /// <summary>The organ word (<c>党组</c>) <paramref name="title"/> opens with, after its modifiers (<c>原党组书记</c>); else null.</summary>
    private string? OrganOpening(string title)
    {
        var rest = title;
        while (titles.Prefixes.FirstOrDefault(p => rest.Length > p.Length && rest.StartsWith(p, StringComparison.Ordinal)) is { } prefix)
        {
            rest = rest[prefix.Length..];
        }

        return units.OrganWords.FirstOrDefault(w => rest.Length > w.Length && rest.StartsWith(w, StringComparison.Ordinal));
    }

    /// <summary>A place that ends right before a state's formal word (<c>共和国</c>) ending at <paramref name="titleStart"/>; else null.</summary>
    private EntityRef? CountryBeforeStateForm(string text, int titleStart, Dictionary<int, EntityRef> byEnd)
    {
        foreach (var form in titles.StateForms)
        {
            if (titleStart >= form.Length && string.CompareOrdinal(text, titleStart - form.Length, form, 0, form.Length) == 0
                && byEnd.TryGetValue(titleStart - form.Length, out var place) && place.Kind == EntityKind.Place)
            {
                return place;
            }
        }

        return null;
    }

    /// <summary>
    /// An organisation that ends one or two characters into <paramref name="title"/> with those characters
    /// (<c>美国财政部|部长</c>); or one that ends inside the title after its modifier (<c>兰州市国资委原党委|书记</c>, the
    /// title <c>原党委书记</c>), read as the part printed before the title (<c>兰州市国资委</c>).
    /// </summary>
    private EntityRef? FusedWithTitle(string text, int titleStart, string title, Dictionary<int, EntityRef> byEnd)
    {
        for (var shared = 1; shared <= title.Length - 1; shared++)
        {
            if (!byEnd.TryGetValue(titleStart + shared, out var org) || org.Kind != EntityKind.Organization || titleStart - org.Range.Start < 2)
            {
                continue;
            }

            if (shared <= 2 && string.CompareOrdinal(text, titleStart, title, 0, shared) == 0)
            {
                return org;
            }

            var overlap = text[titleStart..(titleStart + shared)];
            if (titles.Prefixes.Any(p => overlap.StartsWith(p, StringComparison.Ordinal)) && org.Surface == org.Name
                && org.Name.EndsWith(overlap, StringComparison.Ordinal))
            {
                var name = org.Name[..^overlap.Length];
                return org with { Name = name, Surface = name, Range = new TextRange(org.Range.Start, titleStart), FineType = null };
            }
        }

        return null;
    }

    /// <summary>
    /// <c>美国驻华大使</c>: whether the entity starting at <paramref name="postStart"/> follows 驻 (after the modifiers
    /// of an office, <c>中国首任驻南非大使</c>), with the country or body printed before 驻 (null when none is).
    /// </summary>
    private bool PostedFrom(string text, int postStart, Dictionary<int, EntityRef> byEnd, out EntityRef? sender)
    {
        sender = null;
        if (postStart < 1 || text[postStart - 1] != '驻')
        {
            return false;
        }

        var end = postStart - 1;
        while (titles.Prefixes.Concat(titles.BetweenWords).FirstOrDefault(w => w != "的" && end >= w.Length && string.CompareOrdinal(text, end - w.Length, w, 0, w.Length) == 0) is { } word)
        {
            end -= word.Length;
        }

        if (byEnd.TryGetValue(end, out var before) && before.Kind is EntityKind.Place or EntityKind.Organization)
        {
            sender = before;
        }

        return true;
    }

    /// <summary>
    /// <c>微软中国区总裁</c>: an organisation (an employer; before a company office also a Latin name, <c>JVC中国区总经理</c>)
    /// printed right before a place, itself printed right before <paramref name="titleStart"/> or before 区 there; the
    /// organisation and where the region starts, else null.
    /// </summary>
    private (EntityRef Organization, int RegionStart)? OrganizationBeforeRegion(string text, int titleStart, string title, Dictionary<int, EntityRef> byEnd)
    {
        var end = titleStart > 0 && text[titleStart - 1] == '区' ? titleStart - 1 : titleStart;
        if (!byEnd.TryGetValue(end, out var place) || place.Kind != EntityKind.Place)
        {
            return null;
        }

        if (byEnd.TryGetValue(place.Range.Start, out var org) && IsEmployer(org))
        {
            return (org, place.Range.Start);
        }

        return titles.IsCompanyTitle(title) && LatinNameBefore(text, place.Range.Start) is { } latin ? (latin, place.Range.Start) : null;
    }

    /// <summary>
    /// A run of Latin letters and digits (<c>WeWork</c>, <c>eBay</c>; full-width too) ending at
    /// <paramref name="titleStart"/> or one space before it, of two characters or more with a letter, that is no title
    /// itself (<c>CEO</c>), as an organisation; else null.
    /// </summary>
    private EntityRef? LatinNameBefore(string text, int titleStart)
    {
        var end = titleStart > 0 && text[titleStart - 1] == ' ' ? titleStart - 1 : titleStart;
        var start = end;
        while (start > 0 && IsLatinLetterOrDigit(text[start - 1]))
        {
            start--;
        }

        // Morgan Stanley CEO: words of a name opening with capitals, one space apart, up to three.
        for (var words = 1; words < 3 && start >= 2 && text[start - 1] == ' ' && IsLatinLetterOrDigit(text[start - 2]) && char.IsUpper(text[start]); words++)
        {
            var wordStart = start - 1;
            while (wordStart > 0 && IsLatinLetterOrDigit(text[wordStart - 1]))
            {
                wordStart--;
            }

            if (!char.IsUpper(text[wordStart]))
            {
                break;
            }

            start = wordStart;
        }

        if (end - start < 2 || !text.AsSpan(start, end - start).ContainsAnyExcept("0123456789０１２３４５６７８９")
            || (start > 0 && text[start - 1] is '.' or '-' or '_' or '@' or '/'))
        {
            return null;
        }

        var name = text[start..end];
        return titles.MatchEndingAt(name, name.Length) == name ? null : new EntityRef(EntityKind.Organization, name, name, new TextRange(start, end));
    }

    private static bool IsLatinLetterOrDigit(char c) => char.IsAsciiLetterOrDigit(c) || c is >= 'Ａ' and <= 'Ｚ' or >= 'ａ' and <= 'ｚ' or >= '０' and <= '９';

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

    /// <summary>The one team (a club of sports-clubs.tsv, or a name ending with 队) the sentence names before <paramref name="at"/>; else null.</summary>
    private EntityRef? SentenceTeamBefore(string text, int at, IReadOnlyList<EntityRef> entities)
    {
        var sentenceStart = TextSpans.SentenceStart(text, at);
        var teams = entities.Where(e => e.Kind == EntityKind.Organization && e.Range.Start >= sentenceStart && e.Range.End <= at
            && (e.Name.EndsWith('队') || clubs.Contains(e.Name))).DistinctBy(e => e.Name).ToList();
        return teams.Count == 1 ? teams[0] : null;
    }

    /// <summary>
    /// <c>霍尔果斯市委副书记、市长皮履屏</c>: a bare <c>市长</c> after another city's committee is that city's mayor,
    /// unless the text shows that city above the home city (<c>金华市委副书记、义乌市委书记</c>, <c>金华义乌</c>).
    /// </summary>
    private string? CityOfChain(string text, int titleStart, Dictionary<int, EntityRef> byEnd)
    {
        if (titleStart < 1 || text[titleStart - 1] is not ('、' or '兼'))
        {
            return null;
        }

        var previousTitle = titles.MatchEndingAt(text, titleStart - 1);
        if (previousTitle is null || !byEnd.TryGetValue(titleStart - 1 - previousTitle.Length, out var org))
        {
            return null;
        }

        // The printed name: the resolver may have joined 北京市委 to a longer name (共青团北京市委).
        var committee = org.Surface.IndexOf('市', StringComparison.Ordinal) >= 2 ? org.Surface : org.Name;
        var at = committee.IndexOf('市', StringComparison.Ordinal);
        if (at < 2)
        {
            return null;
        }

        // 北京市委副书记、市长郭金龙 on a page of no home city: the city of the committee.
        var city = committee[..(at + 1)];
        if (home.City is null)
        {
            return city;
        }

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
                    && HanScript.IsAllHan(text.AsSpan(orgEnd, titleStart - orgEnd)))
                {
                    return (org, text[orgEnd..titleStart]);
                }
            }
        }

        return null;
    }

    private static readonly string[] FieldEndings = ["方向", "专业", "领域", "学科"];

    /// <summary>A generic unit name (<c>培训中心</c>, <c>办公室</c>) of two to six characters ending where the title starts.</summary>
    private string? UnitBefore(string text, int titleStart)
    {
        foreach (var ending in titles.UnitEndings)
        {
            for (var length = ending.Length + 2; length <= 6 && length <= titleStart; length++)
            {
                var start = titleStart - length;
                if (string.CompareOrdinal(text, titleStart - ending.Length, ending, 0, ending.Length) == 0
                    && HanScript.IsAllHan(text.AsSpan(start, length)) && start > 0 && text[start - 1] == '、')
                {
                    return text[start..titleStart];
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="e"/> can employ a person across words or in an occupation: an organisation that is not
    /// a country or foreign place the tagger read as one (德国教练 is a German coach, not Germany's).
    /// </summary>
    private bool IsEmployer(EntityRef e) => e.Kind == EntityKind.Organization && world.FineTypeOf(e.Name) is null;

    /// <summary>At most this many characters stand between an organisation and the title it holds.</summary>
    private const int MaxBetween = 10;

    /// <summary>
    /// The organisation a title is held at across the words printed between them, read as
    /// <c>[unit] [between words] [field]</c>: a unit ending with a unit word of organization-units.tsv (<c>价格司</c>) or a clause
    /// of charge (<c>负责贸易事务的</c>), then words such as <c>著名</c>, <c>一位</c>, <c>的</c> or an age (<c>57岁的</c>), then, before a <c>field-head</c>, a field of
    /// one or two jieba nouns (<c>市场</c>, <c>首席投资</c>). The nearest organisation that parses wins; the unit
    /// joins its name (<c>国家发改委价格司</c>) as the unit of a chain of offices does. A field printed after a
    /// boundary (punctuation, <c>的</c>) with no organisation still joins the title, which then stays without one
    /// (<c>艺术村的艺术总监</c>). Null when nothing fits.
    /// </summary>
    private (EntityRef? Organization, string Field, int Start)? Across(string text, int titleStart, string title, IReadOnlyList<EntityRef> entities, Dictionary<int, EntityRef> byEnd)
    {
        var fieldHead = titles.FieldHeads.Contains(title);
        for (var end = titleStart - 1; end >= Math.Max(1, titleStart - MaxBetween); end--)
        {
            if (!HanScript.IsHan(text[end]) && !char.IsDigit(text[end]))
            {
                break;
            }

            EntityRef? org = byEnd.TryGetValue(end, out var printed) && IsEmployer(printed) ? printed : null;

            // SCEA市场总监: a Latin company name before a field and a company office.
            org ??= titles.IsCompanyTitle(title) && LatinNameBefore(text, end) is { } latin && latin.Range.End == end ? latin : null;
            var start = org?.Range.Start ?? end;
            if (org is null && companies.EndingAt(text, end) is { } reference
                && companies.Antecedent(text, end - reference.Length, reference, entities) is { } antecedent)
            {
                org = antecedent;
                start = end - reference.Length;
            }

            if (org is null)
            {
                continue;
            }

            var between = text[end..titleStart];
            foreach (var field in fieldHead ? FieldsEndingBetween(between) : [string.Empty])
            {
                if (UnitThenBetweenWords(between[..^field.Length]) is { } unit)
                {
                    var held = unit.Length == 0 ? org : org with { Name = org.Name + unit, Surface = org.Surface + unit, Range = new TextRange(org.Range.Start, end + unit.Length), FineType = null };
                    return (held, field, start);
                }
            }
        }

        // 艺术村的艺术总监: a field after a boundary, with no organisation before it.
        if (fieldHead)
        {
            var clauseStart = titleStart;
            while (clauseStart > 0 && titleStart - clauseStart < MaxBetween && HanScript.IsHan(text[clauseStart - 1]) && text[clauseStart - 1] != '的')
            {
                clauseStart--;
            }

            var atBoundary = clauseStart == 0 || !HanScript.IsHan(text[clauseStart - 1]) || text[clauseStart - 1] == '的';

            // 著名营销战略专家: between words may open the clause before the field.
            var fieldStart = clauseStart;
            while (titles.BetweenWords.FirstOrDefault(w => titleStart - fieldStart > w.Length && string.CompareOrdinal(text, fieldStart, w, 0, w.Length) == 0) is { } word)
            {
                fieldStart += word.Length;
            }

            var field = FieldsEndingBetween(text[fieldStart..titleStart]).LastOrDefault(f => f.Length == titleStart - fieldStart);
            if (atBoundary && !string.IsNullOrEmpty(field))
            {
                return (null, field, fieldStart);
            }
        }

        return null;
    }

    /// <summary>
    /// The fields <paramref name="between"/> may end with, shortest first and the empty one first: one or two jieba words
    /// tagged noun, verbal noun, other proper noun, abbreviation or distinguishing word, of two to four characters in all.
    /// </summary>
    private IEnumerable<string> FieldsEndingBetween(string between)
    {
        yield return string.Empty;
        if (between.Length < 2)
        {
            yield break;
        }

        var words = Segmenter.CutWithPos(between);
        var length = 0;
        for (var k = words.Count - 1; k >= Math.Max(0, words.Count - 2); k--)
        {
            var tag = words[k].Tag.Name;
            var word = words[k].GetText(between);
            if (tag is not ("n" or "vn" or "nz" or "j" or "b") || !HanScript.IsAllHan(word) || titles.BetweenWords.Contains(word))
            {
                yield break;
            }

            length += words[k].Length;
            if (length > 4)
            {
                yield break;
            }

            if (length >= 2)
            {
                yield return between[^length..];
            }
        }
    }

    private static readonly JiebaSegmenter Segmenter = JiebaSegmenter.CreateDefault();

    /// <summary>
    /// <paramref name="between"/> read as an optional unit (Han, ending with a unit word of organization-units.tsv after at least
    /// two characters) followed by <c>between</c> words and ages: the unit (empty with none), or null when it does not parse.
    /// </summary>
    private string? UnitThenBetweenWords(string between)
    {
        var end = between.Length;
        while (end > 0)
        {
            var word = titles.BetweenWords.FirstOrDefault(w => end >= w.Length && string.CompareOrdinal(between, end - w.Length, w, 0, w.Length) == 0);
            if (word is not null)
            {
                end -= word.Length;
                continue;
            }

            // 57岁的: an age, its 的 read as a between word.
            if (between[end - 1] == '岁' && end >= 2 && char.IsDigit(between[end - 2]))
            {
                end--;
                while (end > 0 && char.IsDigit(between[end - 1]))
                {
                    end--;
                }

                continue;
            }

            break;
        }

        var unit = between[..end];
        if (unit.Length == 0)
        {
            return unit;
        }

        // 欧盟委员会负责贸易事务的副主席: a clause opened by a charge word and closed by 的 says what the office covers.
        if (end < between.Length && between[end] == '的' && HanScript.IsAllHan(unit)
            && titles.ChargeWords.Any(w => unit.Length > w.Length && unit.StartsWith(w, StringComparison.Ordinal)))
        {
            return string.Empty;
        }

        return HanScript.IsAllHan(unit) && titles.UnitEndings.Any(e => unit.Length >= e.Length + 2 && unit.EndsWith(e, StringComparison.Ordinal))
            && !unit.Contains('的') && titles.MatchEndingAt(unit, unit.Length) is null
            ? unit
            : null;
    }

    /// <summary>
    /// <c>克孜勒苏柯尔克孜自治州州委副书记、州长</c>: a bare <c>州长</c> or <c>县长</c> after that prefecture's or county's
    /// committee is the head of that place.
    /// </summary>
    private string? PlaceOfChain(string text, int titleStart, Dictionary<int, EntityRef> byEnd, char level)
    {
        if (titleStart < 1 || text[titleStart - 1] is not ('、' or '兼'))
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

    /// <summary>
    /// A title printed after the name (<c>习近平总书记</c>, <c>普京总统</c>; titles.tsv, trailing). A state's office
    /// (titles.tsv, state-office) with a country printed right before the name (<c>俄罗斯普京总统</c>) is that
    /// country's; any other is read without a body here.
    /// </summary>
    private PositionFact? ReadTitleAfter(string text, EntityRef person, Dictionary<int, EntityRef> byEnd)
    {
        foreach (var title in titles.TrailingTitles)
        {
            if (string.CompareOrdinal(text, person.Range.End, title, 0, title.Length) == 0)
            {
                var end = person.Range.End + title.Length;
                if (titles.StateOffices.Contains(title) && byEnd.TryGetValue(person.Range.Start, out var country)
                    && country.Kind == EntityKind.Place && world.IsCountry(country.Name))
                {
                    return new PositionFact(person, title, country, new TextRange(country.Range.Start, end), 0.8);
                }

                return new PositionFact(person, title, null, new TextRange(person.Range.Start, end), 0.8);
            }
        }

        return null;
    }

    /// <summary>
    /// Any office or occupation printed right after a name the recognizer found, as a word of its own
    /// (<c>叶翔锋律师表示</c>, <c>宋春华会长</c>): the person's, and of the organisation printed right before the name
    /// (<c>湖南一星律师事务所叶翔锋律师</c>; with 的 between, <c>《中国国家地理》杂志社的李栓科社长</c>), or read bare. A
    /// reporter's credit role is not read after a name, nor a title the next person's name follows: in
    /// <c>通讯员王东升记者蔡早勤</c> and <c>记者李强实习生费永璐</c> the role is printed before the name it credits.
    /// </summary>
    private PositionFact? ReadOfficeAfter(string text, EntityRef person, IReadOnlyList<EntityRef> entities, Dictionary<int, EntityRef> byEnd)
    {
        if (titles.MatchStartingAt(text, person.Range.End) is not { } title || titles.CreditRoles.Contains(title))
        {
            return null;
        }

        var end = person.Range.End + title.Length;
        if (entities.Any(e => e.Kind == EntityKind.Person && e.Range.Start == end) || !IsWordEnd(text, person.Range.End, end))
        {
            return null;
        }

        var before = person.Range.Start;
        if (!byEnd.ContainsKey(before) && before > 0 && text[before - 1] == '的')
        {
            before--;
        }

        if (byEnd.TryGetValue(before, out var org) && IsEmployer(org))
        {
            return new PositionFact(person, title, org, new TextRange(org.Range.Start, end), 0.75);
        }

        return new PositionFact(person, title, null, new TextRange(person.Range.Start, end), 0.7);
    }

    /// <summary>
    /// Whether jieba ends a word at <paramref name="end"/> when it cuts the text from <paramref name="start"/> (a
    /// title, then a few characters after it): <c>律师|表示</c> ends one, <c>主任务</c> would not.
    /// </summary>
    private static bool IsWordEnd(string text, int start, int end)
    {
        if (end >= text.Length || !char.IsLetter(text[end]))
        {
            return true;
        }

        foreach (var word in Segmenter.Cut(text[start..Math.Min(text.Length, end + 3)]))
        {
            if (start + word.End >= end)
            {
                return start + word.End == end;
            }
        }

        return false;
    }
}
