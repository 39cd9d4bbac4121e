using System.Globalization;
using YiwuGraph.Core;
using YiwuGraph.Extraction.Ner.News;
using YiwuGraph.Graph;
using YiwuGraph.Ingestion;

namespace YiwuGraph.Extraction.Facts;

/// <summary>
/// Merges one article's facts into the graph: entity nodes with their aliases, MENTIONS with counts,
/// HOLDS_POSITION, events with REPORTED_IN / ORGANIZED / HELD_AT / PARTICIPATED_IN, and relations. Every
/// relationship gets evidence (article, source offsets, snippet) and a confidence; the same fact read again
/// merges its evidence.
/// </summary>
public static class FactGraphWriter
{
    /// <summary>
    /// Writes one article's facts; an organisation's fine type is read from its canonical name by
    /// <paramref name="organizationTypes"/>, and <paramref name="anonymousPersons"/> tells which persons' nodes belong
    /// to the article (李某; the embedded lists when null). An organisation or place named by a bare body alone (工会,
    /// 议会: <see cref="OrganizationTypes.IsBareBody"/>) belongs to the article too.
    /// </summary>
    public static void Write(KnowledgeGraph graph, ArticleFacts facts, string sourceText, OrganizationTypes? organizationTypes = null, AnonymousPersonNames? anonymousPersons = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(sourceText);
        var article = facts.Article;
        var articleKey = NodeKeys.ForArticle(article.Source, article.Index);
        var ctx = new Context(graph, article, articleKey, sourceText, organizationTypes ?? OrganizationTypes.Default, anonymousPersons ?? AnonymousPersonNames.Default, PlacesOf(facts));
        if (facts.PublicationDate is { } published)
        {
            graph.GetNode(articleKey).Properties.Set("date", Iso(published));
        }

        // A name the article gives to two places (北京市朝阳区, 长春市朝阳区) is two nodes, each with its own mentions.
        foreach (var group in facts.Entities.GroupBy(e => (e.Kind, e.Name, e.Kind == EntityKind.Place ? e.Place : null)).OrderBy(g => g.First().Range.Start))
        {
            var node = ctx.Entity(group.First());
            foreach (var e in group)
            {
                node.Properties.AddToSet("aliases", e.CompoundSurface is { } compound ? [e.Surface, compound] : [e.Surface]);
            }

            var mentions = graph.GetOrAddRelationship(RelationshipTypes.Mentions, articleKey, node.Key);
            mentions.Properties.Set("count", (long)group.Count());
            mentions.MergeConfidence(group.Max(e => 0.9 * ConfidenceOf(e)));
            foreach (var e in group.Take(3))
            {
                ctx.Evidence(mentions, e.Range);
            }
        }

        foreach (var name in facts.CreditedOrganizations.Where(n => !facts.Entities.Any(e => e.Name == n)))
        {
            var at = FindInRanges(sourceText, name, article.SourceRanges);
            if (at < 0)
            {
                continue;
            }

            var node = ctx.Entity(new EntityRef(EntityKind.Organization, name, name, default));
            node.Properties.AddToSet("aliases", [name]);
            var mentions = graph.GetOrAddRelationship(RelationshipTypes.Mentions, articleKey, node.Key);
            mentions.Properties.Set("count", (mentions.Properties.GetLong("count") ?? 0) + 1);
            mentions.MergeConfidence(0.85);
            mentions.AddEvidence(new Evidence(articleKey, article.Source, at, at + name.Length, name));
        }

        foreach (var h in facts.HeadlineEntities)
        {
            var node = ctx.Entity(h.Entity);
            node.Properties.AddToSet("aliases", [h.Entity.Surface]);
            var mentions = graph.GetOrAddRelationship(RelationshipTypes.Mentions, articleKey, node.Key);
            mentions.Properties.Set("count", (mentions.Properties.GetLong("count") ?? 0) + 1);
            mentions.MergeConfidence(0.8 * ConfidenceOf(h.Entity));
            mentions.AddEvidence(new Evidence(articleKey, article.Source, h.SourceRange.Start, h.SourceRange.End, Snippet(sourceText, h.SourceRange)));
        }

        foreach (var p in facts.Positions)
        {
            var person = ctx.Entity(p.Person);
            var target = p.Organization is null ? null : ctx.Entity(p.Organization);
            if (target is null)
            {
                person.Properties.AddToSet("titles", [p.Title]);
                continue;
            }

            var r = graph.GetOrAddRelationship(RelationshipTypes.HoldsPosition, person.Key, target.Key, p.Title);
            r.Properties.Set("title", p.Title);
            if (facts.PublicationDate is { } d)
            {
                r.Properties.AddToSet("dates", [Iso(d)]);
            }

            if (p.Change is { } change)
            {
                WriteChange(r.Properties, change, p.ChangeDate ?? facts.PublicationDate);
            }

            r.MergeConfidence(p.Confidence);
            ctx.Evidence(r, p.Evidence);
        }

        foreach (var a in facts.AuthorPositions)
        {
            var at = FindInRanges(sourceText, a.SignedAs, article.SourceRanges);
            if (at < 0)
            {
                continue;
            }

            var end = sourceText.IndexOf(a.Person, at + a.SignedAs.Length, StringComparison.Ordinal);
            var range = new TextRange(at, end >= 0 && end - at < 40 ? end + a.Person.Length : at + a.SignedAs.Length);
            var person = ctx.Entity(new EntityRef(EntityKind.Person, a.Person, a.Person, default));
            var target = ctx.Entity(new EntityRef(a.OrganizationKind, a.Organization, a.Organization, default));
            var r = graph.GetOrAddRelationship(RelationshipTypes.HoldsPosition, person.Key, target.Key, a.Title);
            r.Properties.Set("title", a.Title);
            if (facts.PublicationDate is { } d)
            {
                r.Properties.AddToSet("dates", [Iso(d)]);
            }

            r.MergeConfidence(0.85);
            r.AddEvidence(new Evidence(articleKey, article.Source, range.Start, range.End, Snippet(sourceText, range)));
        }

        foreach (var e in facts.Events)
        {
            WriteEvent(ctx, e);
        }

        foreach (var name in facts.Events.Count == 0 ? [] : facts.ReportingOutlets)
        {
            // 来源：澎湃新闻 over a reprint, 澎湃新闻记者 王琳: the outlet reported each of the article's events, as a wire whose
            // credit opens the article does; the evidence is the line that credits it.
            var at = FindInRanges(sourceText, name, article.SourceRanges);
            if (at < 0)
            {
                continue;
            }

            var line = LineAround(sourceText, new TextRange(at, at + name.Length));
            var outlet = ctx.Entity(new EntityRef(EntityKind.Organization, name, name, default));
            foreach (var e in facts.Events)
            {
                var r = graph.GetOrAddRelationship(RelationshipTypes.Reported, outlet.Key, EventKey(e, articleKey));
                r.MergeConfidence(Events.ReportSources.SourceConfidence);
                r.AddEvidence(new Evidence(articleKey, article.Source, line.Start, line.End, Snippet(sourceText, line)));
            }
        }

        foreach (var rel in facts.Relations)
        {
            var head = ctx.Entity(rel.Head);
            var tail = ctx.Entity(rel.Tail);
            if (head.Key == tail.Key)
            {
                continue;
            }

            var r = graph.GetOrAddRelationship(rel.Type, head.Key, tail.Key);
            r.MergeConfidence(rel.Confidence);
            ctx.Evidence(r, rel.Evidence);
        }
    }

    /// <summary>
    /// The identity of a place node: its name, or, for a name that the gazetteer gives to several places and that the
    /// article resolved (<see cref="EntityRef.Place"/>), the name and the place's code (<c>朝阳区@110105</c>), so that
    /// Beijing's 朝阳区 and Changchun's are two nodes while every name of one place keeps the key it always had. A
    /// shared name the article does not resolve keeps its bare name: one node for all its unresolved mentions.
    /// </summary>
    public static string PlaceIdentity(string name, ResolvedPlace? place)
    {
        ArgumentNullException.ThrowIfNull(name);
        return place is { SharedName: true } ? $"{name}@{place.Code}" : name;
    }

    /// <summary>
    /// The identity of a node that belongs to one article (<c>李某@article:p0001.txt#0</c>, <c>工会@article:p0001.txt#0</c>):
    /// the name and the article's stable key, so the same article built again, or loaded again into Neo4j, finds the same node.
    /// </summary>
    public static string ArticleScopedIdentity(string name, string articleKey)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(articleKey);
        return $"{name}@{articleKey}";
    }

    /// <summary>
    /// The gazetteer place each place name of the article denotes where the article means one place by it: the body's,
    /// else a headline's (a headline read on its own may resolve a name that the body leaves open), else a signed
    /// office's. Every reference to such a name in the article (an event's place, a relation's end) is that place. A
    /// name whose body mentions are different places (<c>北京市朝阳区</c> and <c>长春市朝阳区</c>), or some a place and some
    /// none, is not listed: each mention is the place it was resolved to (<see cref="EntityRef.Place"/>).
    /// </summary>
    private static Dictionary<string, ResolvedPlace> PlacesOf(ArticleFacts facts)
    {
        var result = new Dictionary<string, ResolvedPlace>(StringComparer.Ordinal);
        var several = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in facts.Entities.Where(e => e.Kind == EntityKind.Place).GroupBy(e => e.Name, StringComparer.Ordinal))
        {
            if (name.Select(e => e.Place).Distinct().Take(2).ToList() is not [var one])
            {
                several.Add(name.Key);
            }
            else if (one is not null)
            {
                result.Add(name.Key, one);
            }
        }

        foreach (var e in facts.HeadlineEntities.Select(h => h.Entity))
        {
            if (e is { Kind: EntityKind.Place, Place: { } place } && !several.Contains(e.Name))
            {
                result.TryAdd(e.Name, place);
            }
        }

        foreach (var (name, place) in facts.SignedPlaces)
        {
            if (!several.Contains(name))
            {
                result.TryAdd(name, place);
            }
        }

        return result;
    }

    /// <summary>Stable identity of an event: its date when known, else the article it was read in, and its name.</summary>
    public static string EventKey(EventFact e, string articleKey)
    {
        ArgumentNullException.ThrowIfNull(e);
        var when = e.Date is { } d ? Iso(d) : articleKey;
        return NodeKeys.Create(NodeLabel.Event, $"{e.Type}|{when}|{e.Name}");
    }

    private static void WriteEvent(Context ctx, EventFact e)
    {
        var graph = ctx.Graph;
        var node = graph.GetOrAddNode(EventKey(e, ctx.ArticleKey), NodeLabel.Event);
        var p = node.Properties;
        p.Set("type", e.Type);
        p.Set("name", e.Name);
        p.Set("trigger", e.Trigger);
        p.Set("fineType", e.FineType);
        p.Set("dateText", e.DateText);
        p.Set("date", e.Date is { } d ? Iso(d) : null);
        p.Set("endDate", e.EndDate is { } end ? Iso(end) : null);
        WriteFigures(p, e.Figures);
        var reported = graph.GetOrAddRelationship(RelationshipTypes.ReportedIn, node.Key, ctx.ArticleKey);
        reported.MergeConfidence(e.Confidence);
        ctx.Evidence(reported, WithTime(e.Evidence, e.EvidenceTime));
        p.AddToSet("dateTexts", [e.EvidenceTime?.Text ?? string.Empty]);
        foreach (var mention in e.Mentions)
        {
            // 车祸 … 事故: the words the event is reported with are kept, so each mention's trigger can be found; the
            // time each mention is reported with is kept too, and its evidence covers it.
            ctx.Evidence(reported, WithTime(mention.Evidence, mention.Time));
            p.AddToSet("triggers", [e.Trigger, mention.Trigger]);
            p.AddToSet("dateTexts", [mention.Time?.Text ?? string.Empty]);
        }

        // 由A、B和C联合主办的: each organiser listed organised the event.
        foreach (var org in e.CoOrganizers.Prepend(e.Organizer).OfType<EntityRef>().DistinctBy(o => o.Name))
        {
            var r = graph.GetOrAddRelationship(RelationshipTypes.Organized, ctx.Entity(org).Key, node.Key);
            r.MergeConfidence(0.75);
            ctx.Evidence(r, Cover(org.Range, e.Evidence));
        }

        if (e.Location is { } place)
        {
            var r = graph.GetOrAddRelationship(RelationshipTypes.HeldAt, node.Key, ctx.Entity(place).Key);
            r.MergeConfidence(0.75);
            // Each mention whose own sentence names the place is a sighting (the place with the mention's evidence), so a
            // mention reported elsewhere does not claim it; a place read by the rules covers the event's evidence.
            var sightings = e.Mentions.Where(m => m.Place?.Name == place.Name).Select(m => Cover(m.Place!.Range, m.Evidence))
                .Prepend(e.EvidencePlace?.Name == place.Name ? Cover(e.EvidencePlace.Range, e.Evidence) : default).Where(x => x.Length > 0).ToList();
            if (sightings.Count == 0)
            {
                sightings.Add(Cover(place.Range, e.Evidence));
            }

            foreach (var sighting in sightings)
            {
                ctx.Evidence(r, sighting);
            }
        }

        foreach (var part in e.Participants)
        {
            var who = ctx.Entity(part.Entity);
            var r = graph.GetOrAddRelationship(RelationshipTypes.ParticipatedIn, who.Key, node.Key, part.Role);
            r.Properties.Set("role", part.Role);
            r.MergeConfidence(part.Confidence);
            ctx.Evidence(r, part.Evidence);
        }

        foreach (var source in e.Sources)
        {
            var r = graph.GetOrAddRelationship(RelationshipTypes.Reported, ctx.Entity(source.Entity).Key, node.Key);
            r.MergeConfidence(source.Confidence);
            ctx.Evidence(r, source.Evidence);
        }
    }

    /// <summary>
    /// A change of office on <c>HOLDS_POSITION</c>: the kinds reported (<c>change</c>, a set), and the office's <c>since</c>
    /// (the earliest appointment or election) and <c>until</c> (the latest resignation or dismissal). Minimum, maximum and
    /// set union do not depend on the order articles are merged in.
    /// </summary>
    private static void WriteChange(PropertyMap properties, string change, DateOnly? date)
    {
        properties.AddToSet("change", [change]);
        if (date is not { } d || change == PositionChange.Former)
        {
            return;
        }

        if (PositionChange.Opens(change))
        {
            properties.KeepLeast("since", Iso(d));
        }
        else
        {
            properties.KeepGreatest("until", Iso(d));
        }
    }

    /// <summary>
    /// The figures of an event: casualties keep the largest count reported (a toll rises as reports come in); the
    /// amount is the last article's that gives one, like the event's other single-valued properties.
    /// </summary>
    private static void WriteFigures(PropertyMap p, EventFigures figures)
    {
        foreach (var (key, value) in new[] { ("deaths", figures.Deaths), ("injured", figures.Injured), ("missing", figures.Missing) })
        {
            if (value is { } v)
            {
                p.KeepGreatest(key, v);
            }
        }

        if (figures.Amount is { } amount)
        {
            p.Set("amount", amount.Value);
            p.Set("currency", amount.Currency);
            p.Set("amountText", amount.Text);
        }
    }

    /// <summary>Where <paramref name="value"/> is first printed inside <paramref name="ranges"/> of <paramref name="text"/>, or -1.</summary>
    internal static int FindInRanges(string text, string value, IReadOnlyList<TextRange> ranges)
    {
        foreach (var r in ranges)
        {
            var at = text.IndexOf(value, r.Start, r.Length, StringComparison.Ordinal);
            if (at >= 0)
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>
    /// The printed line of <paramref name="text"/> that holds <paramref name="range"/>, without its line break and the
    /// white space around it (never cut into the range): the evidence of a credit or a byline.
    /// </summary>
    internal static TextRange LineAround(string text, TextRange range)
    {
        var start = range.Start == 0 ? 0 : text.LastIndexOf('\n', range.Start - 1) + 1;
        var end = text.IndexOf('\n', range.End);
        end = end < 0 ? text.Length : end;
        while (end > range.End && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        while (start < range.Start && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        return new TextRange(start, end);
    }

    /// <summary>A mention's evidence, stretched over the time expression of its sentence it is reported with.</summary>
    private static TextRange WithTime(TextRange evidence, TimeExpression? time) => time is { } t ? Cover(t.Range, evidence) : evidence;

    private static TextRange Cover(TextRange a, TextRange b) => new(Math.Min(a.Start, b.Start), Math.Max(a.End, b.End));

    private static double ConfidenceOf(EntityRef e) => e.Kind == EntityKind.Person ? 0.95 : 0.9;

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The graph, the article and its source text, shared by the writers of one article.</summary>
    private sealed class Context(KnowledgeGraph graph, Article article, string articleKey, string sourceText, OrganizationTypes organizationTypes, AnonymousPersonNames anonymousPersons,
        Dictionary<string, ResolvedPlace> places)
    {
        public KnowledgeGraph Graph => graph;

        public string ArticleKey => articleKey;

        public GraphNode Entity(EntityRef e)
        {
            var label = e.Kind switch
            {
                EntityKind.Person => NodeLabel.Person,
                EntityKind.Organization => NodeLabel.Organization,
                _ => NodeLabel.Place,
            };
            // 李某 of one article is not 李某 of another: such a node's identity holds its article's key.
            // A name the article means one place by is that place wherever it is referred to; one it means several
            // places by is, at each mention, the place that mention was resolved to.
            var place = label == NodeLabel.Place ? places.GetValueOrDefault(e.Name) ?? e.Place : null;
            // 工会, 议会, 博物馆 that the article did not resolve to a named body (EntityResolver) are its story's: two
            // articles' 工会 are two unions, and the node's identity holds its article's key like 李某's.
            var identity = (label == NodeLabel.Person && anonymousPersons.IsAnonymous(e.Name))
                || (label != NodeLabel.Person && place is null && organizationTypes.IsBareBody(e.Name)) ? ArticleScopedIdentity(e.Name, articleKey)
                : label == NodeLabel.Place ? PlaceIdentity(e.Name, place) : e.Name;
            var node = graph.GetOrAddNode(NodeKeys.Create(label, identity), label);
            node.Properties.Set("name", e.Name);
            if (place is not null)
            {
                node.Properties.Set("code", place.Code);
            }

            if (label == NodeLabel.Place && e.FineType is "country" or "foreign" or "region" or "zone")
            {
                node.Properties.Set("level", e.FineType is "country" or "foreign" ? e.FineType : "other");
            }
            else if (label == NodeLabel.Place && RelationExtractor.Level(e) is var level and > 0)
            {
                node.Properties.Set("level", LevelName(level));
            }
            else if (label == NodeLabel.Organization)
            {
                // The fine type follows from the canonical name's ending (局 government, 市委 party, 公司 company…); a name
                // with none that a rule read as a company from its context (Uber宣布裁员) is one.
                var type = organizationTypes.Classify(e.Name);
                node.Properties.Set("type", type == OrganizationTypes.Other && e.FineType == "company" ? "company" : type);
            }

            return node;
        }

        public void Evidence(GraphRelationship r, TextRange bodyRange)
        {
            var body = Trim(bodyRange);
            if (body.IsEmpty)
            {
                return;
            }

            var source = article.ToSourceRange(body);
            r.AddEvidence(new Evidence(articleKey, article.Source, source.Start, source.End, Snippet(sourceText, source)));
        }

        private TextRange Trim(TextRange r)
        {
            var text = article.Text;
            var start = Math.Max(0, r.Start);
            var end = Math.Min(text.Length, r.End);
            while (start < end && text[start] == '\n')
            {
                start++;
            }

            while (end > start && text[end - 1] == '\n')
            {
                end--;
            }

            return new TextRange(start, end);
        }

        private static string LevelName(int level) => level switch
        {
            1 => "province",
            2 => "city",
            3 => "county",
            4 => "town",
            5 => "village",
            _ => "venue",
        };
    }

    /// <summary>
    /// The source text of a range exactly as the file has it, line breaks included, so that the snippet is what a
    /// reader finds at the evidence offsets; pages and consoles show <see cref="Graph.Evidence.DisplayText"/>.
    /// </summary>
    public static string Snippet(string sourceText, TextRange range)
    {
        ArgumentNullException.ThrowIfNull(sourceText);
        return sourceText.Substring(range.Start, range.Length);
    }
}
