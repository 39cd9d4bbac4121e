using YiwuGraph.Core;

namespace YiwuGraph.Extraction.Facts;

/// <summary>A mention linked to its canonical entity: the name it is keyed by and the surface form printed.</summary>
public sealed record EntityRef(EntityKind Kind, string Name, string Surface, TextRange Range, string? FineType = null)
{
    /// <summary>
    /// For the last place of an address printed in one piece (<c>江西省余干县</c>, <c>天柱县凤城镇</c>), the whole address as
    /// printed: a form the article names this place by, kept as an alias of its node. Null otherwise.
    /// </summary>
    public string? CompoundSurface { get; init; }

    /// <summary>
    /// For a place, the gazetteer place its canonical name denotes in this article (<see cref="PlaceDirectory.Locate"/>),
    /// or null when the gazetteer has no place of that name or several that the article does not tell apart.
    /// </summary>
    public ResolvedPlace? Place { get; init; }
}

/// <summary>
/// The gazetteer place a place name denotes: its <paramref name="Code"/> (the gazetteer id: the division code for
/// mainland China in its short form, <c>33</c>, <c>3307</c>, <c>330782</c>, <c>330782102</c>; <c>71-01</c>… for Taiwan's,
/// Hong Kong's and Macau's subdivisions; <c>F001</c>… for foreign places) and whether the gazetteer gives the name to
/// other places too (<paramref name="SharedName"/>: 朝阳区 of Beijing and of Changchun), so that the name alone does not
/// say which place it is.
/// </summary>
public sealed record ResolvedPlace(string Code, bool SharedName);

/// <summary><c>(Person)-[:HOLDS_POSITION {title}]->(Organization|Place)</c> as read in one article.</summary>
public sealed record PositionFact(EntityRef Person, string Title, EntityRef? Organization, TextRange Evidence, double Confidence)
{
    /// <summary>The change the article reports (<see cref="PositionChange"/>), or null for an office simply held.</summary>
    public string? Change { get; init; }

    /// <summary>The date of the change when the sentence gives one, resolved against the publication date.</summary>
    public DateOnly? ChangeDate { get; init; }
}

/// <summary>The changes of office <see cref="PersonnelChangeReader"/> reads, as written to <c>HOLDS_POSITION.change</c>.</summary>
public static class PositionChange
{
    public const string Appointed = "appointed";
    public const string Elected = "elected";
    public const string Former = "former";
    public const string Resigned = "resigned";
    public const string Dismissed = "dismissed";

    /// <summary>Whether the change opens the office (its date is the office's <c>since</c>) rather than closing it (<c>until</c>).</summary>
    public static bool Opens(string change) => change is Appointed or Elected;
}

/// <summary>A person or organisation taking part in an event, with its role.</summary>
public sealed record ParticipantFact(EntityRef Entity, string Role, TextRange Evidence, double Confidence);

/// <summary>An organisation or person the article gives as the source of an event's report (<c>据新华社消息</c>).</summary>
public sealed record SourceFact(EntityRef Entity, TextRange Evidence, double Confidence);

/// <summary>A relation between two entities (<c>LOCATED_IN</c>, <c>PART_OF</c>, <c>SIGNED_WITH</c>).</summary>
public sealed record RelationFact(string Type, EntityRef Head, EntityRef Tail, TextRange Evidence, double Confidence);

/// <summary>
/// A further mention of an event: its clause, its trigger word and the time expression printed with it in its own
/// sentence, if any (<c>14时43分发生6.0级余震；15时34分发生5.0级余震</c>: one aftershock event, each mention its time).
/// </summary>
public readonly record struct EventMention(TextRange Evidence, string Trigger)
{
    public TimeExpression? Time { get; init; }

    /// <summary>The place the mention's own sentence gives the event (the trained role labeller's), if any.</summary>
    public EntityRef? Place { get; init; }
}

/// <summary>An event read in one article, with its arguments. Ranges are body offsets.</summary>
public sealed class EventFact
{
    public required string Type { get; init; }

    /// <summary>The DuEE fine type (<c>灾害/意外-车祸</c>) of an event the trained labeller found; null for the rules' events.</summary>
    public string? FineType { get; init; }

    /// <summary>Further mentions of the same event in the article: each clause, written as evidence too, and its trigger word.</summary>
    public List<EventMention> Mentions { get; } = [];

    /// <summary>
    /// The time expression printed with the first mention (<see cref="Evidence"/>) in its own sentence, when there is one
    /// (<see cref="EventArgumentReader"/>); the evidence written covers it. Null when the sentence names no time.
    /// </summary>
    public TimeExpression? EvidenceTime { get; set; }

    public required string Name { get; set; }

    public required string Trigger { get; init; }

    public required TextRange Evidence { get; set; }

    public string? DateText { get; set; }

    public DateOnly? Date { get; set; }

    public DateOnly? EndDate { get; set; }

    public EntityRef? Organizer { get; set; }

    /// <summary>
    /// The organisers listed with <see cref="Organizer"/> (<c>由A、B和C联合主办的</c>, <c>A与B共同举办</c>, <c>由A主办、B承办的</c>):
    /// each organised the event too. Empty when one is named.
    /// </summary>
    public List<EntityRef> CoOrganizers { get; } = [];

    /// <summary>Whether <paramref name="name"/> is the organiser or one of the co-organisers.</summary>
    public bool IsOrganizer(string name) => Organizer?.Name == name || CoOrganizers.Any(o => o.Name == name);

    public EntityRef? Location { get; set; }

    /// <summary>
    /// The place the first mention's own sentence gives (trained events); null when the event's <see cref="Location"/>
    /// was read elsewhere (a further mention, the rules). <c>HELD_AT</c> evidence is each mention that names the place.
    /// </summary>
    public EntityRef? EvidencePlace { get; set; }

    public List<ParticipantFact> Participants { get; } = [];

    /// <summary>Who the article says reported the event (<see cref="Events.ReportSources"/>): <c>REPORTED</c>.</summary>
    public List<SourceFact> Sources { get; } = [];

    /// <summary>Casualties and the amount of money the event's sentences give (<see cref="EventFigureReader"/>).</summary>
    public EventFigures Figures { get; set; } = EventFigures.None;

    public double Confidence { get; init; } = 0.7;

    /// <summary>
    /// Whether the event is named only in a phrase that qualifies it (<c>由北京市保龄球运动协会主办的…联赛</c>,
    /// <c>新加坡工商联合会８日晚举办的晚会</c>) rather than reported as taking place: such an event of no known kind is no
    /// article's main event (<see cref="EventArgumentReader"/>).
    /// </summary>
    public bool NamedInPassing { get; init; }
}

/// <summary>Everything the fact extractors read in one article, ready to merge into the graph.</summary>
public sealed class ArticleFacts
{
    public required YiwuGraph.Ingestion.Article Article { get; init; }

    public required IReadOnlyList<EntityRef> Entities { get; init; }

    public required IReadOnlyList<PositionFact> Positions { get; init; }

    public required IReadOnlyList<EventFact> Events { get; init; }

    public required IReadOnlyList<RelationFact> Relations { get; init; }

    public DateOnly? PublicationDate { get; init; }

    /// <summary>The media an article credits (<c>来源：浙江宣传</c>) or is signed by (<c>浙江日报评论员</c>).</summary>
    public IReadOnlyList<string> CreditedOrganizations { get; init; } = [];

    /// <summary>
    /// The media an article comes from: the source its attribution line names (<c>来源：澎湃新闻</c>) and the outlet of a
    /// byline (<c>澎湃新闻记者 王琳</c>). Each reported the article's events; a signature (<c>浙江日报评论员</c>) is no report.
    /// </summary>
    public IReadOnlyList<string> ReportingOutlets { get; init; } = [];

    /// <summary>Entities named only in the article's headlines (or the page's teasers), with their source ranges.</summary>
    public IReadOnlyList<HeadlineMention> HeadlineEntities { get; init; } = [];

    /// <summary>Offices signed under opinion pieces (<c>苏溪镇党委书记 程亮</c>); their evidence is the byline in the page.</summary>
    public IReadOnlyList<AuthorPosition> AuthorPositions { get; init; } = [];

    /// <summary>
    /// The gazetteer places of the places of <see cref="AuthorPositions"/> that the body does not name (those the body
    /// names are its entities' <see cref="EntityRef.Place"/>), by name.
    /// </summary>
    public IReadOnlyDictionary<string, ResolvedPlace> SignedPlaces { get; init; } = new Dictionary<string, ResolvedPlace>();
}

/// <summary>An author's office as signed: the person, the title and the organisation or place it is of.</summary>
public sealed record AuthorPosition(string Person, string Title, EntityKind OrganizationKind, string Organization, string SignedAs);

/// <summary>An entity read in a headline line; <see cref="SourceRange"/> is where it is printed in the source file.</summary>
public sealed record HeadlineMention(EntityRef Entity, TextRange SourceRange);
