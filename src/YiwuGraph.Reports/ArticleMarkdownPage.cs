using System.Text;
using YiwuGraph.Graph;

namespace YiwuGraph.Reports;

/// <summary>The Markdown twin of <see cref="ArticleHtmlPage"/>: the same rows, mentions and facts with their snippets.</summary>
public static class ArticleMarkdownPage
{
    public static string Render(ArticleProfile profile, Func<GraphNode, string?> link) =>
        Render(new StringBuilder(2048), profile, link).ToString();

    /// <summary>Appends the page to <paramref name="sb"/>, so one builder can serve many pages.</summary>
    public static StringBuilder Render(StringBuilder sb, ArticleProfile profile, Func<GraphNode, string?> link)
    {
        ArgumentNullException.ThrowIfNull(sb);
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(link);
        var article = profile.Article;
        sb.Append("# ").AppendMarkdown(profile.Title).Append("\n\n")
            .Append("Article · `").Append(article.Key.Replace('`', '\'')).Append("` · [Index](../index.md)\n\n");
        if (ArticleText.Date(profile) is { } date)
        {
            sb.Append("- Date: ").AppendMarkdown(date).Append('\n');
        }

        if (profile.Reporters.Count > 0)
        {
            sb.Append("- Reporters: ");
            for (var i = 0; i < profile.Reporters.Count; i++)
            {
                _ = i > 0 ? sb.Append('、') : sb;
                Link(sb, profile.Reporters[i].Name, profile.Reporters[i].Person, article, link);
            }

            sb.Append('\n');
        }

        if (profile.Source is not null)
        {
            sb.Append("- Source file: `").Append(profile.Source.Replace('`', '\'')).Append("`\n");
        }

        Facts(sb, "Entities mentioned · 提及实体", profile.Mentions, article, link);
        Facts(sb, "Facts read here · 本文事实", profile.Facts, article, link);
        return sb;
    }

    private static void Facts(StringBuilder sb, string heading, IReadOnlyList<ArticleFact> facts, GraphNode article, Func<GraphNode, string?> link)
    {
        if (facts.Count == 0)
        {
            return;
        }

        sb.Append("\n## ").Append(heading).Append("\n\n");
        foreach (var fact in facts)
        {
            sb.Append("- ");
            if (fact.Relationship.Type == RelationshipTypes.Mentions && fact.Source.Key == article.Key)
            {
                Link(sb, fact.Target.Name, fact.Target, article, link).Append(" (").Append(fact.Target.Label).Append(')');
            }
            else
            {
                Link(sb, fact.Source.Name, fact.Source, article, link).Append(" `").Append(fact.Relationship.Type).Append("` ");
                Link(sb, fact.Target.Name, fact.Target, article, link);
            }

            foreach (var detail in StatementText.Details(fact.Relationship))
            {
                sb.Append(" · ").AppendMarkdown(detail);
            }

            foreach (var evidence in fact.Evidence)
            {
                sb.Append("\n  - “").AppendMarkdown(evidence.DisplayText).Append("” — `")
                    .Append(StatementText.Offsets(evidence).Replace('`', '\'')).Append('`');
            }

            sb.Append('\n');
        }
    }

    private static StringBuilder Link(StringBuilder sb, string text, GraphNode? node, GraphNode article, Func<GraphNode, string?> link)
    {
        var href = node is null || node.Key == article.Key ? null : link(node);
        return href is null
            ? sb.AppendMarkdown(text)
            : sb.Append('[').AppendMarkdown(text).Append("](").Append(Path.ChangeExtension(href, ".md").Replace(" ", "%20", StringComparison.Ordinal)).Append(')');
    }
}
