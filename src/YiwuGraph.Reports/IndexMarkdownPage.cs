using System.Text;
using YiwuGraph.Graph;

namespace YiwuGraph.Reports;

/// <summary>
/// The Markdown twin of <see cref="IndexPage"/>: the same counts, central entities and event timeline, and, since
/// Markdown has no search box, every entity by label and every article, each linking to its Markdown page.
/// </summary>
public static class IndexMarkdownPage
{
    public static string Render(KnowledgeGraph graph, GraphAnalysis analysis, IReadOnlyList<GraphNode> entities)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(entities);
        var sb = new StringBuilder(1 << 16);
        sb.Append("# YiwuGraph report · 知识图谱报告\n\n[HTML version with search](").Append(ReportPaths.IndexFile).Append(")\n\n");
        sb.Append("## Corpus · 语料概况\n\n| Label | Nodes |\n| --- | ---: |\n");
        foreach (var (label, count) in graph.CountNodesByLabel())
        {
            sb.Append("| ").Append(label).Append(" | ").Append(IndexPage.Count(count)).Append(" |\n");
        }

        sb.Append("\n| Relationship | Count |\n| --- | ---: |\n");
        foreach (var (type, count) in graph.CountRelationshipsByType())
        {
            sb.Append("| ").AppendMarkdown(type).Append(" | ").Append(IndexPage.Count(count)).Append(" |\n");
        }

        var sizes = analysis.ComponentSizes;
        sb.Append("\n| Connected components | |\n| --- | ---: |\n")
            .Append("| Components | ").Append(IndexPage.Count(sizes.Count)).Append(" |\n")
            .Append("| Largest | ").Append(IndexPage.Count(sizes.Count > 0 ? sizes[0] : 0)).Append(" |\n")
            .Append("| Single nodes | ").Append(IndexPage.Count(sizes.Count(s => s == 1))).Append(" |\n");

        var people = entities.Where(n => n.Label == NodeLabel.Person).ToList();
        var organisations = entities.Where(n => n.Label == NodeLabel.Organization).ToList();
        sb.Append("\n## Most central · 核心实体\n");
        Top(sb, "People by PageRank", analysis.TopByPageRank(people, IndexPage.TopCount), n => IndexPage.Rank(analysis.PageRank.GetValueOrDefault(n.Key)));
        Top(sb, "People by degree", analysis.TopByDegree(people, IndexPage.TopCount), n => IndexPage.Count(analysis.Degree.GetValueOrDefault(n.Key)));
        Top(sb, "Organisations by PageRank", analysis.TopByPageRank(organisations, IndexPage.TopCount), n => IndexPage.Rank(analysis.PageRank.GetValueOrDefault(n.Key)));
        Top(sb, "Organisations by degree", analysis.TopByDegree(organisations, IndexPage.TopCount), n => IndexPage.Count(analysis.Degree.GetValueOrDefault(n.Key)));
        sb.Append("\nPageRank on the graph with every relationship followed both ways (damping 0.85); degree counts relationships.\n");

        sb.Append("\n## Event timeline · 活动时间线\n\n");
        foreach (var (node, date) in IndexPage.EventTimeline(entities))
        {
            sb.Append("- **").AppendMarkdown(date ?? "undated").Append("** ");
            Link(sb, node.Name, node).Append('\n');
        }

        sb.Append("\n## Entities · 实体\n");
        foreach (var group in entities.GroupBy(n => n.Label))
        {
            sb.Append("\n### ").Append(group.Key).Append(" (").Append(IndexPage.Count(group.Count())).Append(")\n\n");
            foreach (var node in group)
            {
                sb.Append("- ");
                Link(sb, node.Name, node);
                var aliases = node.Properties.GetStrings("aliases").Where(a => a != node.Name).ToList();
                if (aliases.Count > 0)
                {
                    sb.Append(" · ").AppendMarkdown(string.Join("、", aliases));
                }

                sb.Append('\n');
            }
        }

        sb.Append("\n## Articles · 文章\n\n");
        foreach (var article in graph.NodesWithLabel(NodeLabel.Article))
        {
            var date = article.Properties.GetString("date") ?? article.Properties.GetString("dateline");
            sb.Append("- ");
            _ = date is null ? sb : sb.Append("**").AppendMarkdown(date).Append("** ");
            Link(sb, article.Properties.GetString("title") ?? article.Key, article).Append('\n');
        }

        return sb.ToString();
    }

    private static void Top(StringBuilder sb, string heading, IReadOnlyList<GraphNode> nodes, Func<GraphNode, string> score)
    {
        sb.Append("\n### ").Append(heading).Append("\n\n");
        for (var i = 0; i < nodes.Count; i++)
        {
            sb.Append(IndexPage.Count(i + 1)).Append(". ");
            Link(sb, nodes[i].Name, nodes[i]).Append(" — ").Append(score(nodes[i])).Append('\n');
        }
    }

    private static StringBuilder Link(StringBuilder sb, string text, GraphNode node) =>
        sb.Append('[').AppendMarkdown(text).Append("](").Append(EntityMarkdownPage.MarkdownHref(ReportPaths.FromIndex(node))).Append(')');
}
