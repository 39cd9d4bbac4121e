using YiwuGraph.Core;
using YiwuGraph.Graph;

namespace YiwuGraph.Reports;

/// <summary>
/// What <see cref="ReportWriter.WriteAll"/> wrote, and the pages of an earlier run for nodes no longer in the graph:
/// how many it removed (with prune) or found and kept (without).
/// </summary>
public sealed record ReportSummary(string IndexPath, int EntityPages, int ArticlePages = 0, int StalePagesRemoved = 0, int StalePagesKept = 0)
{
    /// <summary>How long each phase of the run took, in order; shown by <c>report --all --verbose</c>.</summary>
    public IReadOnlyList<(string Phase, TimeSpan Elapsed)> Phases { get; init; } = [];
}

/// <summary>
/// Writes entity pages and article pages (HTML and Markdown) and the index into a report folder. Same graph, same
/// bytes. Entity pages sit in <c>entities/</c>, article pages in <c>articles/</c>.
/// </summary>
public static class ReportWriter
{
    /// <summary>Links from an entity page: other entities side by side, articles in the articles folder.</summary>
    public static string? SiblingLink(GraphNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return ReportPaths.Relative(ReportPaths.EntitiesFolder, node.Label, ReportPaths.HtmlName(node));
    }

    /// <summary>
    /// Writes one entity's page and its Markdown twin, and the pages of the articles its evidence cites (so that
    /// every link works); returns the HTML path of the entity page.
    /// </summary>
    public static string WriteEntity(KnowledgeGraph graph, GraphNode entity, string outDirectory)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(entity);
        var run = new ReportRun(graph, outDirectory);
        var page = new PageFile();
        var profile = ProfileBuilder.Build(graph, entity);
        var path = run.WriteEntity(entity, profile, page);
        foreach (var article in profile.Evidence.Select(e => e.Article).OfType<GraphNode>().DistinctBy(a => a.Key))
        {
            run.WriteArticle(article, page);
        }

        return path;
    }

    /// <summary>
    /// Writes every entity's and every article's page, the index and its Markdown twin. The pages an earlier run left
    /// for nodes that are gone are removed only when <paramref name="prune"/> asks for it, and never when the graph
    /// has no nodes: then every page would look stale, and an empty graph is far more often a failed build than a
    /// wish to delete a report. Pages are independent, so they are written in parallel.
    /// </summary>
    public static ReportSummary WriteAll(KnowledgeGraph graph, string outDirectory, int maxParallelism = 0, CancellationToken cancellationToken = default, bool prune = false)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var phases = new List<(string Phase, TimeSpan Elapsed)>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        void Phase(string name)
        {
            phases.Add((name, clock.Elapsed));
            clock.Restart();
        }

        var run = new ReportRun(graph, outDirectory);
        var nodes = graph.Nodes.ToList();
        var entities = nodes.Where(n => EntityResolver.IsEntity(n.Label)).ToList();
        var articles = nodes.Where(n => n.Label == NodeLabel.Article).ToList();
        var incidence = new IncidenceIndex(graph);
        Phase("ordering");
        // Centrality is a single-threaded pass over the whole graph; run beside the pages, it fills the time the page
        // writers spend waiting on the disk instead of adding to the run.
        var centrality = Task.Run(() => GraphAnalysis.Compute(graph), cancellationToken);
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = maxParallelism > 0 ? maxParallelism : Environment.ProcessorCount,
            CancellationToken = cancellationToken,
        };
        Parallel.ForEach(
            nodes,
            options,
            () => new PageFile(),
            (node, _, page) =>
            {
                if (node.Label == NodeLabel.Article)
                {
                    run.WriteArticle(node, page);
                }
                else
                {
                    run.WriteEntity(node, ProfileBuilder.Build(graph, node, incidence), page);
                }

                return page;
            },
            _ => { });
        Phase("pages");
        var analysis = centrality.GetAwaiter().GetResult();
        Phase("centrality");
        var index = Path.Combine(outDirectory, ReportPaths.IndexFile);
        AtomicFile.WriteAllText(index, IndexPage.Render(graph, analysis, entities));
        AtomicFile.WriteAllText(Path.Combine(outDirectory, ReportPaths.MarkdownIndexFile), IndexMarkdownPage.Render(graph, analysis, entities));
        Phase("index");
        var stale = StalePages.Find(outDirectory, run.Written);
        var removed = prune && graph.NodeCount > 0 ? StalePages.Remove(stale) : 0;
        Phase("stale pages");
        return new ReportSummary(index, entities.Count, articles.Count, removed, stale.Count - removed) { Phases = phases };
    }
}
