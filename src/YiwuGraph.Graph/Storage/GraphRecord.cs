namespace YiwuGraph.Graph.Storage;

/// <summary>
/// One line of a graph file as <see cref="GraphJsonlReader.ReadRecords(string)"/> reads it: a node, or a
/// relationship together with the labels of its two ends (which a streaming consumer cannot look up).
/// </summary>
public readonly record struct GraphRecord(
    int LineNumber,
    GraphNode? Node,
    GraphRelationship? Relationship,
    NodeLabel StartLabel,
    NodeLabel EndLabel)
{
    /// <summary>The records of an in-memory graph in its canonical order, the order <see cref="GraphJsonlWriter"/> writes (line numbers 0).</summary>
    public static IEnumerable<GraphRecord> Of(KnowledgeGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        foreach (var node in graph.Nodes)
        {
            yield return new GraphRecord(0, node, null, default, default);
        }

        foreach (var relationship in graph.Relationships)
        {
            yield return new GraphRecord(0, null, relationship, graph.GetNode(relationship.Source).Label, graph.GetNode(relationship.Target).Label);
        }
    }
}

/// <summary>
/// Whether records arrive in the canonical order of <see cref="KnowledgeGraph"/> (nodes by label, then key; then
/// relationships by type, then key; ordinal), which every graph written by this project is in. A consumer that
/// streams a file relies on it: each key then occurs once, and per-label and per-type files come out in the
/// order an in-memory export gives.
/// </summary>
public sealed class CanonicalRecordOrder
{
    private readonly HashSet<string> nodeKeys = new(StringComparer.Ordinal);
    private NodeLabel lastLabel;
    private string? lastNodeKey;
    private string? lastType;
    private string? lastRelationshipKey;

    /// <summary>
    /// One pass over <paramref name="records"/>, handing each node to <paramref name="node"/> and each relationship
    /// record to <paramref name="relationship"/> while they arrive in canonical order: false, having stopped, at the
    /// first record out of order. The first pass of every streaming consumer (exporters, the loader).
    /// </summary>
    public static bool Visit(IEnumerable<GraphRecord> records, Action<GraphNode> node, Action<GraphRecord> relationship)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(relationship);
        var order = new CanonicalRecordOrder();
        foreach (var record in records)
        {
            if (!order.Accepts(record))
            {
                return false;
            }

            if (record.Node is { } n)
            {
                node(n);
            }
            else
            {
                relationship(record);
            }
        }

        return true;
    }

    /// <summary>True when <paramref name="record"/> may follow the records accepted so far.</summary>
    public bool Accepts(in GraphRecord record)
    {
        if (record.Node is { } node)
        {
            if (lastType is not null)
            {
                return false;
            }

            // Keys are unique across labels too: the label order alone would let one key through twice.
            var ordered = lastNodeKey is null || node.Label > lastLabel
                || (node.Label == lastLabel && string.CompareOrdinal(node.Key, lastNodeKey) > 0);
            if (!ordered || !nodeKeys.Add(node.Key))
            {
                return false;
            }

            (lastLabel, lastNodeKey) = (node.Label, node.Key);
            return true;
        }

        var relationship = record.Relationship!;
        var typeOrder = lastType is null ? 1 : string.CompareOrdinal(relationship.Type, lastType);
        if (typeOrder < 0 || (typeOrder == 0 && string.CompareOrdinal(relationship.Key, lastRelationshipKey) <= 0))
        {
            return false;
        }

        (lastType, lastRelationshipKey) = (relationship.Type, relationship.Key);
        return true;
    }
}
