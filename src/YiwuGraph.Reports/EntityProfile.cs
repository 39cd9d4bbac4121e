using YiwuGraph.Graph;

namespace YiwuGraph.Reports;

/// <summary>One numbered piece of evidence on a page, with the article it was read in (null if the graph lacks it).</summary>
public sealed record EvidenceEntry(int Number, Evidence Evidence, string ArticleTitle, string? ArticleDate, GraphNode? Article = null);

/// <summary>
/// A statement about the entity: one relationship, seen from the entity's side, with the numbers of the
/// evidence entries that support it.
/// </summary>
public sealed record Statement(GraphRelationship Relationship, GraphNode Other, bool Outgoing, string? Date, IReadOnlyList<int> Evidence);

/// <summary>A titled group of statements: one relationship type in one direction.</summary>
public sealed record ProfileSection(string Id, string Heading, IReadOnlyList<Statement> Statements);

/// <summary>An entity connected to the page's entity, how many articles connect them, and the evidence.</summary>
public sealed record RankedConnection(GraphNode Node, int Articles, IReadOnlyList<int> Evidence);

/// <summary>Everything a report page says about one entity; each fact carries evidence numbers.</summary>
public sealed record EntityProfile(
    GraphNode Entity,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<(string Name, string Value)> Attributes,
    IReadOnlyList<ProfileSection> Sections,
    IReadOnlyList<RankedConnection> Connected,
    IReadOnlyList<RankedConnection> CoMentioned,
    IReadOnlyList<EvidenceEntry> Evidence,
    NeighborhoodPicture Picture);
