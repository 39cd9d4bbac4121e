using System.Text;
using YiwuGraph.Graph;

namespace YiwuGraph.Reports;

/// <summary>The Markdown twin of <see cref="EntityHtmlPage"/>: the same facts and the same evidence numbers, no picture.</summary>
public static class EntityMarkdownPage
{
    public static string Render(EntityProfile profile, Func<GraphNode, string?> link)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(link);
        var entity = profile.Entity;
        var sources = ProfileBuilder.SourceEvidence(profile);
        var sb = new StringBuilder(4096);
        sb.Append("# ").Append(Escape(entity.Name)).Append("\n\n")
            .Append(entity.Label).Append(" · `").Append(entity.Key.Replace('`', '\'')).Append("` · [Index](../index.html)\n\n");
        sb.Append("## Names · 名称\n\n- Name: ").Append(Escape(entity.Name)).Append(Refs(sources)).Append('\n');
        if (profile.Aliases.Count > 0)
        {
            sb.Append("- Aliases: ").Append(Escape(string.Join("、", profile.Aliases))).Append(Refs(sources)).Append('\n');
        }

        foreach (var (name, value) in profile.Attributes)
        {
            sb.Append("- ").Append(Escape(name)).Append(": ").Append(Escape(value)).Append(Refs(sources)).Append('\n');
        }

        foreach (var section in profile.Sections)
        {
            sb.Append("\n## ").Append(Escape(section.Heading)).Append("\n\n");
            foreach (var statement in section.Statements)
            {
                sb.Append("- ");
                if (statement.Date is not null)
                {
                    sb.Append("**").Append(Escape(statement.Date)).Append("** ");
                }

                sb.Append(NodeLink(statement.Other, link));
                foreach (var detail in StatementText.Details(statement))
                {
                    sb.Append(" · ").Append(Escape(detail));
                }

                sb.Append(Refs(statement.Evidence)).Append('\n');
            }
        }

        Connections(sb, "Organisations and places most connected · 关联机构与地点", profile.Connected, link);
        Connections(sb, "People mentioned together · 共同提及人物", profile.CoMentioned, link);
        sb.Append("\n## Evidence · 出处\n\n");
        foreach (var entry in profile.Evidence)
        {
            sb.Append("<a id=\"e").Append(entry.Number).Append("\"></a>").Append(entry.Number).Append(". *")
                .Append(Escape(entry.ArticleTitle)).Append('*');
            if (entry.ArticleDate is not null)
            {
                sb.Append(" (").Append(Escape(entry.ArticleDate)).Append(')');
            }

            sb.Append(" — “").Append(Escape(entry.Evidence.Snippet)).Append("” — `")
                .Append(StatementText.Offsets(entry.Evidence).Replace('`', '\'')).Append("`\n");
        }

        return sb.ToString();
    }

    private static void Connections(StringBuilder sb, string heading, IReadOnlyList<RankedConnection> connections, Func<GraphNode, string?> link)
    {
        if (connections.Count == 0)
        {
            return;
        }

        sb.Append("\n## ").Append(Escape(heading)).Append("\n\n");
        foreach (var connection in connections)
        {
            sb.Append("- ").Append(NodeLink(connection.Node, link)).Append(" (").Append(connection.Node.Label).Append(") · ")
                .Append(Escape(StatementText.ArticleCount(connection))).Append(Refs(connection.Evidence)).Append('\n');
        }
    }

    private static string NodeLink(GraphNode node, Func<GraphNode, string?> link)
    {
        var href = node.Label == NodeLabel.Article ? null : link(node);
        var mdHref = href is null ? null : Path.ChangeExtension(href, ".md");
        return mdHref is null ? Escape(node.Name) : $"[{Escape(node.Name)}]({mdHref.Replace(" ", "%20", StringComparison.Ordinal)})";
    }

    private static string Refs(IReadOnlyList<int> numbers) =>
        numbers.Count == 0 ? string.Empty : " " + string.Concat(numbers.Select(n => $"[[{n}]](#e{n})"));

    /// <summary>Backslash-escapes Markdown punctuation and folds line breaks, so graph text is shown as text.</summary>
    internal static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '{' or '}' or '[' or ']' or '(' or ')' or '#' or '+' or '!' or '|' or '<' or '>' or '~')
            {
                sb.Append('\\').Append(c);
            }
            else if (c is '\r' or '\n')
            {
                sb.Append(' ');
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
