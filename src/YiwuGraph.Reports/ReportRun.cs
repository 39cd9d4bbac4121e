using System.Collections.Concurrent;
using YiwuGraph.Graph;

namespace YiwuGraph.Reports;

/// <summary>
/// One report run into one folder: page names hashed once, the relationships each article is evidence for, and the
/// set of page files written (so stale ones can be told apart). Safe to share between the threads writing pages.
/// </summary>
internal sealed class ReportRun
{
    private readonly KnowledgeGraph graph;
    private readonly PageNames names = new();
    private readonly Lazy<EvidenceByArticle> evidenceByArticle;
    private readonly string entitiesFolder;
    private readonly string articlesFolder;

    public ReportRun(KnowledgeGraph graph, string outDirectory)
    {
        this.graph = graph;
        evidenceByArticle = new(() => new EvidenceByArticle(graph));
        entitiesFolder = Path.Combine(outDirectory, ReportPaths.EntitiesFolder);
        articlesFolder = Path.Combine(outDirectory, ReportPaths.ArticlesFolder);
        Directory.CreateDirectory(entitiesFolder);
        Directory.CreateDirectory(articlesFolder);
    }

    /// <summary>Every page file written, as <c>folder/file</c> relative to the report folder.</summary>
    public ConcurrentDictionary<string, byte> Written { get; } = new(StringComparer.Ordinal);

    public string WriteEntity(GraphNode entity, EntityProfile profile, PageFile page)
    {
        string? Link(GraphNode node) => ReportPaths.Relative(ReportPaths.EntitiesFolder, node.Label, names.HtmlName(node));
        var htmlName = names.HtmlName(entity);
        var html = Path.Combine(entitiesFolder, htmlName);
        EntityHtmlPage.Render(page.Text, profile, Link);
        Write(page, ReportPaths.EntitiesFolder, entitiesFolder, htmlName);
        EntityMarkdownPage.Render(page.Text, profile, Link);
        Write(page, ReportPaths.EntitiesFolder, entitiesFolder, Path.ChangeExtension(htmlName, ".md"));
        return html;
    }

    public void WriteArticle(GraphNode article, PageFile page)
    {
        string? Link(GraphNode node) => ReportPaths.Relative(ReportPaths.ArticlesFolder, node.Label, names.HtmlName(node));
        var profile = ArticleProfileBuilder.Build(graph, article, evidenceByArticle.Value);
        var htmlName = names.HtmlName(article);
        ArticleHtmlPage.Render(page.Text, profile, Link);
        Write(page, ReportPaths.ArticlesFolder, articlesFolder, htmlName);
        ArticleMarkdownPage.Render(page.Text, profile, Link);
        Write(page, ReportPaths.ArticlesFolder, articlesFolder, Path.ChangeExtension(htmlName, ".md"));
    }

    private void Write(PageFile page, string folderName, string folder, string fileName)
    {
        page.WriteTo(Path.Combine(folder, fileName));
        Written.TryAdd($"{folderName}/{fileName}", 0);
    }
}
