using YiwuGraph.Graph;

namespace YiwuGraph.Reports;

/// <summary>
/// Finds entities (people, organisations, places, events) by key, name or alias. Names are compared after
/// <see cref="NodeKeys.Normalize"/>, so full-width letters and stray spaces do not matter.
/// </summary>
public sealed class EntityResolver
{
    private readonly Dictionary<string, List<GraphNode>> byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<GraphNode>> byAlias = new(StringComparer.Ordinal);
    private readonly KnowledgeGraph graph;

    public EntityResolver(KnowledgeGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        this.graph = graph;
        foreach (var node in graph.Nodes.Where(n => IsEntity(n.Label)))
        {
            Add(byName, node.Name, node);
            foreach (var alias in node.Properties.GetStrings("aliases"))
            {
                Add(byAlias, alias, node);
            }
        }
    }

    /// <summary>True for the labels that get a page of their own (everything but articles).</summary>
    public static bool IsEntity(NodeLabel label) => label != NodeLabel.Article;

    /// <summary>
    /// The entities this text names: the node with this key; else those with this name; else those with this
    /// alias. Empty when nothing matches; more than one when the name is ambiguous. Canonical order.
    /// </summary>
    public IReadOnlyList<GraphNode> Resolve(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (graph.TryGetNode(text.Trim(), out var exact) && IsEntity(exact.Label))
        {
            return [exact];
        }

        var normalized = NodeKeys.Normalize(text);
        if (byName.TryGetValue(normalized, out var named))
        {
            return named;
        }

        return byAlias.TryGetValue(normalized, out var aliased) ? aliased : [];
    }

    private static void Add(Dictionary<string, List<GraphNode>> index, string name, GraphNode node)
    {
        var normalized = NodeKeys.Normalize(name);
        if (normalized.Length == 0)
        {
            return;
        }

        if (!index.TryGetValue(normalized, out var list))
        {
            index[normalized] = list = [];
        }

        if (!list.Contains(node))
        {
            list.Add(node);
        }
    }
}
