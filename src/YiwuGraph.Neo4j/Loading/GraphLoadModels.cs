using System.Globalization;
using YiwuGraph.Core;
using YiwuGraph.Graph;
using YiwuGraph.Neo4j.Client;

namespace YiwuGraph.Neo4j.Loading;

/// <summary>How <see cref="GraphLoader"/> loads.</summary>
public sealed record GraphLoadOptions
{
    public const int DefaultBatchSize = 1000;

    /// <summary>Rows per <c>UNWIND</c> statement (one request, one transaction).</summary>
    public int BatchSize { get; init; } = DefaultBatchSize;

    /// <summary>
    /// Replace, rather than add to, the facts of the source files this graph was read from (on by default):
    /// evidence from those files that the graph no longer has is removed, with relationships and articles left
    /// without any. Off, loading only adds and updates.
    /// </summary>
    public bool ReplaceSourceFacts { get; init; } = true;
}

/// <summary>Where a load is: phase, items done and the phase's total.</summary>
public readonly record struct GraphLoadProgress(string Phase, long Done, long Total);

/// <summary>Node counts per label and relationship counts per type (of a graph or of a database).</summary>
public sealed class Neo4jGraphCounts
{
    public Neo4jGraphCounts(
        IReadOnlyDictionary<NodeLabel, long> nodesByLabel,
        IReadOnlyDictionary<string, long> relationshipsByType,
        long totalNodes,
        long totalRelationships)
    {
        NodesByLabel = nodesByLabel;
        RelationshipsByType = relationshipsByType;
        TotalNodes = totalNodes;
        TotalRelationships = totalRelationships;
    }

    public IReadOnlyDictionary<NodeLabel, long> NodesByLabel { get; }

    public IReadOnlyDictionary<string, long> RelationshipsByType { get; }

    public long TotalNodes { get; }

    public long TotalRelationships { get; }

    public static Neo4jGraphCounts Of(KnowledgeGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var byLabel = NodeLabels.All.ToDictionary(l => l, l => 0L);
        foreach (var (label, count) in graph.CountNodesByLabel())
        {
            byLabel[label] = count;
        }

        var byType = SchemaNames.TypesOf(graph).ToDictionary(t => t, _ => 0L, StringComparer.Ordinal);
        foreach (var (type, count) in graph.CountRelationshipsByType())
        {
            byType[type] = count;
        }

        return new Neo4jGraphCounts(byLabel, byType, graph.NodeCount, graph.RelationshipCount);
    }

    public long Nodes(NodeLabel label) => NodesByLabel.TryGetValue(label, out var n) ? n : 0;

    public long Relationships(string type) => RelationshipsByType.TryGetValue(type, out var n) ? n : 0;
}

/// <summary>What a load did, what the database holds afterwards, and how fast the requests went.</summary>
public sealed record GraphLoadReport
{
    public required Neo4jServerInfo Server { get; init; }

    public required string Api { get; init; }

    public required Neo4jGraphCounts Graph { get; init; }

    public required Neo4jGraphCounts Database { get; init; }

    public required Neo4jCounters Counters { get; init; }

    /// <summary>Rows sent in <c>UNWIND</c> batches (nodes and relationships).</summary>
    public long Rows { get; init; }

    /// <summary>Batch statements sent (retries not included).</summary>
    public long Batches { get; init; }

    /// <summary>HTTP requests the server received during the load: schema, batches, clean-up, counts, and every retry.</summary>
    public long Requests { get; init; }

    /// <summary>Requests sent again after a retryable failure (already counted in <see cref="Requests"/>).</summary>
    public long Retries { get; init; }

    public TimeSpan Elapsed { get; init; }

    /// <summary>Time spent in batch requests only.</summary>
    public TimeSpan BatchTime { get; init; }

    public long RelationshipsDeleted { get; init; }

    public long RelationshipsStripped { get; init; }

    public long ArticlesDeleted { get; init; }

    public long OrphansDeleted { get; init; }

    public double RowsPerBatch => Batches == 0 ? 0 : (double)Rows / Batches;

    public double BatchesPerSecond => BatchTime <= TimeSpan.Zero ? 0 : Batches / BatchTime.TotalSeconds;

    public double RowsPerSecond => BatchTime <= TimeSpan.Zero ? 0 : Rows / BatchTime.TotalSeconds;

    /// <summary>True when every label and type of the graph has at least as many items in the database.</summary>
    public bool DatabaseHoldsGraph =>
        Graph.NodesByLabel.All(kv => Database.Nodes(kv.Key) >= kv.Value)
        && Graph.RelationshipsByType.All(kv => Database.Relationships(kv.Key) >= kv.Value);

    public string ThroughputLine() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Rows} rows in {Batches} batches, {Requests} HTTP requests ({Retries} retries); {RowsPerBatch:0.#} rows/batch, {BatchesPerSecond:0.#} batches/s, {RowsPerSecond:0} rows/s; {Elapsed.TotalSeconds:0.00} s in all");
}

/// <summary>A load that cannot go on (for example a relationship whose end is missing from the database).</summary>
public sealed class GraphLoadException : YiwuGraphException
{
    public GraphLoadException(string message)
        : base(message)
    {
    }
}
