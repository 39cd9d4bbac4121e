using System.Text;
using YiwuGraph.Graph;

namespace YiwuGraph.Reports;

/// <summary>What <see cref="ReportWriter.WriteAll"/> wrote.</summary>
public sealed record ReportSummary(string IndexPath, int EntityPages);

/// <summary>Writes entity pages (HTML and Markdown) and the index into a report folder. Same graph, same bytes.</summary>
public static class ReportWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Links between entity pages, which sit side by side in the entities folder; articles have no page.</summary>
    public static string? SiblingLink(GraphNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return EntityResolver.IsEntity(node.Label) ? ReportPaths.HtmlName(node) : null;
    }

    /// <summary>Writes one entity's page and its Markdown twin; returns the HTML path.</summary>
    public static string WriteEntity(KnowledgeGraph graph, GraphNode entity, string outDirectory)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(entity);
        var folder = Path.Combine(outDirectory, ReportPaths.EntitiesFolder);
        Directory.CreateDirectory(folder);
        return WritePage(graph, entity, folder);
    }

    /// <summary>Writes every entity's page and the index; pages are independent, so they are written in parallel.</summary>
    public static ReportSummary WriteAll(KnowledgeGraph graph, string outDirectory, int maxParallelism = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var folder = Path.Combine(outDirectory, ReportPaths.EntitiesFolder);
        Directory.CreateDirectory(folder);
        var entities = graph.Nodes.Where(n => EntityResolver.IsEntity(n.Label)).ToList();
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = maxParallelism > 0 ? maxParallelism : Environment.ProcessorCount,
            CancellationToken = cancellationToken,
        };
        Parallel.ForEach(entities, options, entity => WritePage(graph, entity, folder));
        var index = Path.Combine(outDirectory, ReportPaths.IndexFile);
        File.WriteAllText(index, IndexPage.Render(graph, GraphAnalysis.Compute(graph), entities), Utf8);
        return new ReportSummary(index, entities.Count);
    }

    private static string WritePage(KnowledgeGraph graph, GraphNode entity, string folder)
    {
        var profile = ProfileBuilder.Build(graph, entity);
        var html = Path.Combine(folder, ReportPaths.HtmlName(entity));
        File.WriteAllText(html, EntityHtmlPage.Render(profile, SiblingLink), Utf8);
        File.WriteAllText(Path.Combine(folder, ReportPaths.MarkdownName(entity)), EntityMarkdownPage.Render(profile, SiblingLink), Utf8);
        return html;
    }
}
