using QuikGraph;
using QuikGraph.Algorithms.Observers;
using QuikGraph.Algorithms.Search;
using YiwuGraph.Graph;

namespace YiwuGraph.Reports;

/// <summary>One step of a path: the relationship crossed and the node reached, and whether it was crossed forwards.</summary>
public sealed record PathHop(GraphRelationship Relationship, GraphNode From, GraphNode To, bool Forward);

/// <summary>Shortest paths that ignore direction, with QuikGraph's undirected breadth-first search.</summary>
public static class GraphPaths
{
    /// <summary>The hops of a shortest path from <paramref name="from"/> to <paramref name="to"/>; null if none.</summary>
    public static IReadOnlyList<PathHop>? Shortest(KnowledgeGraph graph, string from, string to)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (from == to)
        {
            return [];
        }

        var undirected = new UndirectedBidirectionalGraph<string, GraphRelationship>(graph.Structure);
        var search = new UndirectedBreadthFirstSearchAlgorithm<string, GraphRelationship>(undirected);
        var predecessors = new UndirectedVertexPredecessorRecorderObserver<string, GraphRelationship>();
        using (predecessors.Attach(search))
        {
            search.Compute(from);
        }

        if (!predecessors.TryGetPath(to, out var edges))
        {
            return null;
        }

        var hops = new List<PathHop>();
        var current = from;
        foreach (var edge in edges)
        {
            var forward = edge.Source == current;
            var next = forward ? edge.Target : edge.Source;
            hops.Add(new PathHop(edge, graph.GetNode(current), graph.GetNode(next), forward));
            current = next;
        }

        return hops;
    }
}
