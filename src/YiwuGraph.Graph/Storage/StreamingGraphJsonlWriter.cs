namespace YiwuGraph.Graph.Storage;

/// <summary>How many nodes and relationships a graph has, by label and by type (what a build summary prints).</summary>
public sealed record GraphCounts(IReadOnlyDictionary<NodeLabel, int> NodesByLabel, IReadOnlyDictionary<string, int> RelationshipsByType)
{
    public int Nodes => NodesByLabel.Values.Sum();

    public int Relationships => RelationshipsByType.Values.Sum();

    public static GraphCounts Of(KnowledgeGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return new GraphCounts(graph.CountNodesByLabel(), graph.CountRelationshipsByType());
    }
}

/// <summary>
/// Writes graph.jsonl from contributions streamed in canonical order (the k-way merge of sorted runs or shard
/// graphs), folding each key's contributions as it goes: the same bytes as <see cref="GraphJsonlWriter"/> writes for
/// the graph the contributions fold into, without holding that graph.
/// </summary>
/// <remarks>
/// A relationship line names its ends by node id, the position of the node in canonical order. Nodes are written
/// first, and a <see cref="NodeIdIndex"/> keeps, per node, a 64-bit hash of its key, its id and its label
/// (13 bytes; 65 MB for 5 million nodes) rather than the keys themselves; keys whose hashes collide are looked up
/// exactly in a second pass over the nodes.
/// </remarks>
public static class StreamingGraphJsonlWriter
{
    /// <param name="nodes">Node contributions in <see cref="GraphContributions.NodeOrder"/>.</param>
    /// <param name="nodesAgain">The same sequence again, read only if two node keys share a hash.</param>
    /// <param name="relationships">Relationship contributions in <see cref="GraphContributions.RelationshipOrder"/>.</param>
    public static GraphCounts Write(
        Stream stream,
        IEnumerable<NodeContribution> nodes,
        Func<IEnumerable<NodeContribution>> nodesAgain,
        IEnumerable<RelationshipContribution> relationships)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(nodesAgain);
        ArgumentNullException.ThrowIfNull(relationships);
        using var line = new GraphJsonlWriter.JsonLineBuffer();
        var index = new NodeIdIndex();
        var byLabel = new SortedDictionary<NodeLabel, int>();
        foreach (var group in GraphContributions.GroupByKey(nodes, n => n.Key))
        {
            var node = GraphContributions.FoldNode(group);
            var id = index.Add(node.Key, node.Label);
            GraphJsonlWriter.WriteNode(stream, line, id, node);
            byLabel[node.Label] = byLabel.GetValueOrDefault(node.Label) + 1;
        }

        index.Freeze(() => GraphContributions.GroupByKey(nodesAgain(), n => n.Key).Select(g => g[0].Key));
        var byType = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var relId = 0;
        foreach (var group in GraphContributions.GroupByKey(relationships, r => r.Key))
        {
            var rel = GraphContributions.FoldRelationship(group);
            var start = index.Find(rel.Source) ?? throw new InvalidOperationException($"Both ends of {rel.Key} must be nodes of the graph.");
            var end = index.Find(rel.Target) ?? throw new InvalidOperationException($"Both ends of {rel.Key} must be nodes of the graph.");
            GraphJsonlWriter.WriteRelationship(stream, line, relId++, rel, start, end);
            byType[rel.Type] = byType.GetValueOrDefault(rel.Type) + 1;
        }

        stream.Flush();
        return new GraphCounts(
            byLabel.ToDictionary(kv => kv.Key, kv => kv.Value),
            byType.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal));
    }
}

/// <summary>
/// Node key → (id, label) for every node of a graph written in canonical order, in 13 bytes a node: a 64-bit
/// hash of the key, the id and the label, sorted by hash. Exact: the few keys whose hashes collide are kept whole.
/// </summary>
public sealed class NodeIdIndex
{
    private ulong[] hashes = new ulong[1024];
    private int[] ids = new int[1024];
    private NodeLabel[] labels = new NodeLabel[1024];
    private int count;
    private Dictionary<string, int>? collided;
    private bool frozen;

    public int Count => count;

    /// <summary>The hash the index keeps of a key: 64-bit FNV-1a over its UTF-16 code units.</summary>
    public static ulong Hash(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var h = 14695981039346656037UL;
        foreach (var c in key)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        return h;
    }

    /// <summary>Adds the next node in canonical order and returns its id.</summary>
    public int Add(string key, NodeLabel label)
    {
        if (frozen)
        {
            throw new InvalidOperationException("The index is frozen.");
        }

        if (count == hashes.Length)
        {
            Array.Resize(ref hashes, count * 2);
            Array.Resize(ref ids, count * 2);
        }

        if (count == labels.Length)
        {
            Array.Resize(ref labels, count * 2);
        }

        hashes[count] = Hash(key);
        ids[count] = count;
        labels[count] = label;
        return count++;
    }

    /// <summary>
    /// Sorts the hashes for lookup. When two keys share a hash, <paramref name="keysInIdOrder"/> is read once to
    /// keep those keys whole.
    /// </summary>
    public void Freeze(Func<IEnumerable<string>> keysInIdOrder)
    {
        ArgumentNullException.ThrowIfNull(keysInIdOrder);
        Array.Sort(hashes, ids, 0, count);
        frozen = true;
        HashSet<ulong>? shared = null;
        for (var i = 1; i < count; i++)
        {
            if (hashes[i] == hashes[i - 1])
            {
                (shared ??= []).Add(hashes[i]);
            }
        }

        if (shared is null)
        {
            return;
        }

        collided = new Dictionary<string, int>(StringComparer.Ordinal);
        var id = 0;
        foreach (var key in keysInIdOrder())
        {
            if (shared.Contains(Hash(key)))
            {
                collided[key] = id;
            }

            id++;
        }
    }

    /// <summary>The id and label of the node with this key, or null when there is none.</summary>
    public (int Id, NodeLabel Label)? Find(string key)
    {
        if (!frozen)
        {
            throw new InvalidOperationException("Freeze the index before looking keys up.");
        }

        if (collided is not null && collided.TryGetValue(key, out var exact))
        {
            return (exact, labels[exact]);
        }

        var at = Array.BinarySearch(hashes, 0, count, Hash(key));
        if (at < 0)
        {
            return null;
        }

        var nodeId = ids[at];
        return (nodeId, labels[nodeId]);
    }
}
