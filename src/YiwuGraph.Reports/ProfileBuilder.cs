using YiwuGraph.Graph;

namespace YiwuGraph.Reports;

/// <summary>Collects what the graph says about one entity into an <see cref="EntityProfile"/>, numbering evidence in page order.</summary>
public static class ProfileBuilder
{
    /// <summary>How many connected organisations/places and co-mentioned people a page lists.</summary>
    public const int MaxConnections = 15;

    /// <summary>How many articles of one connection are cited; the count says how many there are in all.</summary>
    public const int MaxCitedArticles = 5;

    /// <summary>
    /// The node properties a page lists, in this order: what kind of thing it is (a place's level and gazetteer code),
    /// how an event was worded and dated, and an incident's toll or a deal's money (the figures an analyst reads an
    /// event page for).
    /// </summary>
    private static readonly string[] AttributeNames =
    [
        "type", "fineType", "level", "code", "trigger", "triggers", "dateText", "date", "endDate",
        "deaths", "injured", "missing", "amountText", "amount", "currency",
    ];

    public static EntityProfile Build(KnowledgeGraph graph, GraphNode entity, NeighborhoodPicture? picture = null) =>
        Build(graph, entity, null, picture);

    /// <inheritdoc cref="Build(KnowledgeGraph, GraphNode, NeighborhoodPicture?)"/>
    /// <param name="incidence">Sorted relationships shared by the pages of one run; null to sort as needed.</param>
    public static EntityProfile Build(KnowledgeGraph graph, GraphNode entity, IncidenceIndex? incidence, NeighborhoodPicture? picture = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(entity);
        var numbering = new EvidenceNumbering(graph);
        var incident = (incidence?.Of(entity.Key) ?? IncidenceIndex.Sort(graph, entity.Key))
            .Select(p => (p.Edge, Other: graph.GetNode(p.Other), Outgoing: p.Edge.Source == entity.Key && p.Other == p.Edge.Target))
            .ToList();
        var sections = incident
            .GroupBy(p => (p.Edge.Type, p.Outgoing))
            .Select(g => (Heading: SectionHeadings.For(g.Key.Type, g.Key.Outgoing), Items: g))
            .OrderBy(s => s.Heading.Order).ThenBy(s => s.Heading.Id, StringComparer.Ordinal)
            .Select(s => new ProfileSection(s.Heading.Id, s.Heading.Heading, s.Items
                .Select(p => (p.Edge, p.Other, p.Outgoing, Date: StatementDate(p.Edge, p.Other)))
                .OrderBy(p => p.Date is null ? 1 : 0).ThenBy(p => p.Date, StringComparer.Ordinal)
                .ThenBy(p => p.Other.Name, StringComparer.Ordinal).ThenBy(p => p.Edge.Key, StringComparer.Ordinal)
                .Select(p => new Statement(p.Edge, p.Other, p.Outgoing, p.Date, numbering.Number(p.Edge.Evidence)))
                .ToList()))
            .ToList();

        var connected = Connections(graph, entity, incident, numbering, l => l is NodeLabel.Organization or NodeLabel.Place);
        var coMentioned = Connections(graph, entity, [], numbering, l => l == NodeLabel.Person);
        return new EntityProfile(
            entity,
            [.. entity.Properties.GetStrings("aliases").Where(a => a != entity.Name).Order(StringComparer.Ordinal)],
            [.. AttributeNames.Select(n => (n, Value: Attribute(entity, n))).Where(a => a.Value is not null).Select(a => (a.n, a.Value!))],
            sections,
            connected,
            coMentioned,
            numbering.Entries(),
            picture ?? NeighborhoodPicture.Create(graph, entity, incidence));
    }

    /// <summary>The evidence that backs the entity's own attributes: where it is reported or mentioned, else any statement.</summary>
    public static IReadOnlyList<int> SourceEvidence(EntityProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var statements = profile.Sections.SelectMany(s => s.Statements).ToList();
        var sources = statements.Where(s => s.Relationship.Type is RelationshipTypes.ReportedIn or RelationshipTypes.Mentions).ToList();
        return [.. (sources.Count > 0 ? sources : statements).SelectMany(s => s.Evidence).Distinct().Order().Take(MaxCitedArticles)];
    }

    private static string? StatementDate(GraphRelationship edge, GraphNode other) =>
        edge.Properties.GetString("date") ?? (other.Label == NodeLabel.Event ? other.Properties.GetString("date") : null);

    private static string? Attribute(GraphNode node, string name) =>
        node.Properties.TryGetValue(name, out var value) ? value switch
        {
            string s when s.Length > 0 => s,
            long l => l.ToString(System.Globalization.CultureInfo.InvariantCulture),
            double d => d.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
            string[] { Length: > 0 } items => string.Join("、", items),
            _ => null,
        } : null;

    /// <summary>
    /// Entities of the wanted labels linked to <paramref name="entity"/> directly (<paramref name="direct"/>) or by
    /// being mentioned in the same article, ranked by the number of distinct articles that connect them.
    /// </summary>
    private static List<RankedConnection> Connections(
        KnowledgeGraph graph,
        GraphNode entity,
        IEnumerable<(GraphRelationship Edge, GraphNode Other, bool Outgoing)> direct,
        EvidenceNumbering numbering,
        Func<NodeLabel, bool> wanted)
    {
        var found = new Dictionary<string, SortedDictionary<string, List<Evidence>>>(StringComparer.Ordinal);
        void Add(string key, IEnumerable<Evidence> items)
        {
            if (!found.TryGetValue(key, out var byArticle))
            {
                found[key] = byArticle = new SortedDictionary<string, List<Evidence>>(StringComparer.Ordinal);
            }

            foreach (var item in items)
            {
                if (!byArticle.TryGetValue(item.ArticleKey, out var list))
                {
                    byArticle[item.ArticleKey] = list = [];
                }

                list.Add(item);
            }
        }

        foreach (var (edge, other, _) in direct.Where(d => wanted(d.Other.Label) && d.Other.Key != entity.Key))
        {
            Add(other.Key, edge.Evidence);
        }

        foreach (var mention in graph.InRelationships(entity.Key).Where(r => r.Type == RelationshipTypes.Mentions))
        {
            var article = mention.Source;
            foreach (var coMention in graph.OutRelationships(article).Where(r => r.Type == RelationshipTypes.Mentions && r.Target != entity.Key))
            {
                if (graph.TryGetNode(coMention.Target, out var other) && wanted(other.Label))
                {
                    Add(other.Key, mention.Evidence.Where(e => e.ArticleKey == article).Concat(coMention.Evidence.Where(e => e.ArticleKey == article)));
                }
            }
        }

        return found
            .OrderByDescending(f => f.Value.Count).ThenBy(f => f.Key, StringComparer.Ordinal)
            .Take(MaxConnections)
            .Select(f => new RankedConnection(
                graph.GetNode(f.Key),
                f.Value.Count,
                numbering.Number(f.Value.Take(MaxCitedArticles).SelectMany(a => a.Value).Order())))
            .ToList();
    }
}

/// <summary>Gives each distinct piece of evidence on a page a number, in the order the page first cites it.</summary>
internal sealed class EvidenceNumbering(KnowledgeGraph graph)
{
    private readonly Dictionary<Evidence, int> numbers = [];
    private readonly List<EvidenceEntry> entries = [];

    public IReadOnlyList<int> Number(IEnumerable<Evidence> items)
    {
        var result = new List<int>();
        foreach (var item in items)
        {
            if (!numbers.TryGetValue(item, out var number))
            {
                number = entries.Count + 1;
                numbers[item] = number;
                var title = item.ArticleKey;
                string? date = null;
                GraphNode? articleNode = null;
                if (graph.TryGetNode(item.ArticleKey, out var article))
                {
                    articleNode = article;
                    title = article.Properties.GetString("title") ?? item.ArticleKey;
                    date = article.Properties.GetString("date") ?? article.Properties.GetString("dateline");
                }

                entries.Add(new EvidenceEntry(number, item, title, date, articleNode));
            }

            if (!result.Contains(number))
            {
                result.Add(number);
            }
        }

        result.Sort();
        return result;
    }

    public IReadOnlyList<EvidenceEntry> Entries() => entries;
}
