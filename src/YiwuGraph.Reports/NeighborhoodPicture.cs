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
    public static NeighborhoodPicture Create(KnowledgeGraph graph, GraphNode centre, double width = 640, double height = 420)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(centre);
        var chosen = Choose(graph, centre);
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

    private static List<(GraphNode Node, int Ring)> Choose(KnowledgeGraph graph, GraphNode centre)
    {
        var chosen = new List<(GraphNode Node, int Ring)> { (centre, 0) };
        var structure = graph.Structure;
        IEnumerable<NeighborHit> Ranked(IEnumerable<NeighborHit> hits) => hits
            .OrderBy(h => h.Node.Label == NodeLabel.Article ? 1 : 0)
            .ThenByDescending(h => structure.Degree(h.Node.Key))
            .ThenBy(h => h.Node.Key, StringComparer.Ordinal);

        var first = Neighborhood.Walk(graph, centre.Key, 1);
        chosen.AddRange(Ranked(first).Take(MaxNodes - 1).Select(h => (h.Node, 1)));
        if (chosen.Count < 10)
        {
            var second = Neighborhood.Walk(graph, centre.Key, 2, limit: 400).Where(h => h.Hops == 2);
            chosen.AddRange(Ranked(second).Take(MaxNodes - chosen.Count).Select(h => (h.Node, 2)));
        }

        return chosen;
    }

    private static Dictionary<string, Point> Layout(List<(GraphNode Node, int Ring)> chosen, IEnumerable<PictureEdge> edges)
    {
        var layoutGraph = new BidirectionalGraph<string, Edge<string>>(allowParallelEdges: false);
        var start = new Dictionary<string, Point>(StringComparer.Ordinal);
        var rings = chosen.GroupBy(c => c.Ring).ToDictionary(g => g.Key, g => g.Select(c => c.Node.Key).ToList());
        foreach (var (ring, members) in rings)
        {
            for (var i = 0; i < members.Count; i++)
            {
                var angle = (2 * Math.PI * i / members.Count) + (ring * 0.3);
                start[members[i]] = new Point(ring * 120 * Math.Cos(angle), ring * 120 * Math.Sin(angle));
                layoutGraph.AddVertex(members[i]);
            }
        }

        foreach (var edge in edges)
        {
            if (edge.Source != edge.Target && !layoutGraph.ContainsEdge(edge.Source, edge.Target) && !layoutGraph.ContainsEdge(edge.Target, edge.Source))
            {
                layoutGraph.AddEdge(new Edge<string>(edge.Source, edge.Target));
            }
        }

        // A star (every edge touches the centre) is already at its best in the radial start.
        var centre = chosen[0].Node.Key;
        if (chosen.Count < 3 || layoutGraph.Edges.All(e => e.Source == centre || e.Target == centre))
        {
            return start;
        }

        // GraphShape 1.2.1's free Fruchterman-Reingold returns NaN positions from a given start and the bounded
        // one piles vertices on the border; Kamada-Kawai keeps the radial start's shape. Only its angular order is
        // kept (see Concentric), which three rounds already settle; each round costs ~0.08 ms, the largest share of --all.
        var parameters = new KKLayoutParameters { Width = 600, Height = 400, MaxIterations = 3 };
        var algorithm = new KKLayoutAlgorithm<string, Edge<string>, BidirectionalGraph<string, Edge<string>>>(layoutGraph, start, parameters)
        {
            Rand = new Random(20260),
        };
        algorithm.Compute();
        return new Dictionary<string, Point>(algorithm.VerticesPositions, StringComparer.Ordinal);
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
