using YiwuGraph.Graph;

namespace YiwuGraph.Reports;

/// <summary>
/// The relationships each article is evidence for, gathered in one pass over the graph so that an article page
/// never searches the whole graph.
/// </summary>
public sealed class EvidenceByArticle
{
    private readonly Dictionary<string, List<GraphRelationship>> byArticle = new(StringComparer.Ordinal);

    public EvidenceByArticle(KnowledgeGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        foreach (var relationship in graph.Structure.Edges)
        {
            string? previous = null;
            foreach (var evidence in relationship.Evidence)
            {
                // Evidence is sorted by article, so each article's items are adjacent.
                if (evidence.ArticleKey == previous)
                {
                    continue;
                }

                previous = evidence.ArticleKey;
                if (!byArticle.TryGetValue(previous, out var list))
                {
                    byArticle[previous] = list = [];
                }

                list.Add(relationship);
            }
        }
    }

    /// <summary>The relationships with evidence in this article, in no particular order.</summary>
    public IReadOnlyList<GraphRelationship> For(string articleKey) =>
        byArticle.TryGetValue(articleKey, out var list) ? list : [];
}
