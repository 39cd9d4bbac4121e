using YiwuGraph.Extraction.Gazetteer;

namespace YiwuGraph.Extraction.Facts;

/// <summary>
/// What the place gazetteer tells the fact extractors: the full name of a bare administrative name
/// (<c>金华</c> → <c>金华市</c>, preferring places under the home city's province, or, in an article, the division
/// nearest the places the article names unambiguously) and whether one place is the parent division of another.
/// Only provinces, cities and counties are looked up by bare name, the levels whose short forms are customary in
/// the news.
/// </summary>
public sealed class PlaceDirectory
{
    private readonly PlaceGazetteer gazetteer;
    private readonly string? nearId;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> fullNames = new(StringComparer.Ordinal);

    public PlaceDirectory(PlaceGazetteer gazetteer, HomeContext home)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(home);
        this.gazetteer = gazetteer;
        var province = home.Province is null ? null : gazetteer.Find(home.Province).FirstOrDefault(p => p.Level == PlaceLevel.Province);
        nearId = province?.Id;
    }

    /// <summary>True when the gazetteer has any place printed as <paramref name="surface"/> (a cheap first test).</summary>
    public bool HasName(string surface) => gazetteer.Names.ContainsKey(surface);

    /// <summary>The full name of a province, city or county named <paramref name="surface"/>, or null.</summary>
    public string? FullName(string surface)
    {
        ArgumentNullException.ThrowIfNull(surface);
        // Looked up for most words of every article; the answer never changes, so it is kept (thread-safe).
        return fullNames.GetOrAdd(surface, s => Best(s)?.Name);
    }

    /// <summary>
    /// The paper's home as <see cref="Anchors"/>: its city, else its province; none when it has neither. They decide a
    /// shared name the article's own places leave open (<see cref="Locate"/>: 苏溪镇 on a Yiwu paper's page).
    /// </summary>
    public IReadOnlyList<string> HomeAnchors(HomeContext home)
    {
        ArgumentNullException.ThrowIfNull(home);
        return (home.City ?? home.Province) is { } seat ? Anchors([seat]) : [];
    }

    /// <summary>
    /// The places an article establishes (ids): those of its place mentions <paramref name="surfaces"/> that name one
    /// province, city or county only (<c>沈阳市</c>, <c>辽宁</c>, <c>香港</c>, <c>大埔区</c>; not <c>朝阳区</c>, which
    /// names districts of Beijing and of Changchun). They decide the names that several divisions share
    /// (<see cref="FullNameIn"/>).
    /// </summary>
    public IReadOnlyList<string> Anchors(IEnumerable<string> surfaces)
    {
        ArgumentNullException.ThrowIfNull(surfaces);
        var anchors = new List<string>();
        foreach (var surface in surfaces.Distinct(StringComparer.Ordinal))
        {
            if (gazetteer.Find(surface).Where(IsNamedLevel).Take(2).ToList() is [var only] && !anchors.Contains(only.Id))
            {
                anchors.Add(only.Id);
            }
        }

        anchors.Sort(StringComparer.Ordinal);
        return anchors;
    }

    /// <summary>
    /// <paramref name="anchors"/> (<see cref="Anchors"/>) with the provinces, cities and counties of shared names that
    /// the article resolved (<paramref name="resolved"/>, <see cref="Locate"/>): 朝阳区 printed after 北京市 is Beijing's,
    /// and then decides a town or street of Beijing's 朝阳区 as an unambiguous county name would (<see cref="Decides"/>).
    /// The same list when they add none.
    /// </summary>
    public IReadOnlyList<string> WithResolvedDivisions(IReadOnlyList<string> anchors, IEnumerable<ResolvedPlace> resolved)
    {
        ArgumentNullException.ThrowIfNull(anchors);
        ArgumentNullException.ThrowIfNull(resolved);
        var added = resolved.Where(p => p.SharedName && !anchors.Contains(p.Code) && gazetteer.FindById(p.Code) is { } place && IsNamedLevel(place))
            .Select(p => p.Code).Distinct(StringComparer.Ordinal).ToList();
        if (added.Count == 0)
        {
            return anchors;
        }

        added.AddRange(anchors);
        added.Sort(StringComparer.Ordinal);
        return added;
    }

    /// <summary>True when some place whose official name is <paramref name="name"/> is a province, city or county.</summary>
    public bool IsDivisionName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Named(name).Any(IsNamedLevel);
    }

    /// <summary>
    /// The full name of a province, city or county named <paramref name="surface"/> in an article that establishes
    /// <paramref name="anchors"/> (<see cref="Anchors"/>): of the divisions of that name, the one in the same city as
    /// an anchor, else in the same province, else what <see cref="FullName(string)"/> says (the home province's, else
    /// the higher level). A two-character name that no division of that name fits is a district (区) of a
    /// province-level anchor (北京, 上海, 重庆, 香港) or of the city printed right before it
    /// (<paramref name="printedBefore"/>): 朝阳 in a Beijing story is 朝阳区, not Liaoning's 朝阳市; 大埔 in a Hong Kong
    /// story 大埔区, not Guangdong's 大埔县; 深圳龙岗 龙岗区. A city named elsewhere in the article does not make one of
    /// its districts' names the district: those are as often regions, lakes and mountains (江南 in a weather report
    /// that lists 南宁, 中原 beside 郑州, 天山 beside 乌鲁木齐, 古都长安 after 西安; MSRA pages).
    /// </summary>
    public string? FullNameIn(string surface, IReadOnlyList<string> anchors, string? printedBefore = null)
    {
        ArgumentNullException.ThrowIfNull(surface);
        ArgumentNullException.ThrowIfNull(anchors);
        var fallback = FullName(surface);
        if (anchors.Count == 0)
        {
            return fallback;
        }

        if (Nearest(surface, anchors) is { } nearest)
        {
            return nearest.Name;
        }

        if (surface.Length == 2 && !surface.EndsWith('区'))
        {
            var before = printedBefore is null ? null : Best(printedBefore);
            foreach (var district in gazetteer.Find(surface + "区"))
            {
                if (district.Level == PlaceLevel.County && district.ParentId is { } parent
                    && (before?.Id == parent || (anchors.Contains(parent) && gazetteer.FindById(parent) is { Level: PlaceLevel.Province })))
                {
                    return district.Name;
                }
            }
        }

        return fallback;
    }

    /// <summary>
    /// True when <paramref name="surface"/> is known only as a county-level place: such short names (<c>安宁</c>,
    /// <c>永康</c>) are often ordinary words too, so they count as places only where the text treats them as one.
    /// </summary>
    public bool IsCountyOnly(string surface)
    {
        ArgumentNullException.ThrowIfNull(surface);
        return Best(surface) is { Level: PlaceLevel.County };
    }

    /// <summary>
    /// True when a place printed <paramref name="name"/>, as it is or as a town's bare name (西塘 for 西塘镇, 乌镇 for
    /// 乌镇镇), lies under the province or city that <paramref name="parentSurface"/> names (嘉兴, 山东). Bare county
    /// names are left out: after a city they are as often a lake, a brand or a flower (杭州西湖, 菏泽牡丹, 云南红塔).
    /// </summary>
    public bool IsWithin(string name, string parentSurface)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(parentSurface);
        if (Best(parentSurface) is not { } parent)
        {
            return false;
        }

        foreach (var candidate in (string[])[name, name + "镇", name + "乡"])
        {
            foreach (var place in gazetteer.Find(candidate))
            {
                if (place.Id != parent.Id && gazetteer.IsUnder(place, parent.Id))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// True when some place printed <paramref name="child"/> (or, for a town's bare name, with 镇 or 乡) lies under some
    /// place printed <paramref name="parent"/>, at any level, foreign places included: what two place names printed
    /// side by side (<c>江西省余干县</c>, <c>摩洛哥卡萨布兰卡</c>) need to read as one address, where the text itself
    /// already says which of the places of a name is meant.
    /// </summary>
    public bool IsPrintedWithin(string child, string parent)
    {
        ArgumentNullException.ThrowIfNull(child);
        ArgumentNullException.ThrowIfNull(parent);
        var parents = gazetteer.Find(parent);
        if (parents.Count == 0)
        {
            return false;
        }

        foreach (var candidate in (string[])[child, child + "镇", child + "乡"])
        {
            foreach (var place in gazetteer.Find(candidate))
            {
                foreach (var p in parents)
                {
                    if (place.Id != p.Id && gazetteer.IsUnder(place, p.Id))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>
    /// True when a place printed <paramref name="parent"/> lies above the place of <paramref name="code"/> (a
    /// <see cref="ResolvedPlace.Code"/>): one the gazetteer names so at any level (兴安盟 above 阿尔山市, 余杭 for 余杭区
    /// above 仁和街道), or an autonomous prefecture printed by its customary short name, its first characters and 州
    /// (凉山州 for 凉山彝族自治州, which the gazetteer does not list).
    /// </summary>
    public bool IsAbove(string parent, string code)
    {
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentNullException.ThrowIfNull(code);
        if (gazetteer.FindById(code) is not { } place)
        {
            return false;
        }

        // 余杭仁和街道: a district is printed by its name without 区 too, which the gazetteer lists for no district.
        IReadOnlyList<GazetteerPlace> named = parent.Length == 2 ? [.. gazetteer.Find(parent), .. gazetteer.Find(parent + DistrictEnding)] : gazetteer.Find(parent);
        for (var p = gazetteer.Parent(place); p is not null; p = gazetteer.Parent(p))
        {
            if (named.Contains(p) || (parent.Length >= 3 && parent[^1] == PrefectureShortEnding && p.Name.EndsWith(PrefectureEnding, StringComparison.Ordinal)
                && p.Name.StartsWith(parent[..^1], StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The ending of an autonomous prefecture's name (凉山彝族自治州) and of its customary short name (凉山州).</summary>
    private const string PrefectureEnding = "自治州";

    private const char PrefectureShortEnding = '州';

    private const string DistrictEnding = "区";

    /// <summary>
    /// True when the gazetteer lists <paramref name="parent"/> as the division directly above <paramref name="child"/>:
    /// above the division of that name nearest to the article's <paramref name="anchors"/> (<see cref="Anchors"/>) when
    /// one is (和平区 beside 沈阳市 is Shenyang's, not Tianjin's), else above the one <see cref="FullName(string)"/> takes.
    /// </summary>
    public bool IsDirectParent(string child, string parent, IReadOnlyList<string>? anchors = null)
    {
        var c = (anchors is null ? null : Nearest(child, anchors)) ?? Best(child);
        if (c is null)
        {
            return false;
        }

        var p = gazetteer.Parent(c);
        return p is not null && p.Name == parent;
    }

    /// <summary>
    /// The gazetteer place that a place's canonical <paramref name="name"/> denotes in an article that establishes
    /// <paramref name="anchors"/> (<see cref="Anchors"/> of the article's place mentions, as the linker finds them), or null.
    /// Only places whose official name is <paramref name="name"/> count, and a division the gazetteer lists again under
    /// itself (东莞市, the city and its county-level entry) is one place, the upper. A name of one place is that place
    /// (<see cref="ResolvedPlace.SharedName"/> false), unless it is a town or village the text prints inside a division
    /// it is not under, and a
    /// village or a site only where the article puts it in its county, as a shared name's must be (the gazetteer lists
    /// few provinces' villages). A name of several is the one that lies deepest under a place it
    /// shares with an anchor: their common division nearest the anchor (朝阳区 beside 长春市 is Changchun's, whose common
    /// division with the anchor is the city, not Beijing's, whose common division with 长春市 is none; 城关镇 beside a
    /// county is that county's). When the anchors tie or touch no candidate, <paramref name="fallbackAnchors"/> (the
    /// paper's home) decide the same way; when those do not either, null: the article does not say which place it is.
    /// </summary>
    public ResolvedPlace? Locate(string name, IReadOnlyList<string> anchors, IReadOnlyList<string>? fallbackAnchors = null, IReadOnlyList<string>? printedIn = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(anchors);
        var candidates = Named(name);
        if (candidates.Count == 0)
        {
            return null;
        }

        // 临沂市罗庄镇: printed inside a place the gazetteer knows, the name is one of the places of that name under it;
        // where the gazetteer has none there (the town became a street), it is none of those elsewhere either. A place
        // printed before that the gazetteer does not know (胶南市, since merged into a district) says nothing.
        var within = printedIn is null ? [] : printedIn.SelectMany(n => gazetteer.Find(n)).Distinct().ToList();
        if (candidates.Count == 1)
        {
            // The gazetteer lists the villages of a few provinces only, and sites (林业局, 山西铝厂) of fewer: that it has
            // one of a name says little (洋河村 of 庐江县 is not 温岭's), so such a place is the gazetteer's only where the
            // text prints it inside a place above it (北京大兴国际机场) or the article names a place of its county.
            // A town or village printed right after a division that the gazetteer does not put it under (东宝区姚河乡,
            // 张店区湖田镇, 桐乡乌镇: the gazetteer's are in other provinces, those were renamed or merged) is not the
            // gazetteer's either. Only below the county, where the gazetteer's one place of a name is often not the one
            // meant; a county or city printed after a place (中国黄石市) is rarely another of its name.
            var only = candidates[0];
            var divisions = within.Where(IsNamedLevel).ToList();
            if (!IsNamedLevel(only) && only.Level is not (PlaceLevel.Country or PlaceLevel.Foreign) && divisions.Count > 0
                && !divisions.Any(w => w.Id != only.Id && gazetteer.IsUnder(only, w.Id)))
            {
                return null;
            }

            var listed = only.Level is not (PlaceLevel.Village or PlaceLevel.Other)
                || within.Any(w => w.Id != only.Id && gazetteer.IsUnder(only, w.Id))
                || Deepest(candidates, anchors) is not null || (fallbackAnchors is not null && Deepest(candidates, fallbackAnchors) is not null);
            return listed ? new ResolvedPlace(only.Id, SharedName: false) : null;
        }

        if (within.Count > 0)
        {
            candidates = [.. candidates.Where(c => within.Any(w => w.Id != c.Id && gazetteer.IsUnder(c, w.Id)))];
            if (candidates.Count <= 1)
            {
                return candidates.Count == 0 ? null : new ResolvedPlace(candidates[0].Id, SharedName: true);
            }
        }

        var place = Deepest(candidates, anchors) ?? (fallbackAnchors is null ? null : Deepest(candidates, fallbackAnchors));
        return place is null ? null : new ResolvedPlace(place.Id, SharedName: true);
    }

    /// <summary>True when the gazetteer gives the official name <paramref name="name"/> to several places (<see cref="Locate"/>).</summary>
    public bool IsSharedName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Named(name).Count > 1;
    }

    /// <summary>
    /// The name and id of the place directly above the province, city or county of <paramref name="code"/> (the
    /// levels <see cref="IsDirectParent"/> reads), or above the town, street or village of <paramref name="code"/> (a
    /// place <see cref="Locate"/> resolved: 龙港镇 beside 阳新县 is Yangxin's, so 阳新县 is above it); null for another
    /// level or the top.
    /// </summary>
    public (string Name, string Code)? DivisionParentOf(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return gazetteer.FindById(code) is { } place && (IsNamedLevel(place) || IsSettlement(place)) && gazetteer.Parent(place) is { } parent
            ? (parent.Name, parent.Id) : null;
    }

    /// <summary>True when the place of <paramref name="code"/> is a town, street or village (below the county).</summary>
    public bool IsSettlement(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return gazetteer.FindById(code) is { } place && IsSettlement(place);
    }

    private static bool IsSettlement(GazetteerPlace place) => place.Level is PlaceLevel.Town or PlaceLevel.Street or PlaceLevel.Village;

    /// <summary>The places whose official name is <paramref name="name"/>, a division listed again under itself (东莞市) once.</summary>
    private List<GazetteerPlace> Named(string name)
    {
        var named = gazetteer.Find(name).Where(p => p.Name == name).ToList();
        return named.Count < 2 ? named : [.. named.Where(p => !named.Any(o => o.Id != p.Id && gazetteer.IsUnder(p, o.Id)))];
    }

    /// <summary>
    /// Of <paramref name="candidates"/>, the only one whose deepest division in common with some anchor that may decide
    /// it (<see cref="Decides"/>) is deeper than every other candidate's (<see cref="CommonDepth"/>); null when none
    /// shares such a division with an anchor or two tie.
    /// </summary>
    private GazetteerPlace? Deepest(IReadOnlyList<GazetteerPlace> candidates, IReadOnlyList<string> anchors)
    {
        var chains = anchors.Select(gazetteer.FindById).OfType<GazetteerPlace>().Select(Chain).ToList();
        if (chains.Count == 0)
        {
            return null;
        }

        GazetteerPlace? best = null;
        var bestDepth = 0;
        var tied = false;
        foreach (var candidate in candidates)
        {
            var own = Chain(candidate);
            var depth = 0;
            foreach (var chain in chains)
            {
                var common = CommonDepth(own, chain);
                if (common > depth && gazetteer.FindById(own[common - 1]) is { } shared && Decides(candidate, shared))
                {
                    depth = common;
                }
            }

            if (depth > bestDepth)
            {
                (best, bestDepth, tied) = (candidate, depth, false);
            }
            else if (depth == bestDepth && depth > 0)
            {
                tied = true;
            }
        }

        return tied ? null : best;
    }

    /// <summary>
    /// Whether a division <paramref name="common"/> that <paramref name="candidate"/> shares with an anchor decides it:
    /// for a province, city or county (or a foreign city) any, down to its province (鼓楼区 beside 福建 is Fuzhou's);
    /// for a town, street or village only its county or a place under it. A city has many towns and villages of one
    /// name, and the gazetteer, which lists the villages of a few provinces only and not every town renamed or merged,
    /// often has another in the same city than the one meant: 九龙镇 beside 岳池县 is not 邻水县's for sharing 广安市,
    /// nor 白沙镇 beside 汨罗市 常宁's for sharing 湖南省, nor 黑龙江省林口县太平村 永康's beside 武义县.
    /// </summary>
    private static bool Decides(GazetteerPlace candidate, GazetteerPlace common) =>
        IsNamedLevel(candidate) || candidate.Level is PlaceLevel.Country or PlaceLevel.Foreign
        || common.Level is not (PlaceLevel.Province or PlaceLevel.City or PlaceLevel.Country);

    /// <summary>The ids from the top division down to <paramref name="place"/>.</summary>
    private List<string> Chain(GazetteerPlace place)
    {
        var chain = new List<string>();
        for (var p = place; p is not null; p = gazetteer.Parent(p))
        {
            chain.Add(p.Id);
        }

        chain.Reverse();
        return chain;
    }

    /// <summary>
    /// How many divisions, from the top, the places of two <see cref="Chain"/>s have in common: 0 when none (different
    /// provinces or countries).
    /// </summary>
    private static int CommonDepth(List<string> own, List<string> anchorChain)
    {
        var depth = 0;
        while (depth < own.Count && depth < anchorChain.Count && own[depth] == anchorChain[depth])
        {
            depth++;
        }

        return depth;
    }

    private GazetteerPlace? Best(string name) => gazetteer.Find(name, nearId).FirstOrDefault(IsNamedLevel);

    /// <summary>Of the divisions named <paramref name="name"/>, the first that sits closest to an anchor (<see cref="Fit"/>), or null when none is near any.</summary>
    private GazetteerPlace? Nearest(string name, IReadOnlyList<string> anchors)
    {
        if (anchors.Count == 0)
        {
            return null;
        }

        GazetteerPlace? best = null;
        var bestFit = 0;
        foreach (var candidate in gazetteer.Find(name, nearId).Where(IsNamedLevel))
        {
            var fit = anchors.Max(a => Fit(candidate, a));
            if (fit > bestFit)
            {
                best = candidate;
                bestFit = fit;
            }
        }

        return best;
    }

    private static bool IsNamedLevel(GazetteerPlace place) => place.Level is PlaceLevel.Province or PlaceLevel.City or PlaceLevel.County;

    /// <summary>
    /// How closely <paramref name="candidate"/> sits to the anchor: 2 in the same city (the anchor itself, above it or
    /// under it, or under the anchor's city), 1 in the same province (under a province-level anchor too: 通州区 beside
    /// 北京 and 南通 is Nantong's, whose city the article names), 0 else.
    /// </summary>
    private int Fit(GazetteerPlace candidate, string anchorId)
    {
        if (gazetteer.FindById(anchorId) is not { } anchor)
        {
            return 0;
        }

        if (gazetteer.IsUnder(candidate, anchor.Id) || gazetteer.IsUnder(anchor, candidate.Id))
        {
            return anchor.Level == PlaceLevel.Province ? 1 : 2;
        }

        var city = Ancestor(anchor, PlaceLevel.City);
        if (city is not null && gazetteer.IsUnder(candidate, city.Id))
        {
            return 2;
        }

        var province = Ancestor(anchor, PlaceLevel.Province);
        return province is not null && gazetteer.IsUnder(candidate, province.Id) ? 1 : 0;
    }

    private GazetteerPlace? Ancestor(GazetteerPlace place, PlaceLevel level)
    {
        for (var p = place; p is not null; p = gazetteer.Parent(p))
        {
            if (p.Level == level)
            {
                return p;
            }
        }

        return null;
    }
}
