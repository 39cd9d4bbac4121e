using System.Text;
using YiwuGraph.Graph;

namespace YiwuGraph.Reports;

/// <summary>
/// A self-contained HTML page for one article: title, dates, reporters and source file, then the entities it
/// mentions and the facts read in it, each with its quoted snippets and offsets in the source file.
/// </summary>
public static class ArticleHtmlPage
{
    public static string Render(ArticleProfile profile, Func<GraphNode, string?> link) =>
        Render(new StringBuilder(4096), profile, link).ToString();

    /// <summary>Appends the page to <paramref name="sb"/>, so one builder can serve many pages.</summary>
    public static StringBuilder Render(StringBuilder sb, ArticleProfile profile, Func<GraphNode, string?> link)
    {
        ArgumentNullException.ThrowIfNull(sb);
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(link);
        var article = profile.Article;
        sb.Append("<!DOCTYPE html>\n<html lang=\"zh-Hans\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").AppendEscaped(profile.Title).Append(" · Article · YiwuGraph</title>\n")
            .Append("<style>").Append(Html.Style).Append("</style>\n</head>\n<body>\n");
        sb.Append("<nav><a href=\"../").Append(ReportPaths.IndexFile).Append("\">← Index · 索引</a></nav>\n<header>\n")
            .Append("<h1>").AppendEscaped(profile.Title).Append("</h1>\n")
            .Append("<span class=\"label label-Article\">Article</span> ")
            .Append("<span class=\"key\">").AppendEscaped(article.Key).Append("</span>\n</header>\n");
        sb.Append("<section id=\"about\">\n<h2>Article · 文章</h2>\n<table>\n");
        Row(sb, "Date", ArticleText.Date(profile));
        if (profile.Reporters.Count > 0)
        {
            sb.Append("<tr><th>Reporters</th><td>");
            for (var i = 0; i < profile.Reporters.Count; i++)
            {
                var reporter = profile.Reporters[i];
                var href = reporter.Person is null ? null : link(reporter.Person);
                _ = i > 0 ? sb.Append('、') : sb;
                _ = href is null
                    ? sb.AppendEscaped(reporter.Name)
                    : sb.Append("<a href=\"").AppendEscaped(href).Append("\">").AppendEscaped(reporter.Name).Append("</a>");
            }

            sb.Append("</td></tr>\n");
        }

        Row(sb, "Source file", profile.Source);
        sb.Append("</table>\n</section>\n");
        Facts(sb, "mentions", "Entities mentioned · 提及实体", profile.Mentions, article, link);
        Facts(sb, "facts", "Facts read here · 本文事实", profile.Facts, article, link);
        return sb.Append("</body>\n</html>\n");
    }

    private static void Row(StringBuilder sb, string name, string? value)
    {
        if (value is not null)
        {
            sb.Append("<tr><th>").Append(name).Append("</th><td>").AppendEscaped(value).Append("</td></tr>\n");
        }
    }

    private static void Facts(StringBuilder sb, string id, string heading, IReadOnlyList<ArticleFact> facts, GraphNode article, Func<GraphNode, string?> link)
    {
        if (facts.Count == 0)
        {
            return;
        }

        sb.Append("<section id=\"").Append(id).Append("\">\n<h2>").AppendEscaped(heading).Append("</h2>\n<ol class=\"statements\">\n");
        foreach (var fact in facts)
        {
            sb.Append("<li>");
            if (fact.Relationship.Type == RelationshipTypes.Mentions && fact.Source.Key == article.Key)
            {
                NodeLink(sb, fact.Target, article, link);
                sb.Append(" <span class=\"label label-").Append(fact.Target.Label).Append("\">").Append(fact.Target.Label).Append("</span>");
            }
            else
            {
                NodeLink(sb, fact.Source, article, link);
                sb.Append(" <span class=\"detail\">").AppendEscaped(fact.Relationship.Type).Append("</span> ");
                NodeLink(sb, fact.Target, article, link);
            }

            foreach (var detail in StatementText.Details(fact.Relationship))
            {
                sb.Append("<span class=\"detail\">").AppendEscaped(detail).Append("</span>");
            }

            foreach (var evidence in fact.Evidence)
            {
                sb.Append("\n<blockquote>“").AppendEscaped(evidence.DisplayText).Append("”</blockquote>")
                    .Append("<span class=\"source\">").AppendEscaped(evidence.Source).Append(" [").Append(evidence.Start).Append(", ").Append(evidence.End).Append(")</span>");
            }

            sb.Append("</li>\n");
        }

        sb.Append("</ol>\n</section>\n");
    }

    private static StringBuilder NodeLink(StringBuilder sb, GraphNode node, GraphNode article, Func<GraphNode, string?> link)
    {
        var href = node.Key == article.Key ? null : link(node);
        return href is null
            ? sb.AppendEscaped(node.Name)
            : sb.Append("<a href=\"").AppendEscaped(href).Append("\">").AppendEscaped(node.Name).Append("</a>");
    }
}
