using System.Globalization;
using System.Text.Json;

namespace YiwuGraph.Neo4j.Client;

/// <summary>
/// What <c>GET /</c> (the discovery document) says: version, edition and which HTTP APIs the server offers.
/// </summary>
public sealed record Neo4jServerInfo(string Version, string Edition, bool HasQueryApi, bool HasTransactionalApi, string? BoltDirect)
{
    /// <summary>The Query API exists from 5.19; it is enabled by default from 5.25.</summary>
    public static readonly Version QueryApiIntroduced = new(5, 19);

    public static readonly Version QueryApiEnabledByDefault = new(5, 25);

    /// <summary>Relationship property uniqueness constraints exist from 5.7.</summary>
    public static readonly Version RelationshipConstraintsIntroduced = new(5, 7);

    /// <summary>The numeric part of <see cref="Version"/> (<c>5.26.0</c> of <c>5.26.0-aura</c>), or 0.0 if unreadable.</summary>
    public Version ParsedVersion
    {
        get
        {
            var digits = new string(Version.TakeWhile(c => char.IsAsciiDigit(c) || c == '.').ToArray()).TrimEnd('.');
            return System.Version.TryParse(digits.Contains('.', StringComparison.Ordinal) ? digits : digits + ".0", out var v)
                ? v
                : new Version(0, 0);
        }
    }

    public bool SupportsRelationshipConstraints => ParsedVersion >= RelationshipConstraintsIntroduced;

    /// <summary>Parses the discovery document. Servers list <c>query</c> when the Query API is enabled.</summary>
    public static Neo4jServerInfo Parse(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new JsonException("not an object");
            }

            string? Get(string name) =>
                root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

            var version = Get("neo4j_version") ?? throw new JsonException("no neo4j_version");
            return new Neo4jServerInfo(
                version,
                Get("neo4j_edition") ?? "unknown",
                Get("query") is not null,
                Get("transaction") is not null,
                Get("bolt_direct"));
        }
        catch (JsonException ex)
        {
            throw new Neo4jClientException(
                Neo4jErrorCodes.ProtocolError,
                "GET / did not return Neo4j's discovery document (is this a Neo4j HTTP port?): " + ex.Message);
        }
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"Neo4j {Version} {Edition}");
}

/// <summary>Which HTTP API to use; <see cref="Auto"/> follows the discovery document.</summary>
public enum Neo4jHttpApi
{
    Auto,
    Query,
    Transactional,
}
