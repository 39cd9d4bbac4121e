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
        return WritePage(graph, entity, folder, new PageNames(), null, new PageFile());
    }

    /// <summary>
    /// Writes every entity's page and the index; pages are independent, so they are written in parallel, each
    /// thread reusing its own page buffer.
    /// </summary>
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
        var names = new PageNames();
        var incidence = new IncidenceIndex(graph);
        Parallel.ForEach(
            entities,
            options,
            () => new PageFile(),
            (entity, _, page) =>
            {
                WritePage(graph, entity, folder, names, incidence, page);
                return page;
            },
            _ => { });
        var index = Path.Combine(outDirectory, ReportPaths.IndexFile);
        File.WriteAllText(index, IndexPage.Render(graph, GraphAnalysis.Compute(graph), entities), Utf8);
        return new ReportSummary(index, entities.Count);
    }

    private static string WritePage(KnowledgeGraph graph, GraphNode entity, string folder, PageNames names, IncidenceIndex? incidence, PageFile page)
    {
        var profile = ProfileBuilder.Build(graph, entity, incidence);
        string? Link(GraphNode node) => EntityResolver.IsEntity(node.Label) ? names.HtmlName(node) : null;
        var htmlName = names.HtmlName(entity);
        var html = Path.Combine(folder, htmlName);
        EntityHtmlPage.Render(page.Text, profile, Link);
        page.WriteTo(html);
        EntityMarkdownPage.Render(page.Text, profile, Link);
        page.WriteTo(Path.Combine(folder, Path.ChangeExtension(htmlName, ".md")));
        return html;
    }
}
