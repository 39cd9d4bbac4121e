using System.Buffers;
using System.Text;
using YiwuGraph.Graph;

namespace YiwuGraph.Reports;

/// <summary>The Markdown twin of <see cref="EntityHtmlPage"/>: the same facts and the same evidence numbers, no picture.</summary>
public static class EntityMarkdownPage
{
    private static readonly SearchValues<char> Special = SearchValues.Create("\\`*_{}[]()#+!|<>~\r\n");

    public static string Render(EntityProfile profile, Func<GraphNode, string?> link) =>
        Render(new StringBuilder(4096), profile, link).ToString();

    /// <summary>Appends the page to <paramref name="sb"/>, so one builder can serve many pages.</summary>
    public static StringBuilder Render(StringBuilder sb, EntityProfile profile, Func<GraphNode, string?> link)
    {
        ArgumentNullException.ThrowIfNull(sb);
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(link);
        var entity = profile.Entity;
        var sources = ProfileBuilder.SourceEvidence(profile);
        sb.Append("# ").AppendMarkdown(entity.Name).Append("\n\n")
            .Append(entity.Label).Append(" · `").Append(entity.Key.Replace('`', '\'')).Append("` · [Index](../index.md)\n\n");
        sb.Append("## Names · 名称\n\n- Name: ").AppendMarkdown(entity.Name);
        Refs(sb, sources).Append('\n');
        if (profile.Aliases.Count > 0)
        {
            sb.Append("- Aliases: ").AppendMarkdown(string.Join("、", profile.Aliases));
            Refs(sb, sources).Append('\n');
        }

        foreach (var (name, value) in profile.Attributes)
        {
            sb.Append("- ").AppendMarkdown(name).Append(": ").AppendMarkdown(value);
            Refs(sb, sources).Append('\n');
        }

        foreach (var section in profile.Sections)
        {
            sb.Append("\n## ").AppendMarkdown(section.Heading).Append("\n\n");
            foreach (var statement in section.Statements)
            {
                sb.Append("- ");
                if (statement.Date is not null)
                {
                    sb.Append("**").AppendMarkdown(statement.Date).Append("** ");
                }

                NodeLink(sb, statement.Other, link);
                foreach (var detail in StatementText.Details(statement))
                {
                    sb.Append(" · ").AppendMarkdown(detail);
                }

                Refs(sb, statement.Evidence).Append('\n');
            }
        }

        Connections(sb, "Organisations and places most connected · 关联机构与地点", profile.Connected, link);
        Connections(sb, "People mentioned together · 共同提及人物", profile.CoMentioned, link);
        sb.Append("\n## Evidence · 出处\n\n");
        foreach (var entry in profile.Evidence)
        {
            sb.Append("<a id=\"e").Append(entry.Number).Append("\"></a>").Append(entry.Number).Append(". ");
            var href = entry.Article is null ? null : link(entry.Article);
            _ = href is null
                ? sb.Append('*').AppendMarkdown(entry.ArticleTitle).Append('*')
                : sb.Append("[*").AppendMarkdown(entry.ArticleTitle).Append("*](").Append(MarkdownHref(href)).Append(')');
            if (entry.ArticleDate is not null)
            {
                sb.Append(" (").AppendMarkdown(entry.ArticleDate).Append(')');
            }

            sb.Append(" — “").AppendMarkdown(entry.Evidence.DisplayText).Append("” — `")
                .Append(StatementText.Offsets(entry.Evidence).Replace('`', '\'')).Append("`\n");
        }

        return sb;
    }

    private static void Connections(StringBuilder sb, string heading, IReadOnlyList<RankedConnection> connections, Func<GraphNode, string?> link)
    {
        if (connections.Count == 0)
        {
            return;
        }

        sb.Append("\n## ").AppendMarkdown(heading).Append("\n\n");
        foreach (var connection in connections)
        {
            sb.Append("- ");
            NodeLink(sb, connection.Node, link).Append(" (").Append(connection.Node.Label).Append(") · ")
                .AppendMarkdown(StatementText.ArticleCount(connection));
            Refs(sb, connection.Evidence).Append('\n');
        }
    }

    private static StringBuilder NodeLink(StringBuilder sb, GraphNode node, Func<GraphNode, string?> link)
    {
        var href = link(node);
        return href is null
            ? sb.AppendMarkdown(node.Name)
            : sb.Append('[').AppendMarkdown(node.Name).Append("](").Append(MarkdownHref(href)).Append(')');
    }

    /// <summary>The Markdown twin of an HTML page link.</summary>
    internal static string MarkdownHref(string htmlHref) => Path.ChangeExtension(htmlHref, ".md").Replace(" ", "%20", StringComparison.Ordinal);

    private static StringBuilder Refs(StringBuilder sb, IReadOnlyList<int> numbers)
    {
        if (numbers.Count == 0)
        {
            return sb;
        }

        sb.Append(' ');
        foreach (var n in numbers)
        {
            sb.Append("[[").Append(n).Append("]](#e").Append(n).Append(')');
        }

        return sb;
    }

    /// <summary>Backslash-escapes Markdown punctuation and folds line breaks, so graph text is shown as text.</summary>
    internal static string Escape(string? text) => string.IsNullOrEmpty(text) ? string.Empty : new StringBuilder(text.Length + 8).AppendMarkdown(text).ToString();

    /// <summary>Appends <paramref name="text"/> with Markdown punctuation backslash-escaped and line breaks folded to spaces.</summary>
    internal static StringBuilder AppendMarkdown(this StringBuilder sb, string? text)
    {
        var rest = text.AsSpan();
        while (true)
        {
            var next = rest.IndexOfAny(Special);
            if (next < 0)
            {
                return sb.Append(rest);
            }

            sb.Append(rest[..next]);
            var c = rest[next];
            _ = c is '\r' or '\n' ? sb.Append(' ') : sb.Append('\\').Append(c);
            rest = rest[(next + 1)..];
        }
    }
}
