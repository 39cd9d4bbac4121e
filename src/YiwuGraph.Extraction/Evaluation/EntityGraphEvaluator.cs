using System.Globalization;
using System.Text;
using YiwuGraph.Extraction.Ner;
using YiwuGraph.Extraction.Pipeline;
using YiwuGraph.Graph;

namespace YiwuGraph.Extraction.Evaluation;

/// <summary>Counts of one kind, summed over pages.</summary>
public sealed record EntityKindScore(NerEntityKind Kind, int Gold, int Predicted, int CorrectPredicted, int FoundGold)
{
    public double Precision => Predicted == 0 ? 0 : (double)CorrectPredicted / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)FoundGold / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>
/// Scores the graph, not the tagger: builds the graph of annotated pages exactly as <c>build</c> does and, page by
/// page, compares the entity nodes the page's articles MENTION with the strings a reader annotated there.
/// Precision = predicted nodes whose name or an alias equals an annotated string of that page and kind / predicted
/// nodes; recall = annotated strings equal to the name or an alias of a predicted node of that kind / annotated
/// strings; both summed over pages. So a person found once and linked to every later mention counts once, as a
/// reader of the graph sees it.
/// </summary>
public static class EntityGraphEvaluator
{
    private static readonly (NerEntityKind Kind, NodeLabel Label)[] Kinds =
    [
        (NerEntityKind.Person, NodeLabel.Person),
        (NerEntityKind.Location, NodeLabel.Place),
        (NerEntityKind.Organization, NodeLabel.Organization),
    ];

    /// <summary>Builds the graph of <paramref name="pages"/> with <paramref name="builder"/> and scores it.</summary>
    public static IReadOnlyList<EntityKindScore> Evaluate(
        IReadOnlyList<EntityGoldPage> pages, CorpusGraphBuilder builder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(builder);
        var folder = Directory.CreateTempSubdirectory("yiwugraph-eval-entities-");
        try
        {
            var names = new string[pages.Count];
            for (var i = 0; i < pages.Count; i++)
            {
                names[i] = string.Create(CultureInfo.InvariantCulture, $"page-{i + 1:000000}.txt");
                File.WriteAllText(Path.Combine(folder.FullName, names[i]), pages[i].Text, new UTF8Encoding(false));
            }

            var graph = builder.Build([folder.FullName], cancellationToken: cancellationToken).Graph;
            return Score(pages, names, graph);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Scores <paramref name="graph"/>, whose articles' <c>source</c> is <paramref name="sources"/>[i] for page i.</summary>
    public static IReadOnlyList<EntityKindScore> Score(IReadOnlyList<EntityGoldPage> pages, IReadOnlyList<string> sources, KnowledgeGraph graph)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(graph);
        var mentioned = MentionedBySource(graph);
        var totals = Kinds.ToDictionary(k => k.Kind, _ => new int[4]);
        for (var i = 0; i < pages.Count; i++)
        {
            var nodes = mentioned.GetValueOrDefault(sources[i]) ?? [];
            foreach (var (kind, label) in Kinds)
            {
                var gold = pages[i].Entities.Where(e => e.Kind == kind).Select(e => e.Surface).ToHashSet(StringComparer.Ordinal);
                var predicted = nodes.Where(n => n.Label == label).ToList();
                var surfaces = predicted.Select(n => Surfaces(n).ToHashSet(StringComparer.Ordinal)).ToList();
                var t = totals[kind];
                t[0] += gold.Count;
                t[1] += predicted.Count;
                t[2] += surfaces.Count(s => s.Overlaps(gold));
                t[3] += gold.Count(g => surfaces.Any(s => s.Contains(g)));
            }
        }

        return Kinds.Select(k => totals[k.Kind]).Zip(Kinds, (t, k) => new EntityKindScore(k.Kind, t[0], t[1], t[2], t[3])).ToList();
    }

    /// <summary>The scores as a plain table, one row per kind and one for all kinds together.</summary>
    public static string FormatTable(IReadOnlyList<EntityKindScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var inv = CultureInfo.InvariantCulture;
        var all = new EntityKindScore(
            NerEntityKind.Person, scores.Sum(s => s.Gold), scores.Sum(s => s.Predicted), scores.Sum(s => s.CorrectPredicted), scores.Sum(s => s.FoundGold));
        var sb = new StringBuilder();
        sb.AppendLine("type       gold  predicted  correct  found  precision  recall      F1");
        foreach (var (name, s) in scores.Select(s => (Name(s.Kind), s)).Append(("ALL", all)))
        {
            sb.AppendLine(string.Create(inv, $"{name,-4} {s.Gold,9} {s.Predicted,10} {s.CorrectPredicted,8} {s.FoundGold,6} {s.Precision,10:0.000} {s.Recall,7:0.000} {s.F1,7:0.000}"));
        }

        return sb.ToString();
    }

    private static string Name(NerEntityKind kind) => kind switch
    {
        NerEntityKind.Person => "PER",
        NerEntityKind.Location => "LOC",
        _ => "ORG",
    };

    private static IEnumerable<string> Surfaces(GraphNode node) => node.Properties.GetStrings("aliases").Prepend(node.Name);

    /// <summary>The entity nodes the articles of each source file mention.</summary>
    private static Dictionary<string, List<GraphNode>> MentionedBySource(KnowledgeGraph graph)
    {
        var keys = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var article in graph.NodesWithLabel(NodeLabel.Article))
        {
            var source = article.Properties.GetString("source") ?? string.Empty;
            if (!keys.TryGetValue(source, out var targets))
            {
                targets = new SortedSet<string>(StringComparer.Ordinal);
                keys.Add(source, targets);
            }

            targets.UnionWith(graph.OutRelationships(article.Key).Where(r => r.Type == RelationshipTypes.Mentions).Select(r => r.Target));
        }

        return keys.ToDictionary(kv => kv.Key, kv => kv.Value.Select(graph.GetNode).ToList(), StringComparer.Ordinal);
    }
}
