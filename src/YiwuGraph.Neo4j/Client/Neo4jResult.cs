using System.Globalization;
using System.Text.Json;

namespace YiwuGraph.Neo4j.Client;

/// <summary>Rows of one statement (plain JSON values) and its update counters.</summary>
public sealed class Neo4jResult
{
    public Neo4jResult(IReadOnlyList<string> fields, IReadOnlyList<IReadOnlyList<JsonElement>> rows, Neo4jCounters counters)
    {
        Fields = fields;
        Rows = rows;
        Counters = counters;
    }

    public IReadOnlyList<string> Fields { get; }

    public IReadOnlyList<IReadOnlyList<JsonElement>> Rows { get; }

    public Neo4jCounters Counters { get; }

    public int FieldIndex(string field)
    {
        for (var i = 0; i < Fields.Count; i++)
        {
            if (Fields[i] == field)
            {
                return i;
            }
        }

        throw new Neo4jClientException(Neo4jErrorCodes.ProtocolError, $"the result has no field '{field}'");
    }

    public long GetInt64(int row, string field)
    {
        var value = Rows[row][FieldIndex(field)];
        return value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var l)
            ? l
            : throw new Neo4jClientException(Neo4jErrorCodes.ProtocolError, $"field '{field}' is not an integer: {value.GetRawText()}");
    }

    public string? GetString(int row, string field)
    {
        var value = Rows[row][FieldIndex(field)];
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Null => null,
            JsonValueKind.Number => value.GetRawText(),
            _ => throw new Neo4jClientException(Neo4jErrorCodes.ProtocolError, $"field '{field}' is not a string: {value.GetRawText()}"),
        };
    }

    public IReadOnlyList<string> GetStrings(int row, string field)
    {
        var value = Rows[row][FieldIndex(field)];
        return value.ValueKind switch
        {
            JsonValueKind.Array => value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String
                ? v.GetString()!
                : v.GetRawText()).ToList(),
            JsonValueKind.Null => [],
            _ => throw new Neo4jClientException(Neo4jErrorCodes.ProtocolError, $"field '{field}' is not a list: {value.GetRawText()}"),
        };
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Rows.Count} row(s); {Counters}");
}

/// <summary>Update counters of one statement, as both HTTP APIs report them.</summary>
public sealed record Neo4jCounters
{
    public static Neo4jCounters Empty { get; } = new();

    public bool ContainsUpdates { get; init; }

    public long NodesCreated { get; init; }

    public long NodesDeleted { get; init; }

    public long RelationshipsCreated { get; init; }

    public long RelationshipsDeleted { get; init; }

    public long PropertiesSet { get; init; }

    public long LabelsAdded { get; init; }

    public long IndexesAdded { get; init; }

    public long ConstraintsAdded { get; init; }

    public static Neo4jCounters operator +(Neo4jCounters a, Neo4jCounters b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new Neo4jCounters
        {
            ContainsUpdates = a.ContainsUpdates || b.ContainsUpdates,
            NodesCreated = a.NodesCreated + b.NodesCreated,
            NodesDeleted = a.NodesDeleted + b.NodesDeleted,
            RelationshipsCreated = a.RelationshipsCreated + b.RelationshipsCreated,
            RelationshipsDeleted = a.RelationshipsDeleted + b.RelationshipsDeleted,
            PropertiesSet = a.PropertiesSet + b.PropertiesSet,
            LabelsAdded = a.LabelsAdded + b.LabelsAdded,
            IndexesAdded = a.IndexesAdded + b.IndexesAdded,
            ConstraintsAdded = a.ConstraintsAdded + b.ConstraintsAdded,
        };
    }

    public static Neo4jCounters Add(Neo4jCounters left, Neo4jCounters right) => left + right;

    /// <summary>Reads Query API (<c>nodesCreated</c>) or transactional (<c>nodes_created</c>) counters.</summary>
    internal static Neo4jCounters Parse(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return Empty;
        }

        long Get(string camel, string snake) =>
            element.TryGetProperty(camel, out var v) || element.TryGetProperty(snake, out v)
                ? v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var l) ? l : 0
                : 0;

        var updates = (element.TryGetProperty("containsUpdates", out var cu) || element.TryGetProperty("contains_updates", out cu))
            && cu.ValueKind == JsonValueKind.True;
        return new Neo4jCounters
        {
            ContainsUpdates = updates,
            NodesCreated = Get("nodesCreated", "nodes_created"),
            NodesDeleted = Get("nodesDeleted", "nodes_deleted"),
            RelationshipsCreated = Get("relationshipsCreated", "relationships_created"),
            RelationshipsDeleted = Get("relationshipsDeleted", "relationship_deleted"),
            PropertiesSet = Get("propertiesSet", "properties_set"),
            LabelsAdded = Get("labelsAdded", "labels_added"),
            IndexesAdded = Get("indexesAdded", "indexes_added"),
            ConstraintsAdded = Get("constraintsAdded", "constraints_added"),
        };
    }
}

/// <summary>Running totals of one client: requests sent (including retries) and retries made.</summary>
public sealed class Neo4jClientStatistics
{
    private long requests;
    private long retries;

    public long Requests => Interlocked.Read(ref requests);

    public long Retries => Interlocked.Read(ref retries);

    /// <summary>Counts one request and returns its number (1 for the first), which error messages name.</summary>
    internal long CountRequest() => Interlocked.Increment(ref requests);

    internal void CountRetry() => Interlocked.Increment(ref retries);
}
