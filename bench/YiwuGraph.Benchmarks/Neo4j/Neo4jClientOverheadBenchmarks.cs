using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using YiwuGraph.Graph;
using YiwuGraph.Neo4j.Client;
using YiwuGraph.Neo4j.Loading;

namespace YiwuGraph.Benchmarks.Neo4j;

/// <summary>
/// What the Neo4j client adds over a bare HttpClient loop: the same UNWIND batches (Person nodes and
/// HOLDS_POSITION relationships with evidence) posted to the same local Query API stand-in.
/// The baseline serializes each batch (the same rows as plain dictionaries) with System.Text.Json, as hand-written
/// code would; a second bare arm sends bodies serialized in advance (the floor: HTTP alone); two more arms time
/// the serialization alone.
/// Run: dotnet run -c Release --project bench/YiwuGraph.Benchmarks -- --filter '*Neo4jClientOverhead*'
/// </summary>
[MemoryDiagnoser]
[InProcess]
[WarmupCount(3)]
[IterationCount(30)]
public class Neo4jClientOverheadBenchmarks
{
    private const string Authorization = "bmVvNGo6YmVuY2g="; // neo4j:bench

    private LoopbackQueryApiServer server = null!;
    private HttpClient bare = null!;
    private INeo4jClient client = null!;
    private Uri endpoint = null!;
    private List<(string Statement, Dictionary<string, object?> Parameters)> batches = null!;
    private List<byte[]> bodies = null!;
    private List<Dictionary<string, object?>> plainBodies = null!;

    [Params(500)]
    public int BatchSize { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        server = new LoopbackQueryApiServer();
        endpoint = new Uri(server.BaseUri, "db/neo4j/query/v2");
        bare = new HttpClient(new SocketsHttpHandler()) { Timeout = Timeout.InfiniteTimeSpan };
        var options = new Neo4jConnectionOptions(server.BaseUri, "neo4j") { User = "neo4j", Password = "bench", Retry = RetryPolicy.None };
        client = Neo4jHttpClient.ConnectAsync(options, CancellationToken.None).GetAwaiter().GetResult();

        var graph = SyntheticGraph(people: 2000);
        batches = [];
        var nodeRows = graph.NodesWithLabel(NodeLabel.Person).Select(GraphRows.Node).ToList();
        foreach (var batch in GraphRows.Batches(nodeRows, BatchSize))
        {
            batches.Add((CypherStatements.MergeNodes(NodeLabel.Person), new Dictionary<string, object?> { ["rows"] = batch }));
        }

        var relRows = graph.Relationships.Select(GraphRows.Relationship).ToList();
        foreach (var batch in GraphRows.Batches(relRows, BatchSize))
        {
            batches.Add((
                CypherStatements.MergeRelationships(RelationshipTypes.HoldsPosition, NodeLabel.Person, NodeLabel.Organization, keepOtherSources: true),
                new Dictionary<string, object?> { ["rows"] = batch, ["sources"] = GraphRows.Sources(graph) }));
        }

        plainBodies = batches.Select(b => PlainBody(b.Statement, b.Parameters)).ToList();
        bodies = plainBodies.Select(b => JsonSerializer.SerializeToUtf8Bytes(b)).ToList();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        client.Dispose();
        bare.Dispose();
        server.Dispose();
    }

    /// <summary>Hand-written loop: the same rows as plain dictionaries, serialized with System.Text.Json, posted.</summary>
    [Benchmark(Baseline = true)]
    public async Task<int> BareHttpClient()
    {
        var total = 0;
        foreach (var body in plainBodies)
        {
            total += await PostAsync(JsonSerializer.SerializeToUtf8Bytes(body));
        }

        return total;
    }

    /// <summary>The floor: bodies serialized in advance, so only HTTP is timed.</summary>
    [Benchmark]
    public async Task<int> BareHttpClientPreserialized()
    {
        var total = 0;
        foreach (var body in bodies)
        {
            total += await PostAsync(body);
        }

        return total;
    }

    /// <summary>YiwuGraph's client: parameter JSON, auth, timeout, retry wrapper, error checks, result parsing.</summary>
    [Benchmark]
    public async Task<long> Neo4jQueryApiClient()
    {
        long total = 0;
        foreach (var (statement, parameters) in batches)
        {
            var result = await client.RunAsync(statement, parameters, CancellationToken.None);
            total += result.GetInt64(0, "merged");
        }

        return total;
    }

    /// <summary>Serialization alone, System.Text.Json on plain dictionaries (no HTTP).</summary>
    [Benchmark]
    public int SerializeOnlySystemTextJson()
    {
        var total = 0;
        foreach (var body in plainBodies)
        {
            total += JsonSerializer.SerializeToUtf8Bytes(body).Length;
        }

        return total;
    }

    /// <summary>Serialization alone, the client's parameter writer (no HTTP).</summary>
    [Benchmark]
    public int SerializeOnlyClient()
    {
        var http = (Neo4jHttpClient)client;
        var total = 0;
        foreach (var (statement, parameters) in batches)
        {
            using var body = http.SerializeBody(statement, parameters);
            total += body.WrittenCount;
        }

        return total;
    }

    private async Task<int> PostAsync(byte[] body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Authorization);
        using var response = await bare.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return text.Length;
    }

    private static Dictionary<string, object?> PlainBody(string statement, Dictionary<string, object?> parameters) =>
        new()
        {
            ["statement"] = statement,
            ["parameters"] = ToPlain(parameters),
            ["includeCounters"] = true,
        };

    /// <summary>PropertyMap is not a dictionary System.Text.Json knows; give it plain maps.</summary>
    private static object? ToPlain(object? value) => value switch
    {
        PropertyMap map => map.ToDictionary(kv => kv.Key, kv => ToPlain(kv.Value)),
        IReadOnlyDictionary<string, object?> dict => dict.ToDictionary(kv => kv.Key, kv => ToPlain(kv.Value)),
        string or long or double or bool or null => value,
        System.Collections.IEnumerable items => items.Cast<object?>().Select(ToPlain).ToList(),
        _ => value,
    };

    private static KnowledgeGraph SyntheticGraph(int people)
    {
        var g = new KnowledgeGraph();
        var article = g.GetOrAddNode(NodeKeys.ForArticle("000_bench.txt", 0), NodeLabel.Article);
        article.Properties.Set("source", "000_bench.txt");
        var org = g.GetOrAddNode(NodeKeys.Create(NodeLabel.Organization, "义乌市经信局"), NodeLabel.Organization);
        org.Properties.Set("name", "义乌市经信局");
        for (var i = 0; i < people; i++)
        {
            var name = "人员" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var person = g.GetOrAddNode(NodeKeys.Create(NodeLabel.Person, name), NodeLabel.Person);
            person.Properties.Set("name", name);
            person.Properties.Set("aliases", [name + "同志", "小" + name]);
            person.Properties.Set("mentions", (long)(i % 7));
            var r = g.GetOrAddRelationship(RelationshipTypes.HoldsPosition, person.Key, org.Key, "局长");
            r.Properties.Set("title", "局长");
            r.Confidence = 0.9;
            r.AddEvidence(new Evidence(article.Key, "000_bench.txt", i, i + 12, $"义乌市经信局局长{name}出席会议"));
        }

        return g;
    }
}
