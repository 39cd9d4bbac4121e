using YiwuGraph.Graph;

namespace YiwuGraph.Reports;

/// <summary>Collects what one article says into an <see cref="ArticleProfile"/>: mentions and facts in reading order.</summary>
public static class ArticleProfileBuilder
{
    public static ArticleProfile Build(KnowledgeGraph graph, GraphNode article, EvidenceByArticle evidence)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(evidence);
        var mentions = new List<ArticleFact>();
        var facts = new List<ArticleFact>();
        foreach (var relationship in evidence.For(article.Key))
        {
            var here = new List<Evidence>();
            foreach (var item in relationship.Evidence)
            {
                if (item.ArticleKey == article.Key)
                {
                    here.Add(item);
                }
            }

            var fact = new ArticleFact(relationship, graph.GetNode(relationship.Source), graph.GetNode(relationship.Target), here);
            (relationship.Type == RelationshipTypes.Mentions && relationship.Source == article.Key ? mentions : facts).Add(fact);
        }

        mentions.Sort(InReadingOrder);
        facts.Sort(InReadingOrder);
        return new ArticleProfile(
            article,
            article.Properties.GetString("title") ?? article.Key,
            article.Properties.GetString("date"),
            article.Properties.GetString("dateline"),
            article.Properties.GetString("source"),
            Reporters(graph, article),
            mentions,
            facts);
    }

    /// <summary>By where the first evidence starts, then by relationship key, so the order is total.</summary>
    private static int InReadingOrder(ArticleFact a, ArticleFact b)
    {
        var c = a.Evidence[0].Start.CompareTo(b.Evidence[0].Start);
        return c != 0 ? c : string.CompareOrdinal(a.Relationship.Key, b.Relationship.Key);
    }

    /// <summary>The reporters the splitter read, each matched to the person who WROTE the article; then writers it did not list.</summary>
    private static List<ArticleReporter> Reporters(KnowledgeGraph graph, GraphNode article)
    {
        var writers = new List<GraphNode>();
        foreach (var wrote in graph.InRelationships(article.Key))
        {
            if (wrote.Type == RelationshipTypes.Wrote && graph.TryGetNode(wrote.Source, out var person))
            {
                writers.Add(person);
            }
        }

        writers.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        var reporters = new List<ArticleReporter>();
        foreach (var name in article.Properties.GetStrings("reporters"))
        {
            var person = writers.Find(w => w.Name == name);
            reporters.Add(new ArticleReporter(name, person));
            if (person is not null)
            {
                writers.Remove(person);
            }
        }

        reporters.AddRange(writers.Select(w => new ArticleReporter(w.Name, w)));
        return reporters;
    }
}
