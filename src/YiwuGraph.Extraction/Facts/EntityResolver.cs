using YiwuGraph.Core;

namespace YiwuGraph.Extraction.Facts;

/// <summary>
/// Gives each mention its canonical name: home references become the home city, bare city and province names
/// their full forms, <c>市X</c>/<c>省X</c> offices the home's, and abbreviations defined in the article
/// (<c>（以下简称“海高会”）</c>) their full names. Persons keep their printed name (titles are never part of a
/// person mention), so two people who share a surname or a title stay apart.
/// </summary>
public sealed class EntityResolver
{
    private const string SpecialRegionEnding = "特别行政区";
    private const string SpecialRegionShortEnding = "特区";

    private readonly HomeContext home;
    private readonly PlaceDirectory? places;
    private readonly NameLexicon names;
    private readonly TitleLexicon titles;
    private readonly WorldPlaces world;
    private readonly Recognition.CompanyShortForms brands;
    private readonly Ner.News.OrganizationUnits units;

    /// <summary>Words printed after a periodical's title that the printed name takes in (<c>杂志</c> of <c>《当代》杂志</c>), longest first.</summary>
    private readonly string[] afterTitleWords;

    /// <summary>The paper's home as places that decide a shared name when the article's own places do not.</summary>
    private readonly IReadOnlyList<string> homeAnchors;

    /// <summary>A resolver for pages of <paramref name="home"/>, reading <paramref name="lexicons"/> (the embedded lists when null).</summary>
    public EntityResolver(HomeContext home, PlaceDirectory? places = null, RuleLexicons? lexicons = null)
    {
        ArgumentNullException.ThrowIfNull(home);
        this.home = home;
        this.places = places;
        lexicons ??= RuleLexicons.Default;
        names = lexicons.Names;
        titles = lexicons.Titles;
        world = lexicons.World;
        brands = new Recognition.CompanyShortForms(lexicons, Gazetteer.PlaceGazetteer.Default);
        units = lexicons.OrganizationUnits;
        afterTitleWords = [.. lexicons.Set.PeriodicalTitles.WordsOf("after-title").OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal)];
        ShortNameDefinitions = lexicons.ShortNameDefinitions;
        homeAnchors = places?.HomeAnchors(home) ?? [];
    }

    /// <summary>The words that define a short name in brackets, as this resolver reads them.</summary>
    public Recognition.ShortNameDefinitions ShortNameDefinitions { get; }

    /// <summary>
    /// The places the article names unambiguously (<see cref="PlaceDirectory.Anchors"/> of its place mentions as printed):
    /// they decide which of the divisions that share a bare name it means, here and in the relations between its places
    /// (<see cref="Pipeline.NewsDocument.PlaceAnchors"/>). None without a gazetteer.
    /// </summary>
    public IReadOnlyList<string> PlaceAnchors(string text, IReadOnlyList<FactMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        return places?.Anchors(mentions.Where(m => m.Kind == EntityKind.Place).Select(m => m.GetText(text))) ?? [];
    }

    /// <summary>
    /// Resolves every mention of one article body. With <paramref name="source"/> (the file the text was read from),
    /// an organisation printed with a bare level that the home cannot expand (<c>市委</c> when the paper's city is
    /// unknown, <c>县委</c> when the city is) and that its sentence names no place for is named within its folder
    /// (<c>市委（pages/2024）</c>, the surface kept as an alias): with no home a paper is the pages of one folder, and the
    /// committees of two papers are two bodies, not one. A file at the top of the corpus is named within itself
    /// (<c>市委（p0367.txt）</c>).
    /// <paramref name="definedShortNames"/> are the text's brackets that can define short names, when already found
    /// (<see cref="Pipeline.NewsDocument.DefinedShortNamesBy"/>); otherwise they are found here. Likewise
    /// <paramref name="placeAnchors"/> are the mentions' <see cref="PlaceAnchors"/> when already found.
    /// </summary>
    public IReadOnlyList<EntityRef> Resolve(string text, IReadOnlyList<FactMention> mentions, string? source = null, Recognition.DefinedShortNames? definedShortNames = null,
        IReadOnlyList<string>? placeAnchors = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        if (definedShortNames is not null && !string.Equals(definedShortNames.Text, text, StringComparison.Ordinal))
        {
            throw new ArgumentException("The short names must be those of the text resolved.", nameof(definedShortNames));
        }
        var defined = definedShortNames ?? ShortNameDefinitions.In(text);
        var abbreviations = defined.StatedFor(mentions.Where(m => m.Kind == EntityKind.Organization).Select(m => m.Range));
        var cityStems = mentions.Where(m => m.Kind == EntityKind.Place)
            .Select(m => m.GetText(text)).Where(n => n.Length is 3 or 4 && n[^1] == '市').Select(n => n[..^1])
            .Concat(home.City is { Length: > 1 } c ? [c[..^1]] : [])
            .ToHashSet(StringComparer.Ordinal);
        var anchors = placeAnchors ?? PlaceAnchors(text, mentions);
        var placeEndingAt = new Dictionary<int, string>();
        foreach (var m in mentions.Where(m => m.Kind == EntityKind.Place))
        {
            placeEndingAt.TryAdd(m.Range.End, m.GetText(text));
        }

        var result = new List<EntityRef>(mentions.Count);
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i].Kind == EntityKind.Organization ? WithoutBoardOfTitle(text, mentions[i]) : mentions[i];
            var surface = m.GetText(text);
            var name = m.Kind switch
            {
                EntityKind.Place => CanonicalPlace(surface, cityStems, anchors, placeEndingAt.GetValueOrDefault(m.Range.Start)),
                EntityKind.Organization => WithFullEnding(CanonicalOrganization(m, surface, defined, abbreviations, cityStems), cityStems),
                _ => NameLexicon.NormalizeNameDots(surface),
            };
            result.Add(new EntityRef(m.Kind, name, surface, m.Range, m.FineType));
        }

        // 公司, 该公司, 公司董事会: a reference to an organisation names none. The offices printed after it are read
        // against the company the article named before (PositionExtractor, PersonnelChangeReader).
        result.RemoveAll(r => r.Kind == EntityKind.Organization && names.IsGenericOrganization(r.Surface));

        // 广东分会 after 义乌市海内外高层次人才联谊会广东分会: a short form that ends a longer name of the article.
        var orgNames = result.Where(r => r.Kind == EntityKind.Organization).Select(r => r.Name).Distinct(StringComparer.Ordinal).ToList();
        for (var i = 0; i < result.Count; i++)
        {
            var r = result[i];
            if (r.Kind != EntityKind.Organization || r.Name.Length < 3)
            {
                continue;
            }

            // 国防部 beside 越南国防部 is not Vietnam's: a bare central body of China (news-organizations.tsv, national) is
            // China's even where a foreign country's body of that name is printed (国防部长迟浩田…会见越南国防部长).
            var national = names.NationalBodies.Contains(r.Name);
            var longer = orgNames.Where(n => n.Length > r.Name.Length && n.EndsWith(r.Name, StringComparison.Ordinal)
                    && !(national && IsForeignCountry(n[..^r.Name.Length])))
                .OrderBy(n => n.Length).ThenBy(n => n, StringComparer.Ordinal).FirstOrDefault();
            if (longer is not null)
            {
                result[i] = r with { Name = longer };
            }
        }

        // 领克工厂 beside 领克汽车义乌工厂, 省疾控中心 beside 浙江省疾病预防控制中心: a short form of one full name of the article.
        // A listed body's full name is no short form (中国银行, which 中行 names, beside 中国农业银行).
        orgNames = result.Where(r => r.Kind == EntityKind.Organization).Select(r => r.Name).Distinct(StringComparer.Ordinal).ToList();
        for (var i = 0; i < result.Count; i++)
        {
            var r = result[i];
            if (r.Kind == EntityKind.Organization && !names.IsListedOrganization(r.Name) && ShortFormOf(r.Name, orgNames) is { } full)
            {
                result[i] = r with { Name = full };
            }
        }

        // 比亚迪 beside 比亚迪股份有限公司: a company's brand is the company the article names in full, and 台积电 after
        // 台湾积体电路制造股份有限公司（台积电） the organisation whose short name the article defines.
        var organizations = result.Where(r => r.Kind == EntityKind.Organization).ToList();
        var owners = new Dictionary<string, string>(brands.Owners(organizations.Select(r => r.Surface)), StringComparer.Ordinal);
        foreach (var (shortName, full) in defined.Find(organizations.Select(r => r.Range)))
        {
            owners[shortName] = full;
        }

        var nameOf = organizations.GroupBy(r => r.Surface, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        for (var i = 0; i < result.Count; i++)
        {
            var r = result[i];
            if (r.Kind == EntityKind.Organization && r.Name == r.Surface && owners.TryGetValue(r.Surface, out var owner))
            {
                result[i] = r with { Name = nameOf[owner] };
            }
        }

        // 梅森·阿历克斯(MasonAlex): the original name in brackets is the same person, by the Chinese name.
        for (var i = 1; i < result.Count; i++)
        {
            if (result[i].Kind == EntityKind.Person && result[i - 1].Kind == EntityKind.Person
                && Recognition.LatinPersonNames.IsBracketedOriginal(text, result[i - 1].Range, result[i].Range))
            {
                result[i] = result[i] with { Name = result[i - 1].Name };
            }
        }

        LinkNameDotTails(result);
        LinkOneCharacterShortForms(text, result, cityStems);
        QualifyStateBodies(text, result);
        NameBareLevelsByPlaceBefore(text, result);
        NameBareBodies(text, result);
        if (source is not null && (Path.GetDirectoryName(source) is { Length: > 0 } folder ? folder.Replace('\\', '/') : Path.GetFileName(source)) is { Length: > 0 } scope)
        {
            // A corpus of files side by side with no home (a national paper, pages of several papers) tells no paper
            // apart: its 市委 is named within the file (市委（p0367.txt）), not one body of every page.
            for (var i = 0; i < result.Count; i++)
            {
                if (result[i].Kind == EntityKind.Organization && IsUnexpandedBareLevel(result[i].Name))
                {
                    result[i] = result[i] with { Name = $"{result[i].Name}（{scope}）" };
                }
            }
        }

        // 我市 or 本市 on pages whose home is unknown (or 我区 under a home city) names no place a reader can tell.
        result.RemoveAll(r => r.Kind == EntityKind.Place && home.CannotResolve(r.Surface));

        // 义乌市海高会分会 ("the association's branches") names no branch of its own.
        var linkedNames = result.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        result.RemoveAll(r => r.Kind == EntityKind.Organization && r.Name.EndsWith("分会", StringComparison.Ordinal) && linkedNames.Contains(r.Name[..^2]));
        MarkCompoundAddresses(text, result);
        MarkPlacePrefixedOrganizations(text, result);
        MarkTitledPeriodicals(text, result);
        LocatePlaces(result, anchors);
        return result;
    }

    /// <summary>
    /// <c>澳海运工会 … 海运工会的工人 … 针对工会的</c>, <c>以色列议会 … 议会</c>: an organisation still named by a body every
    /// organisation or country has (organization-endings.tsv, bare-body; one of three characters or more has been named
    /// by a longer name that ends in it already) is the one organisation printed in its sentence whose canonical name
    /// ends in the body (all such names end in the longest: 海运工会 and 澳海运工会 are one union). Beside two (以色列议会,
    /// 日本议会) or none it keeps its name, and its node is the article's own (FactGraphWriter). Names anywhere in the
    /// article, or in its paragraph, were read too and were another story's too often on pages of several items
    /// (DuEE: a college's 纪委 read as 中共泰安市纪委, a plaintiff's 法院 as the court of the item before; 1 of 6 right).
    /// </summary>
    private void NameBareBodies(string text, List<EntityRef> result)
    {
        for (var i = 0; i < result.Count; i++)
        {
            var r = result[i];
            if (r.Kind != EntityKind.Organization || !names.BareBodies.Contains(r.Name))
            {
                continue;
            }

            var from = TextSpans.SentenceStart(text, r.Range.Start);
            var to = TextSpans.SentenceEnd(text, r.Range.End) is var end and >= 0 ? end : text.Length;
            var longer = result.Where(e => e.Kind == EntityKind.Organization && e.Range.Start >= from && e.Range.End <= to
                    && e.Name.Length > r.Name.Length && e.Name.EndsWith(r.Name, StringComparison.Ordinal))
                .Select(e => e.Name).Distinct(StringComparer.Ordinal).OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal).ToList();
            if (longer.Count > 0 && longer.All(n => longer[0].EndsWith(n, StringComparison.Ordinal)))
            {
                result[i] = r with { Name = longer[0] };
            }
        }
    }

    /// <summary>
    /// Gives each place mention the gazetteer place its canonical name denotes in this article (<see cref="PlaceDirectory.Locate"/>).
    /// A mention printed right after a place the gazetteer knows is located by that place (<c>北京市朝阳区</c> and
    /// <c>长春市朝阳区</c> in one article are two places); a mention printed bare is the place its name's printed mentions
    /// agree on, and where they do not agree (or none is printed so), the one the places the article names unambiguously
    /// decide, else the paper's home (苏溪镇 on a Yiwu paper's page is Yiwu's). <paramref name="anchors"/> are the
    /// article's unambiguous places, the ones the bare names were resolved by (<see cref="PlaceAnchors"/>); a town,
    /// street or village is located by the shared county names the article itself resolved too (<c>朝阳区</c> after
    /// <c>北京市</c> decides which 和平街街道 it is).
    /// </summary>
    private void LocatePlaces(List<EntityRef> result, IReadOnlyList<string> anchors)
    {
        if (places is null)
        {
            return;
        }

        var placeNames = result.Where(r => r.Kind == EntityKind.Place).Select(r => r.Name).Distinct(StringComparer.Ordinal).ToList();
        if (placeNames.Count == 0)
        {
            return;
        }

        // 临沂市罗庄镇: the place a mention is printed right after is where the text puts it; one the gazetteer does not
        // know (胶南市, since merged into a district) says nothing.
        var endingAt = new Dictionary<int, string>();
        foreach (var r in result.Where(r => r.Kind == EntityKind.Place))
        {
            endingAt.TryAdd(r.Range.End, r.Name);
        }

        string? PrintedIn(EntityRef r) => endingAt.TryGetValue(r.Range.Start, out var parent) && parent != r.Name && places.HasName(parent) ? parent : null;
        var printedIn = result.Where(r => r.Kind == EntityKind.Place && PrintedIn(r) is not null)
            .ToLookup(r => r.Name, r => PrintedIn(r)!, StringComparer.Ordinal);

        // The shared provinces, cities and counties the article itself resolves (not the paper's home) decide its
        // towns, streets and villages as the places it names unambiguously do.
        var ownAnchors = places.WithResolvedDivisions(anchors, placeNames.Where(places.IsDivisionName)
            .SelectMany(n => Locations(places, n, printedIn[n], anchors, null).Values).OfType<ResolvedPlace>());
        var located = placeNames.ToDictionary(n => n, n => Locations(places, n, printedIn[n], places.IsDivisionName(n) ? anchors : ownAnchors, homeAnchors), StringComparer.Ordinal);
        for (var i = 0; i < result.Count; i++)
        {
            if (result[i].Kind == EntityKind.Place && located[result[i].Name].GetValueOrDefault(PrintedIn(result[i]) ?? string.Empty) is { } place)
            {
                result[i] = result[i] with { Place = place };
            }
        }
    }

    /// <summary>
    /// Where the mentions of <paramref name="name"/> are (<see cref="LocatePlaces"/>), by the place each is printed right
    /// after (<paramref name="printedIn"/>, the empty string for a mention printed bare): null where the article does not
    /// say which place it is.
    /// </summary>
    private static Dictionary<string, ResolvedPlace?> Locations(PlaceDirectory places, string name, IEnumerable<string> printedIn, IReadOnlyList<string> anchors, IReadOnlyList<string>? fallbackAnchors)
    {
        var result = new Dictionary<string, ResolvedPlace?>(StringComparer.Ordinal);
        foreach (var parent in printedIn.Distinct(StringComparer.Ordinal))
        {
            result[parent] = places.Locate(name, anchors, fallbackAnchors, [parent]);
        }

        // A mention printed bare is the place its printed mentions agree on; two places of the name printed in one
        // article leave it open, as the anchors, which name both, do too.
        result[string.Empty] = result.Count == 0 ? places.Locate(name, anchors, fallbackAnchors)
            : result.Values.Distinct().Take(2).ToList() is [var agreed] ? agreed : null;
        return result;
    }

    /// <summary>
    /// <c>阿里巴巴集团董事会|主席</c>, <c>华为轮值|董事长</c>: an organisation that ends with a board word or a title
    /// modifier which, with the words after it, is an office (<c>董事会主席</c>, <c>轮值董事长</c> of <c>titles.tsv</c>) is
    /// the organisation before that word; the word belongs to the office, whose holder is of the company. So is one
    /// read with an office and 兼 (<c>海航董事长兼|总裁</c>).
    /// </summary>
    private FactMention WithoutBoardOfTitle(string text, FactMention m)
    {
        foreach (var word in names.Boards.Concat(titles.Prefixes))
        {
            var wordStart = m.Range.End - word.Length;
            if (wordStart - m.Range.Start < 2 || string.CompareOrdinal(text, wordStart, word, 0, word.Length) != 0)
            {
                continue;
            }

            for (var end = m.Range.End + 1; end <= Math.Min(text.Length, m.Range.End + 6); end++)
            {
                if (titles.MatchEndingAt(text, end) is { } title && end - title.Length == wordStart)
                {
                    return m with { Range = new TextRange(m.Range.Start, wordStart) };
                }
            }
        }

        // 海航董事长兼|总裁陈峰: an organisation read with an office and 兼 is the organisation before the office.
        if (m.Range.Length > 3 && text[m.Range.End - 1] == '兼' && titles.MatchEndingAt(text, m.Range.End - 1) is { } office
            && m.Range.End - 1 - office.Length - m.Range.Start >= 2)
        {
            return m with { Range = new TextRange(m.Range.Start, m.Range.End - 1 - office.Length) };
        }

        return m;
    }

    /// <summary>
    /// <c>江西省余干县</c>, <c>仁寿县高家乡英头村</c>, <c>北京麻雀瓦舍</c>: places printed one after the other with nothing
    /// between, each inside the one before, are one address as written. Every level stays its own node (the news,
    /// and MSRA's annotators, name the parts), and the last, most specific place also takes the whole address as
    /// printed (<see cref="EntityRef.CompoundSurface"/>), a form readers and annotators (CLUENER) name it by. A place
    /// follows another as inside it when the gazetteer puts a place of its name under a place of the other's name,
    /// or when the gazetteer knows the first and not the second (a venue, street or village: <c>北京|麻雀瓦舍</c>).
    /// One-character short forms never chain (<c>中美</c> is two countries, not an address).
    /// </summary>
    private void MarkCompoundAddresses(string text, List<EntityRef> result)
    {
        if (places is null)
        {
            return;
        }

        for (var i = 0; i < result.Count; i++)
        {
            var last = i;
            while (last + 1 < result.Count && FollowsInside(result[last], result[last + 1]))
            {
                last++;
            }

            if (last > i)
            {
                var start = result[i].Range.Start;
                result[last] = result[last] with { CompoundSurface = text[start..result[last].Range.End] };
                i = last;
            }
        }
    }

    /// <summary>
    /// <c>北京市|海淀区教育局</c>, <c>日本|大阪造币厂</c>, <c>偃师市|中原电子电器厂</c>: an organisation printed right after its
    /// place (an address as <see cref="MarkCompoundAddresses"/> reads one, or a single place) keeps its own name and node,
    /// and also takes the whole as printed (<see cref="EntityRef.CompoundSurface"/>), the form annotators name it by
    /// (MSRA's dev pages: ORG 0.802 → 0.807; CLUENER's 0.768 → 0.775). One-character short forms (<c>中|日</c>) and
    /// venues (<c>五棵松体育馆|中国男篮</c>) are no such place.
    /// </summary>
    private void MarkPlacePrefixedOrganizations(string text, List<EntityRef> result)
    {
        for (var k = 1; k < result.Count; k++)
        {
            var organization = result[k];
            if (organization.Kind != EntityKind.Organization || organization.CompoundSurface is not null)
            {
                continue;
            }

            var first = k;
            while (first > 0 && result[first - 1] is { Kind: EntityKind.Place } place && place.Surface.Length >= 2 && place.FineType != "venue"
                   && place.Range.End == result[first].Range.Start && (first == k || (places is not null && FollowsInside(place, result[first]))))
            {
                first--;
            }

            if (first < k)
            {
                result[k] = organization with { CompoundSurface = text[result[first].Range.Start..organization.Range.End] };
            }
        }
    }

    /// <summary>
    /// <c>《当代》杂志</c>, <c>《诗探索》杂志</c>, <c>《科学通报》编辑部</c>: an organisation read as the whole of a title in 《》
    /// followed by a word of <c>periodical-titles.tsv</c> class after-title keeps its name and node (the periodical's
    /// title) and takes the title with its marks and that word as printed (<see cref="EntityRef.CompoundSurface"/>), the
    /// form readers and MSRA's annotators name it by.
    /// </summary>
    private void MarkTitledPeriodicals(string text, List<EntityRef> result)
    {
        for (var k = 0; k < result.Count; k++)
        {
            var organization = result[k];
            var (start, end) = (organization.Range.Start, organization.Range.End);
            if (organization.Kind != EntityKind.Organization || organization.CompoundSurface is not null
                || start == 0 || text[start - 1] != '《' || end >= text.Length || text[end] != '》')
            {
                continue;
            }

            var word = Array.Find(afterTitleWords, w => string.CompareOrdinal(text, end + 1, w, 0, w.Length) == 0);
            if (word is not null)
            {
                result[k] = organization with { CompoundSurface = text[(start - 1)..(end + 1 + word.Length)] };
            }
        }
    }

    private bool FollowsInside(EntityRef outer, EntityRef inner)
    {
        if (outer.Kind != EntityKind.Place || inner.Kind != EntityKind.Place || outer.Range.End != inner.Range.Start
            || outer.Surface.Length < 2 || inner.Surface.Length < 2)
        {
            return false;
        }

        return places!.HasName(inner.Surface) || places.HasName(inner.Surface + "镇") || places.HasName(inner.Surface + "乡")
            ? places.IsPrintedWithin(inner.Surface, outer.Surface)
            : places.HasName(outer.Surface);
    }

    /// <summary>
    /// A person named by the part of a foreign name after a name dot (<c>安南</c>, <c>阿尤布·汗</c>) is the one person of
    /// the article whose full name ends so (<c>科菲·安南</c>, <c>古哈尔·阿尤布·汗</c>): news names a foreigner in full
    /// once and by the surname after that. Two such persons (<c>戈登·布朗</c> and <c>马丁·布朗</c>) leave it alone, and
    /// a name that merely ends like another without a dot (<c>科维奇</c>, <c>德约科维奇</c>) is no surname of it.
    /// </summary>
    private static void LinkNameDotTails(List<EntityRef> result)
    {
        var dotted = result.Where(r => r.Kind == EntityKind.Person && r.Name.Contains('·', StringComparison.Ordinal))
            .Select(r => r.Name).Distinct(StringComparer.Ordinal).ToList();
        if (dotted.Count == 0)
        {
            return;
        }

        for (var i = 0; i < result.Count; i++)
        {
            var r = result[i];
            if (r.Kind != EntityKind.Person || r.Name.Length < 2)
            {
                continue;
            }

            var full = dotted.Where(d => d.Length > r.Name.Length + 1 && d.EndsWith(r.Name, StringComparison.Ordinal) && d[^(r.Name.Length + 1)] == '·').Take(2).ToList();
            if (full.Count == 1)
            {
                result[i] = r with { Name = full[0] };
            }
        }
    }

    /// <summary>
    /// One-character persons and places (<c>侯</c> in <c>侯老</c>, <c>中</c> and <c>日</c> in <c>中日</c>, <c>港</c>, <c>鲁</c>)
    /// are short forms, since a node named by one character tells a reader nothing. A place takes, in this order:
    /// the one full name of the article that <c>place-short-forms.tsv</c> gives for its character (<c>港</c> → 香港
    /// beside 香港特区); else the one place of the article that starts with the character (<c>日</c> → 日本); else,
    /// when a cue word binds it (<c>在京</c>, <c>美方</c>, see <see cref="IsBoundShortForm"/>), the list's full name if
    /// the list gives only one (<c>京</c> → 北京; <c>澳</c>, which is 澳门 or 澳大利亚, is dropped). A person takes the
    /// one person of the article whose name starts with the character (侯祥麟). The rest are dropped. Article names
    /// alone: MSRA dev pages PER 0.804 → 0.827, LOC 0.772 → 0.785, CLUENER dev unchanged; kept unlinked, the persons
    /// gave MSRA 0.843 but cost CLUENER 0.019. The list and its cues: MSRA dev pages LOC 0.789 → 0.805, CLUENER dev
    /// 0.499 → 0.497, seed pages unchanged.
    /// </summary>
    private void LinkOneCharacterShortForms(string text, List<EntityRef> result, IReadOnlySet<string> cityStems)
    {
        var full = result.Where(r => r.Kind != EntityKind.Organization && r.Surface.Length >= 2)
            .Select(r => (r.Kind, r.Name)).Distinct().ToList();
        for (var i = result.Count - 1; i >= 0; i--)
        {
            var r = result[i];
            if (r.Kind == EntityKind.Organization || r.Surface.Length != 1)
            {
                continue;
            }

            var listed = r.Kind == EntityKind.Place && names.PlaceShortForms.TryGetValue(r.Surface[0], out var forms)
                ? forms.Select(f => CanonicalPlace(f.Name, cityStems)).Distinct(StringComparer.Ordinal).ToList()
                : [];
            var bound = r.Kind == EntityKind.Place && listed.Count == 1 && IsBoundShortForm(text, r);
            if (!bound && r.Kind == EntityKind.Place && CountryOfPair(result, r) is { } country)
            {
                listed = [CanonicalPlace(country, cityStems)];
                bound = true;
            }

            var inArticle = listed.Where(l => full.Contains((r.Kind, l))).ToList();
            var startingWith = full.Where(f => f.Kind == r.Kind && f.Name[0] == r.Surface[0]).Select(f => f.Name).Distinct(StringComparer.Ordinal).Take(2).ToList();
            string? name = inArticle.Count == 1 ? inArticle[0]
                : inArticle.Count > 1 ? null
                : startingWith.Count == 1 ? startingWith[0]
                : startingWith.Count == 0 && bound ? listed[0]
                : null;
            if (name is not null)
            {
                result[i] = r with { Name = name };
            }
            else
            {
                result.RemoveAt(i);
            }
        }
    }

    /// <summary>
    /// Names a state's body (<c>外交部</c>, <c>内政部</c>: news-organizations.tsv, national and state-body) by its state, so that
    /// two countries' ministries are two nodes and one country's is one: a body printed after a short form of a country
    /// is named by the full country (<see cref="CountryOfShortForm"/>: <c>俄外交部</c> → 俄罗斯外交部, <c>美国务院</c> →
    /// 美国国务院, <c>土外交部</c> → 土耳其外交部 beside 土耳其); <c>中国外交部</c> → 外交部 and <c>中国全国政协</c> → 全国政协,
    /// the bare name being China's (news-organizations.tsv: national and china-body, after a china-name); and a bare one
    /// printed after a foreign country with only modifiers or link words between (<c>美国前国防部长</c>, <c>奥政府司法部长</c>,
    /// <c>乌克兰新任外交部长</c>) or after the country's office and 兼 (<c>马来西亚副总理兼财政部长</c>) → that country's
    /// (美国国防部). A bare body that China has not (<see cref="NameLexicon.ForeignStateBodies"/>: 国会, 内阁) with no country
    /// printed so is the one foreign country's the article names (泰国 … 国会通过 → 泰国国会); any other stays as named.
    /// </summary>
    private void QualifyStateBodies(string text, List<EntityRef> result)
    {
        var placeByEnd = new Dictionary<int, EntityRef>();
        foreach (var r in result.Where(r => r.Kind == EntityKind.Place))
        {
            placeByEnd.TryAdd(r.Range.End, r);
        }

        var articleCountries = result.Where(r => r.Kind == EntityKind.Place && world.IsCountry(r.Name))
            .Select(r => r.Name).Distinct(StringComparer.Ordinal).ToList();
        var foreignCountries = articleCountries.Where(IsForeignCountry).Take(2).ToList();
        for (var i = 0; i < result.Count; i++)
        {
            var r = result[i];
            if (r.Kind != EntityKind.Organization)
            {
                continue;
            }

            var name = r.Name;
            if (names.ChinaNames.FirstOrDefault(c => name.Length > c.Length && name.StartsWith(c, StringComparison.Ordinal)) is { } china
                && names.ChinaBodies.Contains(name[china.Length..]))
            {
                name = name[china.Length..];
            }
            else if (StateBodyAfterShortForm(name, articleCountries) is { } shortForm)
            {
                var body = name[shortForm.Length..];
                name = shortForm.Country == "中国" ? (names.NationalBodies.Contains(body) ? body : name) : shortForm.Country + body;
            }
            else if (names.StateBodies.Contains(name) && CountryBefore(text, r.Range.Start, placeByEnd) is { } country)
            {
                name = country + name;
            }
            else if (foreignCountries.Count == 1 && names.ForeignStateBodies.Contains(name))
            {
                name = foreignCountries[0] + name;
            }

            if (name != r.Name)
            {
                result[i] = r with { Name = name };
            }
        }
    }

    /// <summary>
    /// <c>给予齐齐哈尔市原市委书记王树斌</c>, <c>在文昌担任市委书记</c> on pages whose home is unknown: an organisation
    /// printed with a bare level (<c>市委</c>, <c>县委</c>, <c>省委</c>) that the home cannot expand is of the place of that
    /// level the sentence named last before it (齐齐哈尔市委), not one body of every article. Only the sentence: news
    /// pages that print one item a line (DuEE, MSRA) and places named as directions (往漳州方向) made the article's
    /// last place wrong about a third of the time. With none it stays as printed.
    /// </summary>
    private void NameBareLevelsByPlaceBefore(string text, List<EntityRef> result)
    {
        for (var i = 0; i < result.Count; i++)
        {
            var r = result[i];
            if (r.Kind != EntityKind.Organization || r.Name.Length < 2 || r.Name != r.Surface)
            {
                continue;
            }

            var level = r.Name[0];
            if (!IsUnexpandedBareLevel(r.Name))
            {
                continue;
            }

            var sentenceStart = TextSpans.SentenceStart(text, r.Range.Start);
            var place = result.Where(e => e.Kind == EntityKind.Place && e.Range.Start >= sentenceStart && e.Range.End <= r.Range.Start
                    && e.Name.Length >= 3 && e.Name[^1] == level
                    && !HomeReferenceStarts.Contains(e.Name[0]))
                .OrderBy(e => e.Range.End).LastOrDefault();
            if (place is not null)
            {
                result[i] = r with { Name = place.Name + r.Name[1..] };
            }
        }

        NameBareLevelsByTheArticlesOnePlace(text, result);
    }

    /// <summary>
    /// <c>市委、市政府决定</c>, <c>县委扩大会议</c> with no place of that level in the sentence, in an article that names one
    /// city (<c>平顶山市</c>: a place of the gazetteer ending in 市) or one county (新河县, 沛县) and no committee of another
    /// (<c>廊坊市委</c> beside 东莞市, <c>共青团衡阳市委</c> beside 重庆): the bare 市 or 县 body is that place's (平顶山市委),
    /// when the article prints the place's name twice or more (in 平顶山市 or 平顶山市公安局 alike). Printed once, the
    /// place was of another story of a MSRA page (在北京宣布 beside Moscow's 市政府新闻处) on 3 of 10 bodies read.
    /// Provinces were read so too and were 11 of 14 right on the MSRA pages (辽宁 for the 省委 that investigated
    /// 齐齐哈尔's 王树斌, 安徽省委 for 民盟安徽省委): not kept.
    /// </summary>
    private void NameBareLevelsByTheArticlesOnePlace(string text, List<EntityRef> result)
    {
        foreach (var level in ArticleLevels)
        {
            var bare = Enumerable.Range(0, result.Count).Where(i => result[i] is { Kind: EntityKind.Organization } r && r.Name.Length >= 2
                && r.Name[0] == level && r.Name == r.Surface && IsUnexpandedBareLevel(r.Name)).ToList();
            if (bare.Count == 0)
            {
                continue;
            }

            var committees = result.Where(e => e.Kind == EntityKind.Organization && e.Name.Length >= 4 && e.Name.EndsWith(level + "委", StringComparison.Ordinal))
                .Select(e => KnownPlaceEnding(e.Name[..^1], level));
            var named = result.Where(e => e.Kind == EntityKind.Place && e.Name.Length >= 2 && e.Name[^1] == level
                    && !HomeReferenceStarts.Contains(e.Name[0]) && (places?.HasName(e.Name) ?? true))
                .Select(e => e.Name).Concat(committees).Distinct(StringComparer.Ordinal).Take(2).ToList();
            if (named is [var only] && (places?.HasName(only) ?? true) && Printings(text, only.Length > 2 ? only[..^1] : only) >= MinPrintings)
            {
                foreach (var i in bare)
                {
                    result[i] = result[i] with { Name = only + result[i].Name[1..] };
                }
            }
        }
    }

    /// <summary>
    /// The place a committee's name is of (<c>共青团衡阳市</c> → 衡阳市, <c>华县县</c> → 华县): its longest ending the gazetteer
    /// knows as a place of that level; the name as printed when none.
    /// </summary>
    private string KnownPlaceEnding(string name, char level)
    {
        if (name.Length >= 3 && name[^2] == level)
        {
            name = name[..^1];
        }

        for (var start = 0; places is not null && start <= name.Length - 2; start++)
        {
            if (name[^1] == level && places.HasName(name[start..]))
            {
                return name[start..];
            }
        }

        return name;
    }

    private static int Printings(string text, string name)
    {
        var count = 0;
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>How often the article must print its one place for its bare bodies to be that place's.</summary>
    private const int MinPrintings = 2;

    /// <summary>The levels <see cref="NameBareLevelsByTheArticlesOnePlace"/> reads: 市 and 县.</summary>
    private static readonly char[] ArticleLevels = ['市', '县'];

    /// <summary>
    /// Whether <paramref name="name"/> opens with a bare level the home cannot expand: 市 or 省 as <see cref="HomeContext.CannotExpand"/>
    /// says, or 县 on pages of no home city (a county's committee is then of no county a reader can tell).
    /// </summary>
    private bool IsUnexpandedBareLevel(string name) => name.Length >= 2 && (name[0] == '县' ? home.City is null : home.CannotExpand(name));

    /// <summary>First characters of references to a place rather than names (<c>全市</c>, <c>本省</c>, <c>该县</c>).</summary>
    private const string HomeReferenceStarts = "我本全该各外";

    /// <summary>
    /// The short form of a country that <paramref name="name"/> opens with before a state's body (<c>俄|外交部</c>,
    /// <c>埃塞|外交部</c>, <c>美|国务院</c>: one or two characters that are no country themselves), and the country it
    /// stands for (<see cref="CountryOfShortForm"/>); null when the name is no such body or the short form stands for no
    /// one country.
    /// </summary>
    private (int Length, string Country)? StateBodyAfterShortForm(string name, IReadOnlyList<string> articleCountries)
    {
        for (var length = 1; length <= MaxCountryShortForm && name.Length > length + 1; length++)
        {
            var shortForm = name[..length];
            if (names.StateBodies.Contains(name[length..]) && !world.IsCountry(shortForm) && CountryOfShortForm(shortForm, articleCountries) is { } country)
            {
                return (length, country);
            }
        }

        return null;
    }

    /// <summary>The longest short form of a country read before a state's body (<c>埃塞</c> of 埃塞俄比亚).</summary>
    private const int MaxCountryShortForm = 2;

    /// <summary>
    /// The country <paramref name="shortForm"/> stands for before a state's body: the one country or region
    /// place-short-forms.tsv gives for a character (<c>俄</c> → 俄罗斯, <c>中</c> → 中国, <c>印</c> → 印度); else the one
    /// country of the article that starts with it (<c>土</c> → 土耳其, <c>孟</c> → 孟加拉国, <c>埃塞</c> → 埃塞俄比亚,
    /// <c>阿</c> → 阿尔巴尼亚 where no other country of the article starts with 阿). Province and city short forms (京,
    /// 沪) are no country's; nor is a short form of no country the article names: the world's one country that starts
    /// with two characters was read too, and made Brazil's 联邦卫生部 West Germany's (联邦德国) on a CEC page.
    /// </summary>
    private string? CountryOfShortForm(string shortForm, IReadOnlyList<string> articleCountries)
    {
        if (shortForm.Length == 1 && CountryOrRegion(shortForm[0]) is { } listed)
        {
            return listed;
        }

        var inArticle = articleCountries.Where(c => c.Length > shortForm.Length && c.StartsWith(shortForm, StringComparison.Ordinal)).Take(2).ToList();
        return inArticle.Count == 1 ? inArticle[0] : null;
    }

    /// <summary>
    /// The foreign country printed before <paramref name="at"/>, with only title modifiers and state-body links between
    /// (<c>美国前|国防部</c>), or before an office of it joined by 兼 (<c>马来西亚副总理兼|财政部</c>); else null.
    /// </summary>
    private string? CountryBefore(string text, int at, Dictionary<int, EntityRef> placeByEnd)
    {
        var end = SkipLinks(text, at);
        if (placeByEnd.TryGetValue(end, out var place) && IsForeignCountry(place.Name))
        {
            return place.Name;
        }

        if (at > 0 && text[at - 1] == '兼' && titles.MatchEndingAt(text, at - 1) is { } office)
        {
            end = SkipLinks(text, at - 1 - office.Length);
            if (placeByEnd.TryGetValue(end, out place) && IsForeignCountry(place.Name))
            {
                return place.Name;
            }
        }

        return null;
    }

    private int SkipLinks(string text, int end)
    {
        while (names.StateBodyLinks.Concat(titles.Prefixes).FirstOrDefault(w => end >= w.Length && string.CompareOrdinal(text, end - w.Length, w, 0, w.Length) == 0) is { } word)
        {
            end -= word.Length;
        }

        return end;
    }

    /// <summary>
    /// A one-character place whose full name the article does not print stands for that place only when a cue word
    /// of <c>place-short-forms.tsv</c> binds it (<c>在京</c>, <c>访华</c>, <c>驻港</c>, <c>港商</c>, <c>美方</c>): 港
    /// alone is as often a port (<c>陆港</c>, <c>强港</c>). A short form beside another (<c>港澳台侨</c>, <c>中美</c>)
    /// was measured as a cue too: MSRA dev pages LOC 0.805 → 0.811, CLUENER dev 0.497 → 0.495, and the seed pages'
    /// places 0.947 → 0.923, whose annotators read <c>港澳台侨</c> as a term, not three places; not kept. Countries and
    /// regions beside each other are (<see cref="CountryOfPair"/>: MSRA dev pages LOC 0.835 → 0.839, CLUENER dev
    /// 0.509 → 0.507 for <c>欧美</c> it leaves unmarked, seed pages unchanged).
    /// </summary>
    private bool IsBoundShortForm(string text, EntityRef place)
    {
        var start = place.Range.Start;
        var end = place.Range.End;
        if (OpensRouteName(text, end))
        {
            // 在沪昆高速金华段: the cue is the route's, and the route is no mention of Shanghai.
            return false;
        }

        return (start > 0 && names.ShortFormCuesBefore.Contains(text[start - 1])) || (end < text.Length && names.ShortFormCuesAfter.Contains(text[end]));
    }

    /// <summary>Whether a route word (<c>place-short-forms.tsv</c>, route) starts one or two characters after <paramref name="end"/>.</summary>
    private bool OpensRouteName(string text, int end)
    {
        for (var gap = 1; gap <= 2 && end + gap < text.Length; gap++)
        {
            if (!HanScript.IsHan(text[end + gap - 1]))
            {
                return false;
            }

            foreach (var word in names.RouteWords)
            {
                if (string.CompareOrdinal(text, end + gap, word, 0, word.Length) == 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The country a one-character place names when it stands beside another one-character country or region of the
    /// list that is read as a place too (<c>中英</c>联合声明, <c>中美</c>关系, <c>中非</c>合作): bilateral phrases name
    /// countries, and the pair reads <c>澳</c> as 澳大利亚 rather than 澳门. Provinces are not paired (the seed annotators
    /// read <c>港澳台侨</c> as a term, see <see cref="IsBoundShortForm"/>). Null when the character has no single
    /// country or region in the list.
    /// </summary>
    private string? CountryOfPair(List<EntityRef> refs, EntityRef place)
    {
        var country = CountryOrRegion(place.Surface[0]);
        if (country is null)
        {
            return null;
        }

        foreach (var other in refs)
        {
            if (other.Kind == EntityKind.Place && other.Surface.Length == 1
                && (other.Range.End == place.Range.Start || other.Range.Start == place.Range.End)
                && CountryOrRegion(other.Surface[0]) is not null)
            {
                return country;
            }
        }

        return null;
    }

    private bool IsForeignCountry(string name) => name.Length == 1
        ? CountryOrRegion(name[0]) is { } country && country != "中国"
        : world.IsCountry(name) && !names.ChinaNames.Contains(name, StringComparer.Ordinal);

    private string? CountryOrRegion(char shortForm)
    {
        if (!names.PlaceShortForms.TryGetValue(shortForm, out var forms))
        {
            return null;
        }

        var countries = forms.Where(f => f.Class is "country" or "region").Select(f => f.Name).ToList();
        return countries.Count == 1 ? countries[0] : null;
    }

    /// <summary>
    /// The one full name among <paramref name="fullNames"/> that <paramref name="shortName"/> abbreviates, or null: the
    /// short form keeps the full name's first two characters and its head noun (the organisation ending), and its
    /// other characters appear in the full name in order. Two full names that fit leave it alone, as does a short
    /// form of another company that only shares the head noun (<c>吉利工厂</c> is no short form of 领克汽车义乌工厂), and
    /// a unit named after the short name is its part, not its full name (<c>太平洋保险公司桂林分公司</c>, <c>国家工商局公平交易局</c>).
    /// </summary>
    public string? ShortFormOf(string shortName, IReadOnlyList<string> fullNames)
    {
        ArgumentNullException.ThrowIfNull(shortName);
        ArgumentNullException.ThrowIfNull(fullNames);
        var head = names.OrganizationSuffixOf(shortName);
        if (head is null || shortName.Length < 4 || shortName.Length - head.Length < 2)
        {
            return null;
        }

        var fits = fullNames.Where(n => n.Length > shortName.Length && n.EndsWith(head, StringComparison.Ordinal)
            && string.CompareOrdinal(n, 0, shortName, 0, 2) == 0 && TextSpans.IsSubsequence(shortName, n)
            && !(n.StartsWith(shortName, StringComparison.Ordinal) && units.BodyLength(n, out _) == shortName.Length)).Take(2).ToList();
        return fits.Count == 1 ? fits[0] : null;
    }

    /// <summary>
    /// The canonical name of a place printed <paramref name="surface"/>: a home reference's place, a province's or a
    /// city's full name, a bare division's full name, chosen among the divisions of that name by the places the article
    /// establishes (<paramref name="anchors"/>, <see cref="PlaceDirectory.Anchors"/>) and the place printed right
    /// before it (<paramref name="printedBefore"/>, 深圳 of 深圳龙岗) when given.
    /// </summary>
    public string CanonicalPlace(string surface, IReadOnlySet<string> cityStems, IReadOnlyList<string>? anchors = null, string? printedBefore = null)
    {
        ArgumentNullException.ThrowIfNull(surface);
        ArgumentNullException.ThrowIfNull(cityStems);
        if (home.Resolve(surface) is { } h)
        {
            return h;
        }

        if (names.Provinces.Contains(surface))
        {
            return places?.FullName(surface) is { } province && province.StartsWith(surface, StringComparison.Ordinal) ? province : HomeContext.CanonicalProvince(surface);
        }

        if (cityStems.Contains(surface))
        {
            return surface + "市";
        }

        // 香港特区, 澳门特区: 特区 is the customary short form of 特别行政区, so these are the two province-level divisions,
        // not places of their own (26 place mentions on the 1,050 MSRA pages, two nodes apart from them before). 深圳特区,
        // the economic zone, is no 特别行政区 and stays as printed.
        if (surface.Length > 2 && surface.EndsWith(SpecialRegionShortEnding, StringComparison.Ordinal)
            && places?.FullName(surface[..^SpecialRegionShortEnding.Length]) is { } region
            && region == surface[..^SpecialRegionShortEnding.Length] + SpecialRegionEnding)
        {
            return region;
        }

        // 杭州西湖岳飞墓: a lake, mountain or site whose name a district took is that landmark when printed bare, even
        // right after the district's city, so the article's places do not make it the district (news-places.tsv, landmark).
        var full = anchors is null || names.Landmarks.Contains(surface) ? places?.FullName(surface) : places?.FullNameIn(surface, anchors, printedBefore);
        return full is not null && full.StartsWith(surface, StringComparison.Ordinal) ? full : surface;
    }

    private bool IsPlaceName(string name, IReadOnlySet<string> cityStems) =>
        cityStems.Contains(name) || places?.FullName(name) is not null || names.PlaceSuffixOf(name) is not null;

    /// <summary>
    /// 杭州中院 → 杭州市中级人民法院, 市检察院 → 义乌市人民检察院 (<c>organization-short-endings.tsv</c>): a short ending
    /// after a place is the body every place of that name has, named by the place's full name and the full ending.
    /// </summary>
    private string WithFullEnding(string name, IReadOnlySet<string> cityStems)
    {
        foreach (var (shortEnding, fullEnding) in names.OrganizationShortEndings)
        {
            if (name.Length > shortEnding.Length && name.EndsWith(shortEnding, StringComparison.Ordinal))
            {
                var place = name[..^shortEnding.Length];
                return IsPlaceName(place, cityStems) || home.Resolve(place) is not null ? CanonicalPlace(place, cityStems) + fullEnding : name;
            }
        }

        return name;
    }

    private string CanonicalOrganization(FactMention m, string surface, Recognition.DefinedShortNames defined, IReadOnlyDictionary<string, string> abbreviations, IReadOnlySet<string> cityStems)
    {
        // 义乌公安 → 义乌市公安局 (PatternMentionSource.PoliceShortForms), only where what precedes 公安 is a place:
        // an organisation from another source that merely ends in 公安 keeps its name.
        if (surface.Length > 2 && surface.EndsWith(PatternMentionSource.PoliceWord, StringComparison.Ordinal) && IsPlaceName(surface[..^2], cityStems))
        {
            return CanonicalPlace(surface[..^2], cityStems) + "公安局";
        }

        // 义乌市海内外高层次人才联谊会（以下简称“海高会”）广东分会: a branch printed after the definition.
        if (defined.StatedEndingAt(m.Range.Start) is { } parent && abbreviations.TryGetValue(parent, out var parentOfBranch))
        {
            return parentOfBranch + surface;
        }

        if (abbreviations.TryGetValue(surface, out var full))
        {
            return full;
        }

        if (names.OrganizationShortForms.TryGetValue(surface, out var listed))
        {
            return listed.Name;
        }

        if (names.CompanySenses.Brands.TryGetValue(surface, out var company))
        {
            // 苹果 read as the company (company-senses.tsv) is 苹果公司, as the news names it in full.
            return company;
        }

        foreach (var (shortName, fullName) in abbreviations)
        {
            // 宁德时代新能源科技股份有限公司（以下简称“宁德时代”）: the full name itself holds the short one.
            var at = surface.Contains(fullName, StringComparison.Ordinal) ? -1 : surface.IndexOf(shortName, StringComparison.Ordinal);
            if (at >= 0)
            {
                var prefix = surface[..at];
                if (prefix.Length == 0 || fullName.StartsWith(prefix, StringComparison.Ordinal) || prefix == home.City)
                {
                    return fullName + surface[(at + shortName.Length)..];
                }
            }
        }

        return home.Expand(surface) ?? surface;
    }
}
