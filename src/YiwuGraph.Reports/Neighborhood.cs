using YiwuGraph.Graph;

namespace YiwuGraph.Reports;

/// <summary>A node found within some hops of a centre, with its hop distance and the relationship that reached it.</summary>
public sealed record NeighborHit(GraphNode Node, int Hops, GraphRelationship Via, string From);

/// <summary>Bounded breadth-first walks that follow relationships both ways.</summary>
public static class Neighborhood
{
    /// <summary>
    /// Every node within <paramref name="hops"/> of <paramref name="centre"/> (not the centre itself), nearest first;
    /// at equal distance in the order they were reached, which follows the graph's adjacency order.
    /// </summary>
    public static IReadOnlyList<NeighborHit> Walk(KnowledgeGraph graph, string centre, int hops, int limit = int.MaxValue) =>
        Walk(graph, centre, hops, limit, null);

    /// <inheritdoc cref="Walk(KnowledgeGraph, string, int, int)"/>
    /// <param name="incidence">Sorted relationships shared between walks of one run; null to sort as needed.</param>
    public static IReadOnlyList<NeighborHit> Walk(KnowledgeGraph graph, string centre, int hops, int limit, IncidenceIndex? incidence)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfNegative(hops);
        var seen = new HashSet<string>(StringComparer.Ordinal) { centre };
        var hits = new List<NeighborHit>();
        var frontier = new List<string> { centre };
        for (var depth = 1; depth <= hops && frontier.Count > 0 && hits.Count < limit; depth++)
        {
            var next = new List<string>();
            foreach (var key in frontier)
            {
                foreach (var (edge, other) in incidence?.Of(key) ?? IncidenceIndex.Sort(graph, key))
                {
                    if (seen.Add(other))
                    {
                        hits.Add(new NeighborHit(graph.GetNode(other), depth, edge, key));
                        next.Add(other);
                        if (hits.Count >= limit)
                        {
                            return hits;
                        }
                    }
                }
            }

            frontier = next;
        }

        return hits;
    }

    /// <summary>Relationships touching a node, each with the node at its other end, in a stable order.</summary>
    public static IEnumerable<(GraphRelationship Edge, string Other)> Incident(KnowledgeGraph graph, string key)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return IncidenceIndex.Sort(graph, key);
    }
}
