namespace YiwuGraph.Graph;

/// <summary>Relationship types of the schema. Strings, because Neo4j types are open; these are the ones we write.</summary>
public static class RelationshipTypes
{
    public const string Wrote = "WROTE";
    public const string Mentions = "MENTIONS";
    public const string HoldsPosition = "HOLDS_POSITION";
    public const string ParticipatedIn = "PARTICIPATED_IN";
    public const string Organized = "ORGANIZED";
    public const string HeldAt = "HELD_AT";
    public const string ReportedIn = "REPORTED_IN";
    public const string LocatedIn = "LOCATED_IN";
    public const string PartOf = "PART_OF";
    public const string SignedWith = "SIGNED_WITH";
    public const string Reported = "REPORTED";

    public static IReadOnlyList<string> All { get; } =
    [
        Wrote, Mentions, HoldsPosition, ParticipatedIn, Organized, HeldAt, ReportedIn, LocatedIn, PartOf, SignedWith, Reported,
    ];

    /// <summary>True for an upper-snake-case identifier, the only shape we ever splice into Cypher.</summary>
    public static bool IsValid(string type) =>
        type.Length > 0 && type.All(c => c is (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_') && type[0] is >= 'A' and <= 'Z';
}
