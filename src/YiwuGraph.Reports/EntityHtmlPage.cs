using System.Text;
using YiwuGraph.Graph;

namespace YiwuGraph.Reports;

/// <summary>
/// A self-contained HTML page for one entity: inline style and SVG, no scripts, no network. Every statement
/// cites numbered evidence entries at the foot of the page (article, date, quoted snippet, source and offsets).
/// </summary>
public static class EntityHtmlPage
{
    public static string Render(EntityProfile profile, Func<GraphNode, string?> link) =>
        Render(new StringBuilder(8192), profile, link).ToString();

    /// <summary>Appends the page to <paramref name="sb"/>, so one builder can serve many pages.</summary>
    public static StringBuilder Render(StringBuilder sb, EntityProfile profile, Func<GraphNode, string?> link)
    {
        ArgumentNullException.ThrowIfNull(sb);
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(link);
        var entity = profile.Entity;
        sb.Append("<!DOCTYPE html>\n<html lang=\"zh-Hans\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").AppendEscaped(entity.Name).Append(" · ").Append(entity.Label).Append(" · YiwuGraph</title>\n")
            .Append("<style>").Append(Html.Style).Append("</style>\n</head>\n<body>\n");
        sb.Append("<nav><a href=\"../").Append(ReportPaths.IndexFile).Append("\">← Index · 索引</a></nav>\n<header>\n")
            .Append("<h1>").AppendEscaped(entity.Name).Append("</h1>\n")
            .Append("<span class=\"label label-").Append(entity.Label).Append("\">").Append(entity.Label).Append("</span> ")
            .Append("<span class=\"key\">").AppendEscaped(entity.Key).Append("</span>\n</header>\n");
        Names(sb, profile);
        sb.Append("<section id=\"picture\">\n<h2>Neighbourhood · 关系图</h2>\n");
        NeighborhoodSvg.Render(sb, profile.Picture, n => n.Key == entity.Key ? null : link(n));
        NeighborhoodSvg.Legend(sb, profile.Picture);
        sb.Append("</section>\n");
        foreach (var section in profile.Sections)
        {
            Section(sb, section, link);
        }

        Connections(sb, "connected", "Organisations and places most connected · 关联机构与地点", profile.Connected, link);
        Connections(sb, "co-mentioned", "People mentioned together · 共同提及人物", profile.CoMentioned, link);
        EvidenceList(sb, profile.Evidence, link);
        return sb.Append("</body>\n</html>\n");
    }

    private static void Names(StringBuilder sb, EntityProfile profile)
    {
        var sources = ProfileBuilder.SourceEvidence(profile);
        sb.Append("<section id=\"names\">\n<h2>Names · 名称</h2>\n<table>\n<tr><th>Name</th><td>")
            .AppendEscaped(profile.Entity.Name);
        Refs(sb, sources).Append("</td></tr>\n");
        if (profile.Aliases.Count > 0)
        {
            sb.Append("<tr><th>Aliases</th><td>").AppendEscaped(string.Join("、", profile.Aliases));
            Refs(sb, sources).Append("</td></tr>\n");
        }

        foreach (var (name, value) in profile.Attributes)
        {
            sb.Append("<tr><th>").AppendEscaped(name).Append("</th><td>").AppendEscaped(value);
            Refs(sb, sources).Append("</td></tr>\n");
        }

        sb.Append("</table>\n</section>\n");
    }

    private static void Section(StringBuilder sb, ProfileSection section, Func<GraphNode, string?> link)
    {
        var timeline = false;
        foreach (var statement in section.Statements)
        {
            timeline |= statement.Date is not null;
        }

        sb.Append("<section id=\"").Append(section.Id).Append("\">\n<h2>").AppendEscaped(section.Heading)
            .Append("</h2>\n<ol class=\"").Append(timeline ? "timeline" : "statements").Append("\">\n");
        foreach (var statement in section.Statements)
        {
            sb.Append("<li>");
            if (timeline)
            {
                sb.Append("<span class=\"when\">").AppendEscaped(statement.Date ?? "undated").Append("</span>");
            }

            NodeLink(sb, statement.Other, link, statement.Evidence);
            foreach (var detail in StatementText.Details(statement))
            {
                sb.Append("<span class=\"detail\">").AppendEscaped(detail).Append("</span>");
            }

            Refs(sb, statement.Evidence).Append("</li>\n");
        }

        sb.Append("</ol>\n</section>\n");
    }

    private static void Connections(StringBuilder sb, string id, string heading, IReadOnlyList<RankedConnection> connections, Func<GraphNode, string?> link)
    {
        if (connections.Count == 0)
        {
            return;
        }

        sb.Append("<section id=\"").Append(id).Append("\">\n<h2>").AppendEscaped(heading).Append("</h2>\n<table>\n");
        foreach (var connection in connections)
        {
            sb.Append("<tr><td>");
            NodeLink(sb, connection.Node, link, connection.Evidence)
                .Append(" <span class=\"label label-").Append(connection.Node.Label).Append("\">").Append(connection.Node.Label).Append("</span></td>")
                .Append("<td>").AppendEscaped(StatementText.ArticleCount(connection));
            Refs(sb, connection.Evidence).Append("</td></tr>\n");
        }

        sb.Append("</table>\n</section>\n");
    }

    private static void EvidenceList(StringBuilder sb, IReadOnlyList<EvidenceEntry> evidence, Func<GraphNode, string?> link)
    {
        sb.Append("<section id=\"evidence\">\n<h2>Evidence · 出处</h2>\n<ol class=\"evidence\">\n");
        foreach (var entry in evidence)
        {
            var href = entry.Article is null ? null : link(entry.Article);
            sb.Append("<li id=\"e").Append(entry.Number).Append("\"><cite>");
            _ = href is null
                ? sb.AppendEscaped(entry.ArticleTitle)
                : sb.Append("<a href=\"").AppendEscaped(href).Append("\">").AppendEscaped(entry.ArticleTitle).Append("</a>");
            sb.Append("</cite>");
            if (entry.ArticleDate is not null)
            {
                sb.Append(" <span class=\"when\">").AppendEscaped(entry.ArticleDate).Append("</span>");
            }

            sb.Append("\n<blockquote>“").AppendEscaped(entry.Evidence.DisplayText).Append("”</blockquote>")
                .Append("<span class=\"source\">").AppendEscaped(entry.Evidence.Source).Append(" [").Append(entry.Evidence.Start).Append(", ").Append(entry.Evidence.End).Append(')')
                .Append(" · ").AppendEscaped(entry.Evidence.ArticleKey).Append("</span></li>\n");
        }

        sb.Append("</ol>\n</section>\n");
    }

    /// <summary>A node links to its page; an article without a page links to its first evidence entry.</summary>
    private static StringBuilder NodeLink(StringBuilder sb, GraphNode node, Func<GraphNode, string?> link, IReadOnlyList<int> evidence)
    {
        if (node.Label == NodeLabel.Article && link(node) is null)
        {
            return evidence.Count > 0
                ? sb.Append("<a href=\"#e").Append(evidence[0]).Append("\">").AppendEscaped(node.Name).Append("</a>")
                : sb.AppendEscaped(node.Name);
        }

        var href = link(node);
        return href is null
            ? sb.AppendEscaped(node.Name)
            : sb.Append("<a href=\"").AppendEscaped(href).Append("\">").AppendEscaped(node.Name).Append("</a>");
    }

    private static StringBuilder Refs(StringBuilder sb, IReadOnlyList<int> numbers)
    {
        if (numbers.Count == 0)
        {
            return sb;
        }

        sb.Append("<sup class=\"refs\">");
        foreach (var n in numbers)
        {
            sb.Append("<a href=\"#e").Append(n).Append("\">[").Append(n).Append("]</a>");
        }

        return sb.Append("</sup>");
    }
}
