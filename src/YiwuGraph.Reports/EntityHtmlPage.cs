using System.Text;
using YiwuGraph.Graph;

namespace YiwuGraph.Reports;

/// <summary>
/// A self-contained HTML page for one entity: inline style and SVG, no scripts, no network. Every statement
/// cites numbered evidence entries at the foot of the page (article, date, quoted snippet, source and offsets).
/// </summary>
public static class EntityHtmlPage
{
    public static string Render(EntityProfile profile, Func<GraphNode, string?> link)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(link);
        var entity = profile.Entity;
        var sb = new StringBuilder(8192);
        sb.Append("<!DOCTYPE html>\n<html lang=\"zh-Hans\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Html.Escape(entity.Name)).Append(" · ").Append(entity.Label).Append(" · YiwuGraph</title>\n")
            .Append("<style>").Append(Html.Style).Append("</style>\n</head>\n<body>\n");
        sb.Append("<nav><a href=\"../").Append(ReportPaths.IndexFile).Append("\">← Index · 索引</a></nav>\n<header>\n")
            .Append("<h1>").Append(Html.Escape(entity.Name)).Append("</h1>\n")
            .Append("<span class=\"label label-").Append(entity.Label).Append("\">").Append(entity.Label).Append("</span> ")
            .Append("<span class=\"key\">").Append(Html.Escape(entity.Key)).Append("</span>\n</header>\n");
        Names(sb, profile);
        sb.Append("<section id=\"picture\">\n<h2>Neighbourhood · 关系图</h2>\n")
            .Append(NeighborhoodSvg.Render(profile.Picture, n => n.Key == entity.Key ? null : link(n)))
            .Append(NeighborhoodSvg.Legend(profile.Picture)).Append("</section>\n");
        foreach (var section in profile.Sections)
        {
            Section(sb, section, link);
        }

        Connections(sb, "connected", "Organisations and places most connected · 关联机构与地点", profile.Connected, link);
        Connections(sb, "co-mentioned", "People mentioned together · 共同提及人物", profile.CoMentioned, link);
        EvidenceList(sb, profile.Evidence);
        sb.Append("</body>\n</html>\n");
        return sb.ToString();
    }

    private static void Names(StringBuilder sb, EntityProfile profile)
    {
        var sources = ProfileBuilder.SourceEvidence(profile);
        sb.Append("<section id=\"names\">\n<h2>Names · 名称</h2>\n<table>\n<tr><th>Name</th><td>")
            .Append(Html.Escape(profile.Entity.Name)).Append(Refs(sources)).Append("</td></tr>\n");
        if (profile.Aliases.Count > 0)
        {
            sb.Append("<tr><th>Aliases</th><td>").Append(Html.Escape(string.Join("、", profile.Aliases))).Append(Refs(sources)).Append("</td></tr>\n");
        }

        foreach (var (name, value) in profile.Attributes)
        {
            sb.Append("<tr><th>").Append(Html.Escape(name)).Append("</th><td>").Append(Html.Escape(value)).Append(Refs(sources)).Append("</td></tr>\n");
        }

        sb.Append("</table>\n</section>\n");
    }

    private static void Section(StringBuilder sb, ProfileSection section, Func<GraphNode, string?> link)
    {
        var timeline = section.Statements.Any(s => s.Date is not null);
        sb.Append("<section id=\"").Append(section.Id).Append("\">\n<h2>").Append(Html.Escape(section.Heading))
            .Append("</h2>\n<ol class=\"").Append(timeline ? "timeline" : "statements").Append("\">\n");
        foreach (var statement in section.Statements)
        {
            sb.Append("<li>");
            if (timeline)
            {
                sb.Append("<span class=\"when\">").Append(Html.Escape(statement.Date ?? "undated")).Append("</span>");
            }

            sb.Append(NodeLink(statement.Other, link, statement.Evidence));
            foreach (var detail in StatementText.Details(statement))
            {
                sb.Append("<span class=\"detail\">").Append(Html.Escape(detail)).Append("</span>");
            }

            sb.Append(Refs(statement.Evidence)).Append("</li>\n");
        }

        sb.Append("</ol>\n</section>\n");
    }

    private static void Connections(StringBuilder sb, string id, string heading, IReadOnlyList<RankedConnection> connections, Func<GraphNode, string?> link)
    {
        if (connections.Count == 0)
        {
            return;
        }

        sb.Append("<section id=\"").Append(id).Append("\">\n<h2>").Append(Html.Escape(heading)).Append("</h2>\n<table>\n");
        foreach (var connection in connections)
        {
            sb.Append("<tr><td>").Append(NodeLink(connection.Node, link, connection.Evidence))
                .Append(" <span class=\"label label-").Append(connection.Node.Label).Append("\">").Append(connection.Node.Label).Append("</span></td>")
                .Append("<td>").Append(Html.Escape(StatementText.ArticleCount(connection))).Append(Refs(connection.Evidence)).Append("</td></tr>\n");
        }

        sb.Append("</table>\n</section>\n");
    }

    private static void EvidenceList(StringBuilder sb, IReadOnlyList<EvidenceEntry> evidence)
    {
        sb.Append("<section id=\"evidence\">\n<h2>Evidence · 出处</h2>\n<ol class=\"evidence\">\n");
        foreach (var entry in evidence)
        {
            sb.Append("<li id=\"e").Append(entry.Number).Append("\"><cite>").Append(Html.Escape(entry.ArticleTitle)).Append("</cite>");
            if (entry.ArticleDate is not null)
            {
                sb.Append(" <span class=\"when\">").Append(Html.Escape(entry.ArticleDate)).Append("</span>");
            }

            sb.Append("\n<blockquote>“").Append(Html.Escape(entry.Evidence.Snippet)).Append("”</blockquote>")
                .Append("<span class=\"source\">").Append(Html.Escape(StatementText.Offsets(entry.Evidence)))
                .Append(" · ").Append(Html.Escape(entry.Evidence.ArticleKey)).Append("</span></li>\n");
        }

        sb.Append("</ol>\n</section>\n");
    }

    /// <summary>An entity links to its page; an article (no page of its own) links to its first evidence entry.</summary>
    private static string NodeLink(GraphNode node, Func<GraphNode, string?> link, IReadOnlyList<int> evidence)
    {
        var href = node.Label == NodeLabel.Article ? (evidence.Count > 0 ? $"#e{evidence[0]}" : null) : link(node);
        var text = Html.Escape(node.Name);
        return href is null ? text : $"<a href=\"{Html.Escape(href)}\">{text}</a>";
    }

    private static string Refs(IReadOnlyList<int> numbers)
    {
        if (numbers.Count == 0)
        {
            return string.Empty;
        }

        var sb = new StringBuilder("<sup class=\"refs\">");
        foreach (var n in numbers)
        {
            sb.Append("<a href=\"#e").Append(n).Append("\">[").Append(n).Append("]</a>");
        }

        return sb.Append("</sup>").ToString();
    }
}
