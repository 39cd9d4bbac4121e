using System.Collections.Concurrent;
using YiwuGraph.Graph;

namespace YiwuGraph.Reports;

/// <summary>
/// Each node's relationships in the order of <see cref="Neighborhood.Incident"/>, sorted once per node and shared by
/// every page of a run: a hub's few thousand relationships used to be sorted again for each neighbour's picture.
/// Safe to share between threads.
/// </summary>
public sealed class IncidenceIndex(KnowledgeGraph graph)
{
    private readonly ConcurrentDictionary<string, (GraphRelationship Edge, string Other)[]> sorted = new(StringComparer.Ordinal);

    public IReadOnlyList<(GraphRelationship Edge, string Other)> Of(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return sorted.GetOrAdd(key, static (k, g) => Sort(g, k), graph);
    }

    /// <summary>Out-relationships then in-relationships, ordered by relationship key; keys are unique, so the order is total.</summary>
    internal static (GraphRelationship Edge, string Other)[] Sort(KnowledgeGraph graph, string key)
    {
        var items = new List<(GraphRelationship Edge, string Other)>();
        foreach (var edge in graph.OutRelationships(key))
        {
            items.Add((edge, edge.Target));
        }

        foreach (var edge in graph.InRelationships(key))
        {
            items.Add((edge, edge.Source));
        }

        var array = items.ToArray();

        // A self-loop appears twice with the same key, once from each side; both entries are identical, so the sort
        // being unstable cannot change the result.
        Array.Sort(array, static (a, b) => string.CompareOrdinal(a.Edge.Key, b.Edge.Key));
        return array;
    }
}
