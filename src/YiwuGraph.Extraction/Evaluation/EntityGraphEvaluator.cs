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
/// What one page got wrong for one kind: the predicted nodes none of whose surfaces (name, aliases) a reader
/// annotated there with that kind, and the annotated strings no predicted node of that kind carries. Each false
/// positive lists its node's surfaces, name first; <see cref="FalseNegatives"/> are the annotated strings.
/// </summary>
public sealed record EntityPageErrors(
    int Page, NerEntityKind Kind, IReadOnlyList<IReadOnlyList<string>> FalsePositives, IReadOnlyList<string> FalseNegatives);

/// <summary>The scores of an evaluation and, page by page, what they count as wrong.</summary>
public sealed record EntityEvaluation(IReadOnlyList<EntityKindScore> Scores, IReadOnlyList<EntityPageErrors> Errors);

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
        IReadOnlyList<EntityGoldPage> pages, CorpusGraphBuilder builder, CancellationToken cancellationToken = default) =>
        EvaluateWithErrors(pages, builder, cancellationToken).Scores;

    /// <summary>As <see cref="Evaluate"/>, with each page's false positives and false negatives per kind.</summary>
    public static EntityEvaluation EvaluateWithErrors(
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
            return ScoreWithErrors(pages, names, graph);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Scores <paramref name="graph"/>, whose articles' <c>source</c> is <paramref name="sources"/>[i] for page i.</summary>
    public static IReadOnlyList<EntityKindScore> Score(IReadOnlyList<EntityGoldPage> pages, IReadOnlyList<string> sources, KnowledgeGraph graph) =>
        ScoreWithErrors(pages, sources, graph).Scores;

    /// <summary>As <see cref="Score"/>, with each page's false positives and false negatives per kind (page order, then kind).</summary>
    public static EntityEvaluation ScoreWithErrors(IReadOnlyList<EntityGoldPage> pages, IReadOnlyList<string> sources, KnowledgeGraph graph)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(graph);
        var mentioned = MentionedBySource(graph);
        var predicted = new List<IReadOnlyList<PredictedEntity>>(pages.Count);
        for (var i = 0; i < pages.Count; i++)
        {
            var nodes = mentioned.GetValueOrDefault(sources[i]) ?? [];
            predicted.Add(Kinds.SelectMany(k => nodes.Where(n => n.Label == k.Label)
                .Select(n => new PredictedEntity(k.Kind, Surfaces(n).Distinct(StringComparer.Ordinal).ToList()))).ToList());
        }

        return ScorePredictions(pages, predicted);
    }

    /// <summary>
    /// The bare tagger's spans scored the same way: each line of a page tagged alone with <paramref name="tagger"/>
    /// (no news layer, no rules, no linking), and each distinct string of a kind on the page taken as one predicted
    /// node with that string as its only surface. The baseline that tells what the graph adds to or loses against
    /// its own model.
    /// </summary>
    public static EntityEvaluation ScoreTagger(IReadOnlyList<EntityGoldPage> pages, NerTagger tagger, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(tagger);
        var predicted = new IReadOnlyList<PredictedEntity>[pages.Count];
        Parallel.For(0, pages.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var strings = new HashSet<(NerEntityKind Kind, string Surface)>();
            foreach (var line in pages[i].Text.Split('\n'))
            {
                foreach (var span in tagger.Tag(line))
                {
                    strings.Add((span.Kind, line[span.Start..span.End]));
                }
            }

            predicted[i] = strings.OrderBy(p => p.Kind).ThenBy(p => p.Surface, StringComparer.Ordinal)
                .Select(p => new PredictedEntity(p.Kind, [p.Surface])).ToList();
        });
        return ScorePredictions(pages, predicted);
    }

    /// <summary>Scores, page by page, predicted entities (a kind and the surfaces of one node) against the annotated strings.</summary>
    private static EntityEvaluation ScorePredictions(IReadOnlyList<EntityGoldPage> pages, IReadOnlyList<IReadOnlyList<PredictedEntity>> predicted)
    {
        var totals = Kinds.ToDictionary(k => k.Kind, _ => new int[4]);
        var errors = new List<EntityPageErrors>();
        for (var i = 0; i < pages.Count; i++)
        {
            foreach (var (kind, _) in Kinds)
            {
                var gold = pages[i].Entities.Where(e => e.Kind == kind).Select(e => e.Surface).ToHashSet(StringComparer.Ordinal);
                var surfaces = predicted[i].Where(p => p.Kind == kind).Select(p => p.Surfaces).ToList();
                var t = totals[kind];
                t[0] += gold.Count;
                t[1] += surfaces.Count;
                var falsePositives = surfaces.Where(s => !s.Any(gold.Contains)).ToList();
                var falseNegatives = gold.Where(g => !surfaces.Any(s => s.Contains(g, StringComparer.Ordinal))).ToList();
                t[2] += surfaces.Count - falsePositives.Count;
                t[3] += gold.Count - falseNegatives.Count;
                if (falsePositives.Count > 0 || falseNegatives.Count > 0)
                {
                    errors.Add(new EntityPageErrors(
                        i + 1,
                        kind,
                        falsePositives.Select(s => (IReadOnlyList<string>)s.Take(1).Concat(s.Skip(1).Order(StringComparer.Ordinal)).ToList())
                            .OrderBy(s => s[0], StringComparer.Ordinal).ToList(),
                        falseNegatives.Order(StringComparer.Ordinal).ToList()));
                }
            }
        }

        var scores = Kinds.Select(k => totals[k.Kind]).Zip(Kinds, (t, k) => new EntityKindScore(k.Kind, t[0], t[1], t[2], t[3])).ToList();
        return new EntityEvaluation(scores, errors);
    }

    /// <summary>
    /// The errors as tab-separated lines, one per wrong node or missed string: <c>page</c>, kind (PER, LOC, ORG),
    /// <c>FP</c> with the node's name and its aliases (<c>|</c> between them) or <c>FN</c> with the annotated string,
    /// and, when the string is annotated or predicted on that page under another kind, that kind (a type confusion
    /// rather than a miss). Pages in order, then kinds, FP before FN, strings in ordinal order.
    /// </summary>
    public static string FormatErrors(IReadOnlyList<EntityPageErrors> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var inv = CultureInfo.InvariantCulture;
        var byPage = errors.ToLookup(e => e.Page);
        var sb = new StringBuilder();
        sb.AppendLine("# page\ttype\tFP|FN\tnode surfaces (name|aliases) or annotated string\tother kind on the page");
        foreach (var page in errors.Select(e => e.Page).Distinct().Order())
        {
            var ofPage = byPage[page].ToList();
            var predictedKinds = ofPage.SelectMany(e => e.FalsePositives.SelectMany(s => s.Select(x => (x, e.Kind)))).ToLookup(p => p.x, p => p.Kind, StringComparer.Ordinal);
            var missedKinds = ofPage.SelectMany(e => e.FalseNegatives.Select(x => (x, e.Kind))).ToLookup(p => p.x, p => p.Kind, StringComparer.Ordinal);
            foreach (var e in ofPage.OrderBy(e => Array.FindIndex(Kinds, k => k.Kind == e.Kind)))
            {
                foreach (var surfaces in e.FalsePositives)
                {
                    var other = surfaces.SelectMany(x => missedKinds[x]).Where(k => k != e.Kind).Select(Name).Distinct().Order(StringComparer.Ordinal);
                    sb.AppendLine(string.Create(inv, $"{page}\t{Name(e.Kind)}\tFP\t{string.Join('|', surfaces)}\t{string.Join(',', other)}"));
                }

                foreach (var missed in e.FalseNegatives)
                {
                    var other = predictedKinds[missed].Where(k => k != e.Kind).Select(Name).Distinct().Order(StringComparer.Ordinal);
                    sb.AppendLine(string.Create(inv, $"{page}\t{Name(e.Kind)}\tFN\t{missed}\t{string.Join(',', other)}"));
                }
            }
        }

        return sb.ToString();
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

    /// <summary>One predicted node of a page: its kind and its distinct surfaces, name first.</summary>
    private sealed record PredictedEntity(NerEntityKind Kind, IReadOnlyList<string> Surfaces);
}
