using System.Text.Json;

namespace YiwuGraph.Neo4j.Client;

/// <summary>
/// The older transactional HTTP endpoint (<c>POST /db/{db}/tx/commit</c>, deprecated since 5.26, absent on Aura),
/// used for servers without the Query API. It answers 200 even when the statement failed, so <c>errors[]</c>
/// is always checked; the server has rolled the transaction back by then.
/// </summary>
public sealed class Neo4jTransactionalClient : Neo4jHttpClient
{
    public Neo4jTransactionalClient(HttpClient http, Neo4jConnectionOptions options, Neo4jServerInfo server, bool ownsHttpClient = false)
        : base(http, options, server, ownsHttpClient)
    {
        EndpointUri = new Uri(options.BaseUri, $"db/{Uri.EscapeDataString(options.Database)}/tx/commit");
    }

    public override string ApiName => "transactional HTTP API";

    protected override Uri EndpointUri { get; }

    protected override void WriteBody(Utf8JsonWriter writer, string statement, IReadOnlyDictionary<string, object?>? parameters)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteStartArray("statements");
        writer.WriteStartObject();
        writer.WriteString("statement", statement);
        writer.WritePropertyName("parameters");
        ParameterJson.WriteMap(writer, parameters);
        writer.WriteBoolean("includeStats", true);
        writer.WriteStartArray("resultDataContents");
        writer.WriteStringValue("row");
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    protected override Neo4jResult ReadResult(int status, JsonElement root)
    {
        ThrowIfErrors(root, status);
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("results", out var results)
            || results.ValueKind != JsonValueKind.Array || results.GetArrayLength() != 1)
        {
            throw Protocol($"transactional HTTP API answered HTTP {status} without exactly one result");
        }

        var result = results[0].Clone();
        var fields = result.TryGetProperty("columns", out var f) && f.ValueKind == JsonValueKind.Array
            ? f.EnumerateArray().Select(x => x.GetString() ?? string.Empty).ToList()
            : [];
        var rows = new List<IReadOnlyList<JsonElement>>();
        if (result.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in data.EnumerateArray())
            {
                if (item.TryGetProperty("row", out var row) && row.ValueKind == JsonValueKind.Array)
                {
                    rows.Add(row.EnumerateArray().ToList());
                }
            }
        }

        var counters = result.TryGetProperty("stats", out var s) ? Neo4jCounters.Parse(s) : Neo4jCounters.Empty;
        return new Neo4jResult(fields, rows, counters);
    }
}
