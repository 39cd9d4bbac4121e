using YiwuGraph.Graph;
using YiwuGraph.Graph.Storage;

namespace YiwuGraph.Neo4j.Loading;

/// <summary>
/// A graph to load, read as often as the load needs it: an in-memory graph, or a graph file streamed line by line
/// (<see cref="FromFile"/>), so that loading a large <c>graph.jsonl</c> holds its facts one batch at a time rather
/// than the whole graph. What the load needs before it starts (counts, relationship types, the source files whose
/// facts it replaces) is learnt in one first pass.
/// </summary>
public sealed class GraphLoadSource
{
    private readonly Func<IEnumerable<GraphRecord>> records;

    private GraphLoadSource(Func<IEnumerable<GraphRecord>> records, Neo4jGraphCounts counts, IReadOnlyList<string> sources, bool streamed)
    {
        this.records = records;
        Counts = counts;
        Sources = sources;
        IsStreamed = streamed;
    }

    /// <summary>Nodes per label and relationships per type (every schema type listed, zero when unused).</summary>
    public Neo4jGraphCounts Counts { get; }

    /// <summary>The source files of its articles and evidence, ordinal order: the files whose facts a load replaces.</summary>
    public IReadOnlyList<string> Sources { get; }

    /// <summary>True when the records are read from the file on each pass rather than held in memory.</summary>
    public bool IsStreamed { get; }

    /// <summary>The relationship types to create constraints for and to count: the schema's and the graph's.</summary>
    public IReadOnlyList<string> RelationshipTypes => [.. Counts.RelationshipsByType.Keys.Order(StringComparer.Ordinal)];

    public static GraphLoadSource Of(KnowledgeGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return new GraphLoadSource(() => GraphRecord.Of(graph), Neo4jGraphCounts.Of(graph), GraphRows.Sources(graph), streamed: false);
    }

    /// <summary>
    /// A graph file, streamed when it is in the canonical order every graph of this project is written in; any
    /// other file (an APOC export, say) is read whole, as the loader needs each key once and nodes before
    /// relationships.
    /// </summary>
    public static GraphLoadSource FromFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var byLabel = NodeLabels.All.ToDictionary(l => l, _ => 0L);
        var byType = SchemaNames.TypesOf([]).ToDictionary(t => t, _ => 0L, StringComparer.Ordinal);
        var sources = new SortedSet<string>(StringComparer.Ordinal);
        long nodes = 0, relationships = 0;
        var ordered = CanonicalRecordOrder.Visit(
            GraphJsonlReader.ReadRecords(path),
            node =>
            {
                nodes++;
                byLabel[node.Label]++;
                if (node.Label == NodeLabel.Article && node.Properties.GetString("source") is { Length: > 0 } source)
                {
                    sources.Add(source);
                }
            },
            record =>
            {
                var relationship = record.Relationship!;
                relationships++;
                var type = SchemaNames.RelationshipType(relationship.Type);
                byType[type] = byType.GetValueOrDefault(type) + 1;
                foreach (var evidence in relationship.Evidence)
                {
                    sources.Add(evidence.Source);
                }
            });
        if (!ordered)
        {
            return Of(GraphJsonlReader.Read(path));
        }

        return new GraphLoadSource(
            () => GraphJsonlReader.ReadRecords(path),
            new Neo4jGraphCounts(byLabel, byType, nodes, relationships),
            [.. sources],
            streamed: true);
    }

    /// <summary>The nodes (label by label) and then the relationships (type by type), in canonical order.</summary>
    public IEnumerable<GraphRecord> Records() => records();

    /// <summary>Which of <paramref name="nodeKeys"/> and <paramref name="relationshipKeys"/> the graph holds (one pass).</summary>
    public (HashSet<string> Nodes, HashSet<string> Relationships) Holding(IReadOnlySet<string> nodeKeys, IReadOnlySet<string> relationshipKeys)
    {
        ArgumentNullException.ThrowIfNull(nodeKeys);
        ArgumentNullException.ThrowIfNull(relationshipKeys);
        var nodes = new HashSet<string>(StringComparer.Ordinal);
        var relationships = new HashSet<string>(StringComparer.Ordinal);
        if (nodeKeys.Count == 0 && relationshipKeys.Count == 0)
        {
            return (nodes, relationships);
        }

        foreach (var record in records())
        {
            if (record.Node is { } node)
            {
                if (nodeKeys.Contains(node.Key))
                {
                    nodes.Add(node.Key);
                }
            }
            else if (relationshipKeys.Contains(record.Relationship!.Key))
            {
                relationships.Add(record.Relationship.Key);
            }
        }

        return (nodes, relationships);
    }
}
