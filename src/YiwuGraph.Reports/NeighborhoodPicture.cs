using System.Globalization;
using GraphShape;
using GraphShape.Algorithms.Layout;
using QuikGraph;
using YiwuGraph.Graph;

namespace YiwuGraph.Reports;

/// <summary>A node of the picture with its position, rounded so that the drawing is byte-for-byte repeatable.</summary>
public sealed record PictureNode(GraphNode Node, double X, double Y, bool IsCentre);

/// <summary>An edge of the picture between two of its nodes.</summary>
public sealed record PictureEdge(string Source, string Target, string Type);

/// <summary>The neighbourhood of an entity, chosen, laid out and ready to draw.</summary>
public sealed record NeighborhoodPicture(IReadOnlyList<PictureNode> Nodes, IReadOnlyList<PictureEdge> Edges, double Width, double Height)
{
    public const int MaxNodes = 16;
    private const double Margin = 48;

    /// <summary>
    /// Chooses the centre's neighbours (entities before articles, then by degree and key; a second hop only when
    /// the first is sparse), lays them out with GraphShape's Kamada-Kawai algorithm from a radial start
    /// with a seeded random source, then fits the positions into the canvas and rounds them.
    /// </summary>
    public static NeighborhoodPicture Create(KnowledgeGraph graph, GraphNode centre, double width = 640, double height = 420) =>
        Create(graph, centre, null, width, height);

    /// <inheritdoc cref="Create(KnowledgeGraph, GraphNode, double, double)"/>
    /// <param name="incidence">Sorted relationships shared by the pages of one run; null to sort as needed.</param>
    public static NeighborhoodPicture Create(KnowledgeGraph graph, GraphNode centre, IncidenceIndex? incidence, double width = 640, double height = 420)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(centre);
        var chosen = Choose(graph, centre, incidence);
        var keys = new HashSet<string>(chosen.Select(c => c.Node.Key), StringComparer.Ordinal);
        var edges = new SortedDictionary<string, PictureEdge>(StringComparer.Ordinal);
        foreach (var (node, _) in chosen)
        {
            // Every edge is some node's out-edge, so out-edges find each one once without touching hubs' in-edges.
            foreach (var edge in graph.OutRelationships(node.Key))
            {
                if (keys.Contains(edge.Target))
                {
                    edges.TryAdd(edge.Key, new PictureEdge(edge.Source, edge.Target, edge.Type));
                }
            }
        }

        var positions = Concentric(chosen, Layout(chosen, edges.Values));
        var fitted = Fit(positions, width, height);
        var nodes = chosen.Select(c => new PictureNode(c.Node, fitted[c.Node.Key].X, fitted[c.Node.Key].Y, c.Node.Key == centre.Key)).ToList();
        return new NeighborhoodPicture(nodes, [.. edges.Values], width, height);
    }

    private static List<(GraphNode Node, int Ring)> Choose(KnowledgeGraph graph, GraphNode centre, IncidenceIndex? incidence)
    {
        var chosen = new List<(GraphNode Node, int Ring)> { (centre, 0) };
        var structure = graph.Structure;
        IEnumerable<NeighborHit> Ranked(IEnumerable<NeighborHit> hits) => hits
            .OrderBy(h => h.Node.Label == NodeLabel.Article ? 1 : 0)
            .ThenByDescending(h => structure.Degree(h.Node.Key))
            .ThenBy(h => h.Node.Key, StringComparer.Ordinal);

        var first = Neighborhood.Walk(graph, centre.Key, 1, int.MaxValue, incidence);
        chosen.AddRange(Ranked(first).Take(MaxNodes - 1).Select(h => (h.Node, 1)));
        if (chosen.Count < 10)
        {
            var second = Neighborhood.Walk(graph, centre.Key, 2, 400, incidence).Where(h => h.Hops == 2);
            chosen.AddRange(Ranked(second).Take(MaxNodes - chosen.Count).Select(h => (h.Node, 2)));
        }

        return chosen;
    }

    /// <remarks>
    /// The layout graph's vertices are the nodes' indices in <paramref name="chosen"/> rather than their keys: the
    /// algorithm's arithmetic depends only on vertex order, edges and start positions, so the positions are the same,
    /// and its all-pairs shortest paths no longer hash long keys (about a third of the layout's time).
    /// </remarks>
    private static Dictionary<string, Point> Layout(List<(GraphNode Node, int Ring)> chosen, IEnumerable<PictureEdge> edges)
    {
        var layoutGraph = new BidirectionalGraph<int, Edge<int>>(allowParallelEdges: false);
        var start = new Dictionary<int, Point>(chosen.Count);
        var indexOf = new Dictionary<string, int>(chosen.Count, StringComparer.Ordinal);
        var ringSizes = new Dictionary<int, int>();
        foreach (var (_, ring) in chosen)
        {
            ringSizes[ring] = ringSizes.GetValueOrDefault(ring) + 1;
        }

        // Chosen nodes come ring by ring, so the i-th member of a ring is counted in order.
        var positionInRing = 0;
        for (var index = 0; index < chosen.Count; index++)
        {
            var ring = chosen[index].Ring;
            positionInRing = index > 0 && chosen[index - 1].Ring == ring ? positionInRing + 1 : 0;
            var angle = (2 * Math.PI * positionInRing / ringSizes[ring]) + (ring * 0.3);
            start[index] = new Point(ring * 120 * Math.Cos(angle), ring * 120 * Math.Sin(angle));
            indexOf[chosen[index].Node.Key] = index;
            layoutGraph.AddVertex(index);
        }

        foreach (var edge in edges)
        {
            int source = indexOf[edge.Source], target = indexOf[edge.Target];
            if (source != target && !layoutGraph.ContainsEdge(source, target) && !layoutGraph.ContainsEdge(target, source))
            {
                layoutGraph.AddEdge(new Edge<int>(source, target));
            }
        }

        // A star (every edge touches the centre) is already at its best in the radial start.
        if (chosen.Count < 3 || layoutGraph.Edges.All(e => e.Source == 0 || e.Target == 0))
        {
            return ByKey(chosen, start);
        }

        // GraphShape 1.2.1's free Fruchterman-Reingold returns NaN positions from a given start and the bounded
        // one piles vertices on the border; Kamada-Kawai keeps the radial start's shape. Only its angular order is
        // kept (see Concentric), which three rounds already settle; each round costs ~0.08 ms, the largest share of --all.
        var parameters = new KKLayoutParameters { Width = 600, Height = 400, MaxIterations = 3 };
        var algorithm = new KKLayoutAlgorithm<int, Edge<int>, BidirectionalGraph<int, Edge<int>>>(layoutGraph, start, parameters)
        {
            Rand = new Random(20260),
        };
        algorithm.Compute();
        return ByKey(chosen, algorithm.VerticesPositions);
    }

    private static Dictionary<string, Point> ByKey(List<(GraphNode Node, int Ring)> chosen, IDictionary<int, Point> positions)
    {
        var result = new Dictionary<string, Point>(chosen.Count, StringComparer.Ordinal);
        for (var i = 0; i < chosen.Count; i++)
        {
            result[chosen[i].Node.Key] = positions[i];
        }

        return result;
    }

    /// <summary>
    /// Keeps the layout's angular order around the centre (related neighbours stay side by side) but puts each hop
    /// on its own evenly spaced ring, so labels do not pile up where a force layout bunches nodes together.
    /// </summary>
    private static Dictionary<string, Point> Concentric(List<(GraphNode Node, int Ring)> chosen, Dictionary<string, Point> layout)
    {
        var origin = layout[chosen[0].Node.Key];
        var result = new Dictionary<string, Point>(StringComparer.Ordinal) { [chosen[0].Node.Key] = new Point(0, 0) };
        foreach (var ring in chosen.Skip(1).GroupBy(c => c.Ring).OrderBy(g => g.Key))
        {
            var ordered = ring
                .Select(c => (c.Node.Key, Angle: Math.Round(Math.Atan2(layout[c.Node.Key].Y - origin.Y, layout[c.Node.Key].X - origin.X), 6)))
                .OrderBy(a => a.Angle).ThenBy(a => a.Key, StringComparer.Ordinal)
                .ToList();
            var radius = ring.Key * 150.0;
            for (var i = 0; i < ordered.Count; i++)
            {
                var angle = ordered[0].Angle + (2 * Math.PI * i / ordered.Count);
                result[ordered[i].Key] = new Point(radius * Math.Cos(angle), radius * Math.Sin(angle));
            }
        }

        return result;
    }

    private static Dictionary<string, (double X, double Y)> Fit(Dictionary<string, Point> positions, double width, double height)
    {
        var minX = positions.Values.Min(p => p.X);
        var maxX = positions.Values.Max(p => p.X);
        var minY = positions.Values.Min(p => p.Y);
        var maxY = positions.Values.Max(p => p.Y);
        var spanX = Math.Max(maxX - minX, 1);
        var spanY = Math.Max(maxY - minY, 1);
        var scale = Math.Min(8, Math.Min((width - (2 * Margin)) / spanX, (height - (2 * Margin)) / spanY));
        var midX = (minX + maxX) / 2;
        var midY = (minY + maxY) / 2;
        return positions.ToDictionary(
            p => p.Key,
            p => (Round((width / 2) + ((p.Value.X - midX) * scale)), Round((height / 2) + ((p.Value.Y - midY) * scale))),
            StringComparer.Ordinal);
    }

    private static double Round(double value) => double.IsFinite(value) ? Math.Round(value, 1, MidpointRounding.ToEven) : 0;

    internal static string Format(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
