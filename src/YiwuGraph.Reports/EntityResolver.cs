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

    /// <summary>
    /// The entities whose name or an alias comes close to <paramref name="text"/>, for "did you mean" when
    /// <see cref="Resolve"/> finds nothing: within an edit distance of a third of its characters (at least one), or
    /// containing it, or contained in it. Closest first, then a name before an alias, then ordinal; at most
    /// <paramref name="max"/>, one per entity.
    /// </summary>
    public IReadOnlyList<NameSuggestion> Suggest(string text, int max = 5)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        var query = Runes(NodeKeys.Normalize(text));
        if (query.Length == 0)
        {
            return [];
        }

        var allowed = Math.Max(1, query.Length / 3);
        var best = new Dictionary<GraphNode, (NameSuggestion Suggestion, int Distance, bool Contained)>();
        foreach (var node in graph.Nodes.Where(n => IsEntity(n.Label)))
        {
            Consider(node, node.Name, isAlias: false);
            foreach (var alias in node.Properties.GetStrings("aliases"))
            {
                Consider(node, alias, isAlias: true);
            }
        }

        return [.. best.Values
            .OrderBy(b => b.Distance)
            .ThenBy(b => b.Contained ? 0 : 1)
            .ThenBy(b => b.Suggestion.IsAlias ? 1 : 0)
            .ThenBy(b => b.Suggestion.MatchedName, StringComparer.Ordinal)
            .ThenBy(b => b.Suggestion.Node.Key, StringComparer.Ordinal)
            .Select(b => b.Suggestion)
            .Take(max)];

        void Consider(GraphNode node, string name, bool isAlias)
        {
            var candidate = Runes(NodeKeys.Normalize(name));
            if (candidate.Length == 0)
            {
                return;
            }

            // A one-character name inside a longer query says little (市, 会), so only names of two or more count.
            var contained = Contains(candidate, query) || (candidate.Length >= 2 && Contains(query, candidate));
            if (!contained && Math.Abs(candidate.Length - query.Length) > allowed)
            {
                return;
            }

            var distance = EditDistance(query, candidate);
            if (!contained && distance > allowed)
            {
                return;
            }

            var entry = (new NameSuggestion(node, name, isAlias), distance, contained);
            if (!best.TryGetValue(node, out var current) || Rank(entry).CompareTo(Rank(current)) < 0)
            {
                best[node] = entry;
            }
        }

        static (int, int, int) Rank((NameSuggestion Suggestion, int Distance, bool Contained) e) =>
            (e.Distance, e.Contained ? 0 : 1, e.Suggestion.IsAlias ? 1 : 0);
    }

    private static int[] Runes(string s) => [.. s.EnumerateRunes().Select(r => r.Value)];

    private static bool Contains(int[] haystack, int[] needle) =>
        haystack.Length >= needle.Length && haystack.AsSpan().IndexOf(needle) >= 0;

    /// <summary>Levenshtein distance over code points (one row kept).</summary>
    private static int EditDistance(int[] a, int[] b)
    {
        var row = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            row[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }

        return row[b.Length];
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
