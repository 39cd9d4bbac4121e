using YiwuGraph.Graph;

namespace YiwuGraph.Reports;

/// <summary>A relationship read in one article, with the evidence from that article only.</summary>
public sealed record ArticleFact(GraphRelationship Relationship, GraphNode Source, GraphNode Target, IReadOnlyList<Evidence> Evidence);

/// <summary>A reporter named by the article; <paramref name="Person"/> is the person node when the graph has a WROTE fact for it.</summary>
public sealed record ArticleReporter(string Name, GraphNode? Person);

/// <summary>
/// Everything an article page shows: what the article is (title, dates, reporters, source file), the entities it
/// mentions and the facts read in it, each with its snippets from this article.
/// </summary>
public sealed record ArticleProfile(
    GraphNode Article,
    string Title,
    string? Date,
    string? Dateline,
    string? Source,
    IReadOnlyList<ArticleReporter> Reporters,
    IReadOnlyList<ArticleFact> Mentions,
    IReadOnlyList<ArticleFact> Facts);
