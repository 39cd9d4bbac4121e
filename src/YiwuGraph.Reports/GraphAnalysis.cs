using QuikGraph;
using QuikGraph.Algorithms.ConnectedComponents;
using QuikGraph.Algorithms.Ranking;
using YiwuGraph.Graph;

namespace YiwuGraph.Reports;

/// <summary>Centrality and structure of the whole graph, computed once with QuikGraph's algorithms.</summary>
public sealed class GraphAnalysis
{
    private GraphAnalysis(IReadOnlyDictionary<string, double> pageRank, IReadOnlyDictionary<string, int> degree, IReadOnlyList<int> componentSizes)
    {
        PageRank = pageRank;
        Degree = degree;
        ComponentSizes = componentSizes;
    }

    /// <summary>PageRank of every node (summing to one) on the graph with each relationship followed both ways.</summary>
    public IReadOnlyDictionary<string, double> PageRank { get; }

    /// <summary>Number of relationships touching each node (in plus out).</summary>
    public IReadOnlyDictionary<string, int> Degree { get; }

    /// <summary>Sizes of the weakly connected components, largest first.</summary>
    public IReadOnlyList<int> ComponentSizes { get; }

    public static GraphAnalysis Compute(KnowledgeGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var structure = graph.Structure;
        var degree = new Dictionary<string, int>(structure.VertexCount, StringComparer.Ordinal);
        foreach (var vertex in structure.Vertices)
        {
            degree[vertex] = structure.Degree(vertex);
        }

        return new GraphAnalysis(ComputePageRank(structure), degree, ComputeComponents(structure));
    }

    /// <summary>The top <paramref name="count"/> nodes of a label by PageRank, ties broken by key.</summary>
    public IReadOnlyList<GraphNode> TopByPageRank(IEnumerable<GraphNode> nodes, int count) =>
        nodes.OrderByDescending(n => PageRank.GetValueOrDefault(n.Key)).ThenBy(n => n.Key, StringComparer.Ordinal).Take(count).ToList();

    /// <summary>The top <paramref name="count"/> nodes by degree, ties broken by key.</summary>
    public IReadOnlyList<GraphNode> TopByDegree(IEnumerable<GraphNode> nodes, int count) =>
        nodes.OrderByDescending(n => Degree.GetValueOrDefault(n.Key)).ThenBy(n => n.Key, StringComparer.Ordinal).Take(count).ToList();

    private static Dictionary<string, double> ComputePageRank(IBidirectionalGraph<string, GraphRelationship> structure)
    {
        // Direction says who wrote or mentioned whom, not who matters: rank on the symmetric graph.
        var symmetric = new BidirectionalGraph<string, SEquatableEdge<string>>(allowParallelEdges: true, structure.VertexCount);
        symmetric.AddVertexRange(structure.Vertices);
        foreach (var edge in structure.Edges)
        {
            symmetric.AddEdge(new SEquatableEdge<string>(edge.Source, edge.Target));
            symmetric.AddEdge(new SEquatableEdge<string>(edge.Target, edge.Source));
        }

        var algorithm = new PageRankAlgorithm<string, SEquatableEdge<string>>(symmetric)
        {
            Damping = 0.85,
            Tolerance = 1e-9,
            MaxIterations = 40,
        };
        algorithm.Compute();
        var total = algorithm.Ranks.Values.Sum();
        var ranks = new Dictionary<string, double>(algorithm.Ranks.Count, StringComparer.Ordinal);
        foreach (var (vertex, rank) in algorithm.Ranks)
        {
            // Normalised to sum to one, and rounded so that summation order can never change the printed ranking.
            ranks[vertex] = total > 0 ? Math.Round(rank / total, 10) : 0;
        }

        return ranks;
    }

    private static List<int> ComputeComponents(IBidirectionalGraph<string, GraphRelationship> structure)
    {
        var algorithm = new WeaklyConnectedComponentsAlgorithm<string, GraphRelationship>(structure);
        algorithm.Compute();
        var sizes = new int[algorithm.ComponentCount];
        foreach (var component in algorithm.Components.Values)
        {
            sizes[component]++;
        }

        return [.. sizes.OrderDescending()];
    }
}
