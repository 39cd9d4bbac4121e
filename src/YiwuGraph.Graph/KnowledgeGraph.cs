using QuikGraph;

namespace YiwuGraph.Graph;

/// <summary>
/// The embedded knowledge graph: nodes by key plus a QuikGraph bidirectional graph of typed relationships.
/// Algorithms and reports take <see cref="Structure"/>, the smallest interface that serves them.
/// </summary>
public sealed class KnowledgeGraph
{
    private readonly Dictionary<string, GraphNode> nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GraphRelationship> relationships = new(StringComparer.Ordinal);
    private readonly BidirectionalGraph<string, GraphRelationship> structure = new(allowParallelEdges: true);
    private readonly bool journaled;

    public KnowledgeGraph()
    {
    }

    private KnowledgeGraph(bool journaled)
    {
        this.journaled = journaled;
    }

    /// <summary>
    /// A graph whose nodes and relationships record how their properties are written (see
    /// <see cref="PropertyMap.Journaled"/>): one article's facts, to be folded into the corpus's graph later and
    /// elsewhere by <see cref="Storage.GraphContributions"/>.
    /// </summary>
    public static KnowledgeGraph Journaled() => new(journaled: true);

    public bool IsJournaled => journaled;

    public int NodeCount => nodes.Count;

    public int RelationshipCount => relationships.Count;

    public IBidirectionalGraph<string, GraphRelationship> Structure => structure;

    /// <summary>Nodes in the canonical order: by label, then by key (ordinal).</summary>
    public IEnumerable<GraphNode> Nodes =>
        nodes.Values.OrderBy(n => n.Label).ThenBy(n => n.Key, StringComparer.Ordinal);

    /// <summary>Relationships in the canonical order: by type, then by key (ordinal).</summary>
    public IEnumerable<GraphRelationship> Relationships =>
        relationships.Values.OrderBy(r => r.Type, StringComparer.Ordinal).ThenBy(r => r.Key, StringComparer.Ordinal);

    public bool TryGetNode(string key, out GraphNode node) => nodes.TryGetValue(key, out node!);

    public GraphNode GetNode(string key) =>
        nodes.TryGetValue(key, out var node) ? node : throw new KeyNotFoundException($"No node with key '{key}'.");

    public bool TryGetRelationship(string key, out GraphRelationship relationship) =>
        relationships.TryGetValue(key, out relationship!);

    /// <summary>Returns the node with this key, creating it with its <c>key</c> property if it is new.</summary>
    public GraphNode GetOrAddNode(string key, NodeLabel label)
    {
        if (nodes.TryGetValue(key, out var existing))
        {
            if (existing.Label != label)
            {
                throw new InvalidOperationException($"Node '{key}' is a {existing.Label}, not a {label}.");
            }

            return existing;
        }

        var node = new GraphNode(key, label, journaled ? PropertyMap.Journaled() : null);
        node.Properties.Set("key", key);
        nodes.Add(key, node);
        structure.AddVertex(key);
        return node;
    }

    /// <summary>Adds a relationship, or returns the existing one with the same identity. Both ends must exist.</summary>
    public GraphRelationship GetOrAddRelationship(string type, string source, string target, string? discriminator = null)
    {
        var key = GraphRelationship.MakeKey(type, source, target, string.IsNullOrEmpty(discriminator) ? null : discriminator);
        if (relationships.TryGetValue(key, out var existing))
        {
            return existing;
        }

        if (!nodes.ContainsKey(source) || !nodes.ContainsKey(target))
        {
            throw new InvalidOperationException($"Both ends of {key} must be nodes of the graph.");
        }

        var relationship = new GraphRelationship(type, source, target, discriminator, journaled ? PropertyMap.Journaled() : null);
        relationship.Properties.Set("key", relationship.Key);
        relationships.Add(key, relationship);
        structure.AddEdge(relationship);
        return relationship;
    }

    /// <summary>Adds a fully formed node (used by readers); false, and nothing added, when its key is taken.</summary>
    public bool TryAdd(GraphNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (!nodes.TryAdd(node.Key, node))
        {
            return false;
        }

        structure.AddVertex(node.Key);
        return true;
    }

    /// <summary>Adds a fully formed relationship (used by readers); its ends must exist and its key must be new.</summary>
    public void AddRelationship(GraphRelationship relationship)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        if (!nodes.ContainsKey(relationship.Source) || !nodes.ContainsKey(relationship.Target))
        {
            throw new InvalidOperationException($"Both ends of {relationship.Key} must be nodes of the graph.");
        }

        relationships.Add(relationship.Key, relationship);
        structure.AddEdge(relationship);
    }

    public bool RemoveRelationship(GraphRelationship relationship)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        return relationships.Remove(relationship.Key) && structure.RemoveEdge(relationship);
    }

    /// <summary>Removes a node and every relationship touching it.</summary>
    public bool RemoveNode(string key)
    {
        if (!nodes.Remove(key))
        {
            return false;
        }

        foreach (var edge in structure.InEdges(key).Concat(structure.OutEdges(key)).ToList())
        {
            relationships.Remove(edge.Key);
        }

        structure.RemoveVertex(key);
        return true;
    }

    public IEnumerable<GraphNode> NodesWithLabel(NodeLabel label) => Nodes.Where(n => n.Label == label);

    public IEnumerable<GraphRelationship> OutRelationships(string key) =>
        structure.TryGetOutEdges(key, out var edges) ? edges : [];

    public IEnumerable<GraphRelationship> InRelationships(string key) =>
        structure.TryGetInEdges(key, out var edges) ? edges : [];

    public IReadOnlyDictionary<NodeLabel, int> CountNodesByLabel() =>
        nodes.Values.GroupBy(n => n.Label).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count());

    public IReadOnlyDictionary<string, int> CountRelationshipsByType() =>
        relationships.Values.GroupBy(r => r.Type).OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}
