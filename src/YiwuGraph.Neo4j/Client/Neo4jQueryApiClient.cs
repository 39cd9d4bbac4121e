using System.Text.Json;

namespace YiwuGraph.Neo4j.Client;

/// <summary>
/// The Query API (<c>POST /db/{db}/query/v2</c>, Neo4j 5.19+, the supported HTTP path for 5.26 and 2025.x):
/// one statement per request, success is 202 with <c>data.fields</c>/<c>data.values</c> and <c>counters</c>,
/// errors are 4xx with <c>errors[]</c>.
/// </summary>
public sealed class Neo4jQueryApiClient : Neo4jHttpClient
{
    public Neo4jQueryApiClient(HttpClient http, Neo4jConnectionOptions options, Neo4jServerInfo server, bool ownsHttpClient = false)
        : base(http, options, server, ownsHttpClient)
    {
        EndpointUri = new Uri(options.BaseUri, $"db/{Uri.EscapeDataString(options.Database)}/query/v2");
    }

    public override string ApiName => "Query API";

    protected override Uri EndpointUri { get; }

    protected override void WriteBody(Utf8JsonWriter writer, string statement, IReadOnlyDictionary<string, object?>? parameters)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("statement", statement);
        writer.WritePropertyName("parameters");
        ParameterJson.WriteMap(writer, parameters);
        writer.WriteBoolean("includeCounters", true);
        writer.WriteEndObject();
    }

    protected override Neo4jResult ReadResult(int status, JsonElement root)
    {
        ThrowIfErrors(root, status);
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            throw Protocol($"Query API answered HTTP {status} without 'data'");
        }

        var fields = data.TryGetProperty("fields", out var f) && f.ValueKind == JsonValueKind.Array
            ? f.EnumerateArray().Select(x => x.GetString() ?? string.Empty).ToList()
            : [];
        var rows = new List<IReadOnlyList<JsonElement>>();
        if (data.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Array)
        {
            var owned = values.Clone();
            foreach (var row in owned.EnumerateArray())
            {
                rows.Add(row.EnumerateArray().ToList());
            }
        }

        var counters = root.TryGetProperty("counters", out var c) ? Neo4jCounters.Parse(c) : Neo4jCounters.Empty;
        return new Neo4jResult(fields, rows, counters);
    }
}
