using YiwuGraph.Core;
using YiwuGraph.Extraction.Lexicons;
using YiwuGraph.Graph;

namespace YiwuGraph.Extraction.Facts;

/// <summary>
/// Relations stated in the text: <c>位于赤岸镇的领克汽车义乌工厂</c> (LOCATED_IN), place chains
/// <c>廿三里街道东莲塘村</c> (PART_OF, the smaller in the larger), branches of an association (PART_OF), and the
/// parties of each signing (SIGNED_WITH).
/// </summary>
public sealed class RelationExtractor
{
    private static readonly Lazy<RelationExtractor> Embedded = new(() => new RelationExtractor(LexiconSet.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The rules over the relation cues <paramref name="lexicons"/> lists (relation-cues.tsv).</summary>
    public RelationExtractor(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        locatedVerbs = [.. lexicons.RelationCues.WordsOf("located-verb").OrderByDescending(w => w.Length)];
        headquarters = [.. lexicons.RelationCues.WordsOf("headquarters")];
        locatedAfter = [.. lexicons.RelationCues.WordsOf("located-after").OrderByDescending(w => w.Length)];
        sideWords = lexicons.RelationCues.WordsOf("signing-side");
        counterparts = lexicons.RelationCues.WordsOf("signing-counterpart");
        chinaNames = lexicons.NewsOrganizations.WordsOf("china-name").ToHashSet(StringComparer.Ordinal);
        regions = lexicons.NewsPlaces.Entries.Where(e => e.Class == "region")
            .ToDictionary(e => e.Word, e => (IReadOnlyList<string>)(e.Note ?? "").Split('、', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.Ordinal);
        regionDirections = lexicons.NewsPlaces.WordsOf("compass").Concat(lexicons.NewsPlaces.WordsOf("region-direction")).ToHashSet(StringComparer.Ordinal);
        notRegions = lexicons.NewsPlaces.WordsOf("not-region").ToHashSet(StringComparer.Ordinal);
        provinceForms = lexicons.PlaceShortForms.Entries.Where(e => e.Class == "province" && e.Note is not null)
            .GroupBy(e => e.Word[0]).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.First().Note!);
    }

    /// <summary>Regions of China printed bare and the provinces they lie in (news-places.tsv region: 南疆 新疆, 中原 河南).</summary>
    private readonly Dictionary<string, IReadOnlyList<string>> regions;

    /// <summary>
    /// The words after a province's one-character short form that name a region of it (鄂|南, 桂|西, 冀|中; news-places.tsv
    /// compass and region-direction).
    /// </summary>
    private readonly IReadOnlySet<string> regionDirections;

    /// <summary>Names of a short form and a compass word that are no region of the province (京东: the area east of Beijing, beyond it; news-places.tsv not-region).</summary>
    private readonly IReadOnlySet<string> notRegions;

    /// <summary>
    /// The province each one-character short form stands for (place-short-forms.tsv province: 鄂 湖北); a character the
    /// file gives two provinces is left out.
    /// </summary>
    private readonly Dictionary<char, string> provinceForms;

    /// <summary>
    /// The provinces a region of China lies in, by their short names: a listed region (南疆, 中原, 华北), or a province's
    /// one-character short form and a compass word (鄂南, 桂西, 苏北, 豫西南); none for another name.
    /// </summary>
    private IReadOnlyList<string> RegionProvinces(string name)
    {
        if (regions.TryGetValue(name, out var provinces))
        {
            return provinces;
        }

        return name.Length is 2 or 3 && provinceForms.TryGetValue(name[0], out var province) && regionDirections.Contains(name[1..]) && !notRegions.Contains(name)
            ? [province] : [];
    }

    /// <summary>The names of China (news-organizations.tsv, china-name): 中国上海 is Shanghai in China.</summary>
    private readonly IReadOnlySet<string> chinaNames;

    /// <summary>The rules over the embedded lists.</summary>
    public static RelationExtractor Default => Embedded.Value;

    /// <summary><see cref="Default"/> for the embedded lists, else the rules over <paramref name="lexicons"/>.</summary>
    public static RelationExtractor For(LexiconSet lexicons) => lexicons == LexiconSet.Default ? Default : new RelationExtractor(lexicons);

    /// <summary>The relations between <paramref name="entities"/>; <paramref name="sentences"/> is the document's split
    /// of <paramref name="text"/>, or null to split here when a sentence is needed. <paramref name="placeAnchors"/> are
    /// the places the entities were resolved by (<see cref="EntityResolver.PlaceAnchors"/>), none when null.</summary>
    public IReadOnlyList<RelationFact> Find(string text, IReadOnlyList<EntityRef> entities, IReadOnlyList<EventFact> events, PlaceDirectory? places = null,
        IReadOnlyList<TextRange>? sentences = null, IReadOnlyList<string>? placeAnchors = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(events);
        var result = new List<RelationFact>();
        for (var i = 0; i < entities.Count; i++)
        {
            var a = entities[i];
            var b = i + 1 < entities.Count ? entities[i + 1] : null;
            if (b is null)
            {
                continue;
            }

            if (a.Kind == EntityKind.Place && b.Kind == EntityKind.Place && a.Range.End == b.Range.Start && a.FineType == "country" && b.FineType == "foreign")
            {
                // 巴西圣保罗: a foreign city printed after its country.
                result.Add(new RelationFact(RelationshipTypes.PartOf, b, a, new TextRange(a.Range.Start, b.Range.End), 0.85));
            }
            else if (a.Kind == EntityKind.Place && b.Kind == EntityKind.Place && a.Range.End == b.Range.Start && Level(a) < Level(b)
                && !IsUnknownAbove(a, b, places))
            {
                result.Add(new RelationFact(RelationshipTypes.PartOf, b, a, new TextRange(a.Range.Start, b.Range.End), 0.85));
            }
        }

        Located(text, entities, result);
        Branches(text, entities, result, sentences);
        if (places is not null)
        {
            Divisions(entities, places, placeAnchors ?? [], result);
            RegionsOfProvinces(entities, places, result);
        }

        foreach (var e in events.Where(e => e.Type == EventLexicon.Signing))
        {
            var parties = e.Participants.Where(p => p.Role == "signatory").Select(p => p.Entity).DistinctBy(p => p.Name).OrderBy(p => p.Range.Start).ToList();
            var at = e.Trigger.Length == 0 ? -1 : text.IndexOf(e.Trigger, e.Evidence.Start, e.Evidence.Length, StringComparison.Ordinal);
            Signings(text, parties, e.Evidence, at < 0 ? e.Evidence.End : at, result);
        }

        return result;
    }

    /// <summary>
    /// Whether <paramref name="above"/>, printed right before a place the gazetteer located (<paramref name="below"/>,
    /// <see cref="EntityRef.Place"/>), is a place of no level (no division ending, no country or region) that the
    /// gazetteer does not put above it: 灯市口朝阳胡同 read 朝阳 as Beijing's 朝阳区, and 灯市口, a street of 东城区, is
    /// not above it, nor is 人民大会堂 above 辽宁 or 齐鲁网 above 临沂. China (中国上海), an autonomous prefecture by
    /// its customary short name (凉山州会理县 for 凉山彝族自治州) and a region of China the gazetteer does not know
    /// (<see cref="RegionProvinces"/>: 南疆和田县, 鄂南通城, 中原郑州) are above what the gazetteer puts under them.
    /// </summary>
    private bool IsUnknownAbove(EntityRef above, EntityRef below, PlaceDirectory? places) =>
        places is not null && below.Place is { } place && Level(above) == 0 && above.FineType is not ("country" or "foreign" or "region" or "zone")
        && !chinaNames.Contains(above.Name) && !places.IsAbove(above.Name, place.Code)
        && !(above.Place is null && RegionProvinces(above.Name).Any(p => places.IsAbove(p, place.Code)));

    /// <summary>Verbs that say where an organisation is (<c>位于</c>, <c>坐落在</c>, <c>落户</c>; relation-cues.tsv, located-verb).</summary>
    private readonly string[] locatedVerbs;

    /// <summary>Words between an organisation and a located verb that make the place its seat (<c>总部</c>; relation-cues.tsv, headquarters).</summary>
    private readonly string[] headquarters;

    /// <summary>Words after a place that say which part of it (<c>西北部</c>, <c>境内</c>; relation-cues.tsv, located-after).</summary>
    private readonly string[] locatedAfter;

    /// <summary>How many characters may stand between 的 and the organisation it qualifies (<c>位于加拉加斯东部的著名啤酒厂</c>), or
    /// between a place and 的 besides a <see cref="locatedAfter"/> word.</summary>
    private const int MaxModifier = 4;

    /// <summary>
    /// <c>LOCATED_IN</c> stated with a located verb: <c>位于伦敦西北部的哈罗中学</c>, <c>位于首都比绍的陆军总司令部</c> (the
    /// last place between the verb and 的, followed at most by a part of it, and the organisation printed right after 的 or
    /// after a short modifier), <c>山西省临猗县卓里机械厂位于黄河大拐弯处</c>, <c>该公司总部设在纽约</c>, <c>继峰座椅义乌工厂落户义乌</c>
    /// (the organisation right before the verb, or before 总部 and the verb, and the place right after it, the last of a
    /// printed chain: 位于浙江义乌 gives 义乌).
    /// </summary>
    private void Located(string text, IReadOnlyList<EntityRef> entities, List<RelationFact> result)
    {
        foreach (var verb in locatedVerbs)
        {
            for (var at = text.IndexOf(verb, StringComparison.Ordinal); at >= 0; at = text.IndexOf(verb, at + verb.Length, StringComparison.Ordinal))
            {
                if (locatedVerbs.Any(v => v.Length > verb.Length && v.Contains(verb, StringComparison.Ordinal) && Covers(text, at, verb, v)))
                {
                    continue;
                }

                var after = at + verb.Length;
                var place = PlaceAfter(text, entities, after);
                if (place is null)
                {
                    continue;
                }

                var org = OrganizationBefore(text, entities, at) ?? OrganizationQualified(text, entities, place);
                if (org is not null && org.Name != place.Name)
                {
                    result.Add(new RelationFact(RelationshipTypes.LocatedIn, org, place, new TextRange(Math.Min(org.Range.Start, at), Math.Max(org.Range.End, place.Range.End)), 0.9));
                }
            }
        }
    }

    /// <summary>Whether the located verb at <paramref name="at"/> is part of the longer one <paramref name="longer"/> printed there.</summary>
    private static bool Covers(string text, int at, string verb, string longer)
    {
        var offset = longer.IndexOf(verb, StringComparison.Ordinal);
        var start = at - offset;
        return start >= 0 && string.CompareOrdinal(text, start, longer, 0, longer.Length) == 0;
    }

    /// <summary>The place printed right after a located verb (within two characters: 位于首都比绍), the last of a chain of places printed together.</summary>
    private static EntityRef? PlaceAfter(string text, IReadOnlyList<EntityRef> entities, int after)
    {
        var place = entities.FirstOrDefault(e => e.Kind == EntityKind.Place && e.Range.Start >= after && e.Range.Start <= after + 2
            && text.IndexOfAny(ClauseMarks, after, e.Range.Start - after) < 0);
        while (place is not null && entities.FirstOrDefault(e => e.Kind == EntityKind.Place && e.Range.Start == place.Range.End) is { } next)
        {
            place = next;
        }

        return place;
    }

    /// <summary>The organisation printed right before a located verb, or before 总部 and the verb (<c>该公司总部设在</c>: the
    /// verb is then 设在, 位于 or 在), with 的 allowed before 总部.</summary>
    private EntityRef? OrganizationBefore(string text, IReadOnlyList<EntityRef> entities, int at)
    {
        var org = entities.LastOrDefault(e => e.Kind == EntityKind.Organization && e.Range.End <= at && e.Range.End >= at - 4);
        if (org is null)
        {
            return null;
        }

        var gap = text[org.Range.End..at].TrimStart('的');
        return gap.Length == 0 || headquarters.Contains(gap) ? org : null;
    }

    /// <summary>The organisation that 位于 PLACE 的 qualifies (<c>位于伦敦西北部的哈罗中学</c>): after the place, at most a part
    /// word (<see cref="locatedAfter"/>) and <see cref="MaxModifier"/> other characters before 的, and the organisation within
    /// <see cref="MaxModifier"/> characters after it, with no pause between.</summary>
    private EntityRef? OrganizationQualified(string text, IReadOnlyList<EntityRef> entities, EntityRef place)
    {
        var de = text.IndexOf('的', place.Range.End, Math.Min(text.Length - place.Range.End, MaxModifier + 6));
        if (de < 0)
        {
            return null;
        }

        var between = text[place.Range.End..de];
        var part = locatedAfter.FirstOrDefault(w => between.StartsWith(w, StringComparison.Ordinal));
        if (between.Length - (part?.Length ?? 0) > (part is null ? 0 : MaxModifier) || between.IndexOfAny(ClauseMarks) >= 0)
        {
            return null;
        }

        var org = entities.FirstOrDefault(e => e.Range.Start > de && e.Range.Start <= de + 1 + MaxModifier);
        return org is { Kind: EntityKind.Organization } && text.IndexOfAny(ClauseMarks, de, org.Range.Start - de) < 0 ? org : null;
    }

    private static readonly char[] ClauseMarks = ['，', ',', '。', '；', ';', '：', ':', '、', '\n'];

    /// <summary>Words that join the two sides of a signing (<c>北约与俄罗斯签署</c>), strongest first: 与 and 同 before 和,
    /// which also joins the parties of one side (<c>中国化工进出口总公司与美国磷协及嘉吉、海德鲁公司签订</c>). A place printed
    /// after one is a party, not where the parties sign (<see cref="EventExtractor.IsVenue"/>).</summary>
    private readonly IReadOnlyList<string> sideWords;

    /// <summary>Words before the other side of a signing only (<c>与</c>: 都与中心签订); 和 and 同 (共同签署) also join co-signers
    /// (<c>…斯洛文尼亚和南非的外长也签署了这一倡议</c>). relation-cues.tsv, signing-counterpart.</summary>
    private readonly IReadOnlyList<string> counterparts;

    /// <summary>
    /// <c>SIGNED_WITH</c> between the parties of one signing (in text order). Where a side word splits them
    /// (<c>A与B、C签订</c>), each party of the first side signed with each of the second, not B with C; where the side
    /// word stands before the first party (<c>中国已经同苏丹、肯尼亚…签订</c>, <c>与智利和玻利维亚签署</c>) or after the last
    /// (<c>女子手球队、男子手球队和女子垒球队都与中心签订</c>), the other side is not a party read, and the parties listed
    /// signed with it, not with one another. Parties listed with no side
    /// word (<c>巴西、埃及、爱尔兰…的外长也签署了这一倡议</c>) signed one document together: each with the next.
    /// </summary>
    private void Signings(string text, List<EntityRef> parties, TextRange evidence, int verbAt, List<RelationFact> result)
    {
        if (parties.Count < 2)
        {
            return;
        }

        var last = parties[^1];
        if (verbAt > last.Range.End && counterparts.Any(w => text.IndexOf(w, last.Range.End, verbAt - last.Range.End, StringComparison.Ordinal) >= 0))
        {
            // 女子手球队、男子手球队和女子垒球队都与中心签订: the other side, after the last party read, is not read.
            return;
        }

        foreach (var word in sideWords)
        {
            var first = parties[0];
            var lead = text[Math.Max(evidence.Start, first.Range.Start - 4)..first.Range.Start];
            if (lead.EndsWith(word, StringComparison.Ordinal))
            {
                return;
            }

            for (var split = 1; split < parties.Count; split++)
            {
                var between = text[parties[split - 1].Range.End..Math.Max(parties[split - 1].Range.End, parties[split].Range.Start)];
                if (between.Contains(word, StringComparison.Ordinal))
                {
                    foreach (var a in parties.Take(split))
                    {
                        foreach (var b in parties.Skip(split))
                        {
                            result.Add(new RelationFact(RelationshipTypes.SignedWith, a, b, evidence, 0.8));
                        }
                    }

                    return;
                }
            }
        }

        for (var i = 0; i + 1 < parties.Count; i++)
        {
            result.Add(new RelationFact(RelationshipTypes.SignedWith, parties[i], parties[i + 1], evidence, 0.8));
        }
    }

    /// <summary>Rank of a place by its ending: province 1 (省, 自治区, 特别行政区) … village 5, venue 6; unknown 0 (never a child).</summary>
    public static int Level(EntityRef place)
    {
        ArgumentNullException.ThrowIfNull(place);
        if (place.FineType == "venue")
        {
            return 6;
        }

        if (place.FineType is "country" or "foreign" or "region" or "zone")
        {
            // Outside the Chinese administrative chain, or not a division at all (霍尔果斯综保区 ends in 区 but is no district).
            return 0;
        }

        var byEnding = LevelByEnding(place.Name);
        if (place.FineType == "town" && byEnding is 0 or 4)
        {
            // A town printed without its ending (西塘 for 西塘镇, see PlacePatterns). One the gazetteer names a city or a
            // county too is what its canonical name says: 安阳 of 河南安阳 is 安阳市, though some county has an 安阳镇.
            return 4;
        }

        return byEnding;
    }

    private static int LevelByEnding(string n) =>
        n switch
        {
            // 香港特别行政区 and 澳门特别行政区 are province-level divisions, though their names end in 区 as districts' do.
            _ when n.EndsWith('省') || n.EndsWith("自治区", StringComparison.Ordinal) || n.EndsWith("特别行政区", StringComparison.Ordinal) => 1,
            _ when n.EndsWith('市') => 2,
            _ when n.EndsWith('县') || n.EndsWith('区') => 3,
            _ when n.EndsWith('镇') || n.EndsWith('乡') || n.EndsWith("街道", StringComparison.Ordinal) => 4,
            _ when n.EndsWith('村') || n.EndsWith("社区", StringComparison.Ordinal) => 5,
            _ => 0,
        };

    /// <summary>
    /// <c>义乌市海内外高层次人才联谊会广东分会</c> is part of the association it is named after; the other branches
    /// the article lists (<c>北京分会</c>) are part of the same association.
    /// </summary>
    private static void Branches(string text, IReadOnlyList<EntityRef> entities, List<RelationFact> result, IReadOnlyList<TextRange>? sentences)
    {
        var orgs = entities.Where(e => e.Kind == EntityKind.Organization).ToList();
        string? parentName = null;
        EntityRef? parent = null;
        foreach (var branch in orgs.Where(o => o.Name.EndsWith("分会", StringComparison.Ordinal)))
        {
            var p = orgs.Where(o => o.Name.Length < branch.Name.Length - 2 && branch.Name.StartsWith(o.Name, StringComparison.Ordinal) && !o.Name.EndsWith("分会", StringComparison.Ordinal))
                .OrderByDescending(o => o.Name.Length).FirstOrDefault();
            if (p is not null)
            {
                parentName = p.Name;
                parent = p;
                result.Add(new RelationFact(RelationshipTypes.PartOf, branch, p, Cover(branch.Range, p.Range), 0.85));
            }
        }

        if (parent is null)
        {
            return;
        }

        foreach (var branch in orgs.Where(o => o.Name.EndsWith("分会", StringComparison.Ordinal) && !o.Name.StartsWith(parentName!, StringComparison.Ordinal) && o.Name.Length <= 6))
        {
            sentences ??= TextSpans.Sentences(text);
            var sentence = sentences.First(s => s.Contains(branch.Range.Start));
            result.Add(new RelationFact(RelationshipTypes.PartOf, branch, parent, sentence.Length <= 200 ? Trim(text, sentence) : branch.Range, 0.6));
        }
    }

    /// <summary>
    /// Two places of the article where the gazetteer puts one directly above the other (<c>义乌市</c> in <c>金华市</c>),
    /// a name that several divisions share read as the one nearest the places the article names unambiguously
    /// (<paramref name="anchors"/>: 和平区 beside 沈阳市 is Shenyang's), the places its names were resolved by.
    /// </summary>
    private static void Divisions(IReadOnlyList<EntityRef> entities, PlaceDirectory places, IReadOnlyList<string> anchors, List<RelationFact> result)
    {
        // One of each place: a name the article gives to two places (北京市朝阳区, 长春市朝阳区) is two.
        var firsts = entities.Where(e => e.Kind == EntityKind.Place).GroupBy(e => (e.Name, e.Place?.Code))
            .Select(g => g.FirstOrDefault(e => e.FineType != "home") ?? g.First()).ToList();
        foreach (var child in firsts)
        {
            foreach (var parent in firsts)
            {
                if (child.Name != parent.Name && IsDirectParent(child, parent, places, anchors)
                    && !result.Any(r => r.Type == RelationshipTypes.PartOf && SamePlace(r.Head, child) && SamePlace(r.Tail, parent)))
                {
                    var near = Math.Abs(child.Range.Start - parent.Range.Start) <= 60;
                    result.Add(new RelationFact(RelationshipTypes.PartOf, child, parent, near ? Cover(child.Range, parent.Range) : child.Range, 0.7));
                }
            }
        }
    }

    /// <summary>
    /// A region of one province the gazetteer does not know (<see cref="RegionProvinces"/>: 鄂南, 桂西, 南疆) is part of
    /// that province where the article names it (鄂南 beside 湖北省).
    /// </summary>
    private void RegionsOfProvinces(IReadOnlyList<EntityRef> entities, PlaceDirectory places, List<RelationFact> result)
    {
        foreach (var region in entities.Where(e => e.Kind == EntityKind.Place && e.Place is null && Level(e) == 0).DistinctBy(e => e.Name))
        {
            if (RegionProvinces(region.Name) is not [var shortName] || places.FullName(shortName) is not { } province
                || entities.FirstOrDefault(e => e.Kind == EntityKind.Place && e.Name == province) is not { } parent
                || result.Any(r => r.Type == RelationshipTypes.PartOf && r.Head.Name == region.Name && SamePlace(r.Tail, parent)))
            {
                continue;
            }

            var near = Math.Abs(region.Range.Start - parent.Range.Start) <= 60;
            result.Add(new RelationFact(RelationshipTypes.PartOf, region, parent, near ? Cover(region.Range, parent.Range) : region.Range, 0.7));
        }
    }

    /// <summary>
    /// Whether the gazetteer puts <paramref name="parent"/> directly above <paramref name="child"/>. For a name that
    /// several places share, and for a town, street or village, above the place the article resolved the child to
    /// (<see cref="EntityRef.Place"/>), and the very place the parent was resolved to when its name is shared too, so
    /// that the edge joins the nodes the graph writer keys by those places; a shared name the article does not resolve
    /// is none of them in particular: no edge.
    /// </summary>
    private static bool IsDirectParent(EntityRef child, EntityRef parent, PlaceDirectory places, IReadOnlyList<string> anchors)
    {
        // A town, street or village is the place the article resolved it to whether its name is shared or not (the
        // gazetteer's one 南甸镇 is 平山县's, named in the article); by name only the divisions are looked up.
        if (child.Place is { } place && (place.SharedName || places.IsSettlement(place.Code)))
        {
            return places.DivisionParentOf(place.Code) is { } above && above.Name == parent.Name
                && (parent.Place is not { SharedName: true } shared || shared.Code == above.Code);
        }

        return !places.IsSharedName(child.Name) && places.IsDirectParent(child.Name, parent.Name, anchors);
    }

    /// <summary>Whether two references are to one place: one name, and one gazetteer place where either was resolved.</summary>
    private static bool SamePlace(EntityRef a, EntityRef b) => a.Name == b.Name && (a.Place is null || b.Place is null || a.Place.Code == b.Place.Code);

    private static TextRange Cover(TextRange a, TextRange b) => new(Math.Min(a.Start, b.Start), Math.Max(a.End, b.End));

    private static TextRange Trim(string text, TextRange r)
    {
        var start = r.Start;
        var end = r.End;
        while (end > start && text[end - 1] == '\n')
        {
            end--;
        }

        return new TextRange(start, end);
    }
}
