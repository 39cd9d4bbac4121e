using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Graph;
using YiwuGraph.Ingestion;

namespace YiwuGraph.Extraction.Pipeline;

/// <summary>Adds an article's own node and its reporters (<c>(Person)-[:WROTE]->(Article)</c>) to the graph.</summary>
public static class ArticleGraphMapper
{
    public static string ArticleKey(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return NodeKeys.ForArticle(article.Source, article.Index);
    }

    public static string PersonKey(string name) => NodeKeys.Create(NodeLabel.Person, name);

    /// <summary>
    /// Adds the article and its writers. The WROTE evidence is the printed byline or signature, cut from the
    /// page's <paramref name="sourceText"/> so that its offsets and snippet agree; a byline's title counts when
    /// <paramref name="titles"/> holds it.
    /// </summary>
    public static GraphNode AddArticle(KnowledgeGraph graph, Article article, string sourceText, TitleLexicon titles)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(titles);
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(sourceText);
        var key = ArticleKey(article);
        var node = graph.GetOrAddNode(key, NodeLabel.Article);
        var p = node.Properties;
        p.Set("title", article.Title ?? FallbackTitle(article));
        p.Set("titleInferred", article.Title is null);
        p.Set("subtitles", article.Subtitles);
        p.Set("source", article.Source);
        p.Set("index", (long)article.Index);
        p.Set("reporters", article.Reporters);
        p.Set("authors", article.Authors.Select(a => a.Name is null ? a.Title : $"{a.Title} {a.Name}"));
        p.Set("dateline", article.Dateline);
        p.Set("attribution", article.Attribution);
        p.Set("continues", article.Continues);
        p.Set("text", article.Text);
        p.Set("sourceRanges", article.SourceRanges.SelectMany(r => new long[] { r.Start, r.End }));
        p.Set("contentHash", ContentHash(article));

        foreach (var credit in article.Credits)
        {
            var person = graph.GetOrAddNode(PersonKey(credit.Name), NodeLabel.Person);
            person.Properties.Set("name", credit.Name);

            // As every entity node, a credited person lists the form it is printed in among its aliases.
            person.Properties.AddToSet("aliases", [credit.Name]);
            person.Properties.AddToSet("roles", [credit.Photographer ? "photographer" : "reporter"]);
            if (CreditTitle(credit, titles) is { } title)
            {
                person.Properties.AddToSet("titles", [title]);
            }

            var wrote = graph.GetOrAddRelationship(RelationshipTypes.Wrote, person.Key, key);
            wrote.Properties.Set("role", credit.Photographer ? "photographer" : "reporter");
            wrote.MergeConfidence(0.99);
            wrote.AddEvidence(LineEvidence(key, article.Source, sourceText, credit.SourceRange.Start, credit.SourceRange.End));
        }

        foreach (var author in article.Authors.Where(a => a.Name is not null))
        {
            var person = graph.GetOrAddNode(PersonKey(author.Name!), NodeLabel.Person);
            person.Properties.Set("name", author.Name);
            person.Properties.AddToSet("aliases", [author.Name!]);
            person.Properties.AddToSet("roles", ["author"]);
            var wrote = graph.GetOrAddRelationship(RelationshipTypes.Wrote, person.Key, key);
            wrote.Properties.Set("role", "author");
            wrote.MergeConfidence(0.95);
            var range = article.TitleRange ?? article.SourceRanges[0];
            var at = Facts.FactGraphWriter.FindInRanges(sourceText, author.Name!, article.SourceRanges);
            wrote.AddEvidence(at < 0
                ? LineEvidence(key, article.Source, sourceText, range.Start, range.End)
                : LineEvidence(key, article.Source, sourceText, at, at + author.Name!.Length));
        }

        return node;
    }

    /// <summary>Short hash of what the article says, so a loader can tell a changed article from an unchanged one.</summary>
    public static string ContentHash(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var canonical = string.Join('\u001F', article.Title ?? string.Empty, string.Join('\u001E', article.Reporters), article.Text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))[..16];
    }

    /// <summary>Evidence for the printed line holding <c>[start, end)</c>: its source range and its text.</summary>
    private static Evidence LineEvidence(string articleKey, string source, string text, int start, int end)
    {
        var line = Facts.FactGraphWriter.LineAround(text, new YiwuGraph.Core.TextRange(start, end));
        return new Evidence(articleKey, source, line.Start, line.End, Facts.FactGraphWriter.Snippet(text, line));
    }

    /// <summary>The title a byline prints before the name (<c>全媒体记者 谭祉潇</c> → 全媒体记者), when it is one.</summary>
    public static string? CreditTitle(ReporterCredit credit, TitleLexicon titles)
    {
        ArgumentNullException.ThrowIfNull(credit);
        ArgumentNullException.ThrowIfNull(titles);
        var at = credit.Line.IndexOf(credit.Name, StringComparison.Ordinal);
        if (at <= 0)
        {
            return null;
        }

        var before = credit.Line[..at].Trim();
        var cut = before.LastIndexOfAny([' ', '\u3000', '/', '，', ',', '（', '(', '【']);
        var title = (cut >= 0 ? before[(cut + 1)..] : before).Trim();
        return titles.Titles.Contains(title) ? title : null;
    }

    private static string FallbackTitle(Article article)
    {
        var first = article.Text.Split('\n', 2)[0];
        var cut = first.Length <= 20 ? first : first[..20] + "…";
        return string.Create(CultureInfo.InvariantCulture, $"{cut}");
    }
}
