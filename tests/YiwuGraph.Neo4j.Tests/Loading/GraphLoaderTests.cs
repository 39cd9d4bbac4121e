using System.Collections;
using YiwuGraph.Graph;
using YiwuGraph.Graph.Storage;
using YiwuGraph.Neo4j.Client;
using YiwuGraph.Neo4j.Loading;
using YiwuGraph.Neo4j.Tests.Support;

namespace YiwuGraph.Neo4j.Tests.Loading;

/// <summary>What the loader sends, checked without a server: order, batching, parameters, clean-up choices.</summary>
public sealed class GraphLoaderTests : IDisposable
{
    private readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("yiwugraph-load-");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => dir.Delete(recursive: true);

    [Fact]
    public async Task Schema_comes_first_then_nodes_per_label_then_relationships_per_type()
    {
        var client = new RecordingNeo4jClient();
        var graph = TestGraphs.Small();

        await new GraphLoader(client).LoadAsync(graph, null, Ct);

        var texts = client.Calls.Select(c => c.Statement).ToList();
        var firstNode = texts.FindIndex(t => t.Contains("MERGE (n:", StringComparison.Ordinal));
        var firstRel = texts.FindIndex(t => t.Contains("MERGE (a)-[r:", StringComparison.Ordinal));
        var lastSchema = texts.FindLastIndex(t => t.StartsWith("CREATE ", StringComparison.Ordinal));
        Assert.True(lastSchema < firstNode && firstNode < firstRel, string.Join("\n---\n", texts));
        Assert.Equal(5 + RelationshipTypes.All.Count + 1, texts.Count(t => t.StartsWith("CREATE ", StringComparison.Ordinal)));
        Assert.Contains(texts, t => t.Contains("`fulltext.analyzer`: 'cjk'", StringComparison.Ordinal));
        var labelsInOrder = texts.Where(t => t.Contains("MERGE (n:", StringComparison.Ordinal))
            .Select(t => t.Split("MERGE (n:")[1].Split(' ')[0]).ToList();
        Assert.Equal(["Article", "Person", "Organization", "Place", "Event"], labelsInOrder);
    }

    [Fact]
    public async Task No_value_of_the_graph_is_ever_spliced_into_statement_text()
    {
        var client = new RecordingNeo4jClient();
        var graph = TestGraphs.Small();

        await new GraphLoader(client).LoadAsync(graph, null, Ct);

        var values = graph.Nodes.SelectMany(n => n.Properties.Select(p => p.Value))
            .Concat(graph.Relationships.SelectMany(r => EvidenceProperties.ToStoredProperties(r).Select(p => p.Value)))
            .SelectMany(v => v is string[] a ? a.Cast<object>() : new[] { v })
            .OfType<string>()
            .Where(s => s.Length > 2)
            .Distinct()
            .ToList();
        foreach (var (statement, _) in client.Calls)
        {
            foreach (var value in values)
            {
                Assert.DoesNotContain(value, statement, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Rows_are_sent_in_batches_of_the_configured_size()
    {
        var client = new RecordingNeo4jClient();
        var graph = TestGraphs.Small();

        var report = await new GraphLoader(client, new GraphLoadOptions { BatchSize = 1 }).LoadAsync(graph, null, Ct);

        var batches = client.Calls.Where(c => c.Parameters?.ContainsKey("rows") == true).ToList();
        Assert.All(batches, b => Assert.Single((ICollection)b.Parameters!["rows"]!));
        Assert.Equal(graph.NodeCount + graph.RelationshipCount, batches.Count);
        Assert.Equal(graph.NodeCount + graph.RelationshipCount, report.Rows);
        Assert.Equal(1.0, report.RowsPerBatch);
    }

    [Fact]
    public async Task Relationship_batches_carry_the_graph_sources_and_every_evidence_array()
    {
        var client = new RecordingNeo4jClient();

        await new GraphLoader(client).LoadAsync(TestGraphs.Small(), null, Ct);

        var partOf = client.Calls.Single(c => c.Statement.Contains("[r:PART_OF {key: row.key}]", StringComparison.Ordinal));
        Assert.Equal([TestGraphs.SourceA, TestGraphs.SourceB], (IEnumerable<string>)partOf.Parameters!["sources"]!);
        var row = (IReadOnlyDictionary<string, object?>)((IReadOnlyList<IReadOnlyDictionary<string, object?>>)partOf.Parameters["rows"]!)[0];
        var props = (IReadOnlyDictionary<string, object?>)row["props"]!;
        Assert.All(EvidenceProperties.Names, n => Assert.True(props.ContainsKey(n) && props[n] is null, n));
        Assert.Contains("MATCH (a:Place {key: row.source})", partOf.Statement, StringComparison.Ordinal);
        Assert.Contains("MATCH (b:Place {key: row.target})", partOf.Statement, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clean_up_strips_only_relationships_of_the_loaded_sources_that_the_graph_lacks()
    {
        var changed = TestGraphs.SmallWithSourceAChanged();
        var client = new RecordingNeo4jClient((statement, _) =>
            statement == CypherStatements.FindRelationshipsFromSources
                ? RecordingNeo4jClient.Result(
                    ["type", "key", "sourceLabels", "source", "targetLabels", "target"],
                    ["HOLDS_POSITION", "HOLDS_POSITION|person:叶帮锐|org:义乌市经信局|局长", new[] { "Person" }, "person:叶帮锐", new[] { "Organization" }, "org:义乌市经信局"],
                    ["LOCATED_IN", "LOCATED_IN|org:义乌市经信局|place:稠城街道", new[] { "Organization" }, "org:义乌市经信局", new[] { "Place" }, "place:稠城街道"],
                    ["ORGANIZED", "ORGANIZED|org:义乌市经信局|event:2024-01-05经济工作会议", new[] { "Organization" }, "org:义乌市经信局", new[] { "Event" }, "event:2024-01-05经济工作会议"],
                    ["MENTIONS", "MENTIONS|article:000_a.txt#0|person:王五", new[] { "Article" }, "article:000_a.txt#0", new[] { "Person" }, "person:王五"])
                : statement == CypherStatements.FindArticlesFromSources
                    ? RecordingNeo4jClient.Result(["key"], ["article:000_a.txt#0"], ["article:000_a.txt#1"])
                    : statement.StartsWith("UNWIND $keys AS k\nMATCH ()-[r:", StringComparison.Ordinal)
                        ? RecordingNeo4jClient.Result(["deleted", "stripped"], [1L, 0L])
                        : null);

        var report = await new GraphLoader(client).LoadAsync(changed, null, Ct);

        var strips = client.Calls.Where(c => c.Parameters?.ContainsKey("keys") == true && c.Statement.Contains("MATCH ()-[r:", StringComparison.Ordinal)).ToList();
        Assert.Equal(["LOCATED_IN", "MENTIONS", "ORGANIZED"], strips.Select(s => s.Statement.Split("[r:")[1].Split(' ')[0]));
        Assert.Equal(
            ["LOCATED_IN|org:义乌市经信局|place:稠城街道", "MENTIONS|article:000_a.txt#0|person:王五", "ORGANIZED|org:义乌市经信局|event:2024-01-05经济工作会议"],
            strips.SelectMany(s => (IEnumerable<string>)s.Parameters!["keys"]!));
        var articleDelete = client.Calls.Single(c => c.Statement == CypherStatements.DeleteArticles);
        Assert.Equal(["article:000_a.txt#1"], (IEnumerable<string>)articleDelete.Parameters!["keys"]!);
        var orphans = client.Calls.Where(c => c.Statement.Contains("WHERE NOT EXISTS", StringComparison.Ordinal)).ToList();
        var orphan = Assert.Single(orphans);
        Assert.Contains("(n:Person {key: k})", orphan.Statement, StringComparison.Ordinal);
        Assert.Equal(["person:王五"], (IEnumerable<string>)orphan.Parameters!["keys"]!);
        Assert.Equal(3, report.RelationshipsDeleted);
    }

    [Fact]
    public async Task A_rebuilt_file_whose_shared_place_name_is_now_resolved_moves_its_facts_to_the_new_key_without_a_second_copy()
    {
        // The database holds file A's facts about 朝阳区 under the bare key an earlier build gave it; the rebuilt graph
        // keys the place by its code. The old relationships of A are stripped (deleted where A was their only evidence)
        // and the bare node, which the graph does not have, is deleted once nothing touches it.
        var graph = TestGraphs.SourceAWithSharedPlaceResolved();
        var client = new RecordingNeo4jClient((statement, _) =>
            statement == CypherStatements.FindRelationshipsFromSources
                ? RecordingNeo4jClient.Result(
                    ["type", "key", "sourceLabels", "source", "targetLabels", "target"],
                    ["MENTIONS", "MENTIONS|article:000_a.txt#0|place:朝阳区", new[] { "Article" }, "article:000_a.txt#0", new[] { "Place" }, "place:朝阳区"],
                    ["MENTIONS", "MENTIONS|article:000_a.txt#0|place:长春市", new[] { "Article" }, "article:000_a.txt#0", new[] { "Place" }, "place:长春市"],
                    ["PART_OF", "PART_OF|place:朝阳区|place:长春市", new[] { "Place" }, "place:朝阳区", new[] { "Place" }, "place:长春市"])
                : statement == CypherStatements.FindArticlesFromSources
                    ? RecordingNeo4jClient.Result(["key"], ["article:000_a.txt#0"])
                    : statement.StartsWith("UNWIND $keys AS k\nMATCH ()-[r:", StringComparison.Ordinal)
                        ? RecordingNeo4jClient.Result(["deleted", "stripped"], [1L, 0L])
                        : null);

        await new GraphLoader(client).LoadAsync(graph, null, Ct);

        var places = client.Calls.Single(c => c.Statement == CypherStatements.MergeNodes(NodeLabel.Place));
        var keys = ((IReadOnlyList<IReadOnlyDictionary<string, object?>>)places.Parameters!["rows"]!).Select(r => (string)r["key"]!).Order(StringComparer.Ordinal);
        Assert.Equal(["place:朝阳区@220104", "place:长春市"], keys);
        var strips = client.Calls.Where(c => c.Parameters?.ContainsKey("keys") == true && c.Statement.Contains("MATCH ()-[r:", StringComparison.Ordinal));
        Assert.Equal(
            ["MENTIONS|article:000_a.txt#0|place:朝阳区", "PART_OF|place:朝阳区|place:长春市"],
            strips.SelectMany(s => (IEnumerable<string>)s.Parameters!["keys"]!));
        var orphan = Assert.Single(client.Calls, c => c.Statement.Contains("WHERE NOT EXISTS", StringComparison.Ordinal));
        Assert.Contains("(n:Place {key: k})", orphan.Statement, StringComparison.Ordinal);
        Assert.Equal(["place:朝阳区"], (IEnumerable<string>)orphan.Parameters!["keys"]!);
    }

    [Theory]
    [InlineData(1000, true)]
    [InlineData(1, true)]
    [InlineData(2, false)]
    public async Task A_streamed_graph_file_sends_the_batches_of_the_graph_held_in_memory(int batchSize, bool canonical)
    {
        var graph = TestGraphs.Small();
        var path = Path.Combine(dir.FullName, "graph.jsonl");
        var lines = GraphJsonlWriter.WriteToString(graph).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        // Node lines reversed: a valid graph file, but not in the order a stream can be loaded in.
        var nodeCount = graph.NodeCount;
        File.WriteAllLines(path, canonical ? lines : [.. lines.Take(nodeCount).Reverse(), .. lines.Skip(nodeCount)]);
        var source = GraphLoadSource.FromFile(path);
        var inMemory = new RecordingNeo4jClient();
        var streamed = new RecordingNeo4jClient();
        var options = new GraphLoadOptions { BatchSize = batchSize };

        var expected = await new GraphLoader(inMemory, options).LoadAsync(graph, null, Ct);
        var actual = await new GraphLoader(streamed, options).LoadAsync(source, null, Ct);

        Assert.Equal(canonical, source.IsStreamed);
        Assert.Equal(Batches(inMemory), Batches(streamed));
        Assert.Equal((expected.Rows, expected.Batches), (actual.Rows, actual.Batches));
        Assert.Equal(expected.Graph.NodesByLabel, actual.Graph.NodesByLabel);
        Assert.Equal(expected.Graph.RelationshipsByType, actual.Graph.RelationshipsByType);
        Assert.Equal([TestGraphs.SourceA, TestGraphs.SourceB], source.Sources);
    }

    [Fact]
    public async Task A_streamed_graph_file_cleans_up_as_the_graph_held_in_memory_does()
    {
        var changed = TestGraphs.SmallWithSourceAChanged();
        var path = Path.Combine(dir.FullName, "graph.jsonl");
        GraphJsonlWriter.Write(changed, path);
        var inMemory = new RecordingNeo4jClient(StaleDatabase);
        var streamed = new RecordingNeo4jClient(StaleDatabase);

        var expected = await new GraphLoader(inMemory).LoadAsync(changed, null, Ct);
        var actual = await new GraphLoader(streamed).LoadAsync(GraphLoadSource.FromFile(path), null, Ct);

        Assert.Equal(CleanUp(inMemory), CleanUp(streamed));
        Assert.NotEmpty(CleanUp(streamed));
        Assert.Equal((expected.RelationshipsDeleted, expected.ArticlesDeleted, expected.OrphansDeleted), (actual.RelationshipsDeleted, actual.ArticlesDeleted, actual.OrphansDeleted));

        static List<string> CleanUp(RecordingNeo4jClient client) =>
            client.Calls.Where(c => c.Parameters?.ContainsKey("keys") == true).Select(Json).ToList();
    }

    [Fact]
    public async Task Without_replacement_nothing_is_cleaned_up_and_evidence_is_simply_set()
    {
        var client = new RecordingNeo4jClient();

        await new GraphLoader(client, new GraphLoadOptions { ReplaceSourceFacts = false }).LoadAsync(TestGraphs.Small(), null, Ct);

        Assert.DoesNotContain(client.Calls, c => c.Statement == CypherStatements.FindRelationshipsFromSources);
        Assert.DoesNotContain(client.Calls, c => c.Statement.Contains("$sources", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_relationship_whose_end_is_missing_stops_the_load_with_a_clear_message()
    {
        var client = new RecordingNeo4jClient((statement, _) =>
            statement.Contains("[r:HOLDS_POSITION", StringComparison.Ordinal) ? RecordingNeo4jClient.Result(["merged"], [0L]) : null);

        var ex = await Assert.ThrowsAsync<GraphLoadException>(() => new GraphLoader(client).LoadAsync(TestGraphs.Small(), null, Ct));

        Assert.Contains("HOLDS_POSITION", ex.Message, StringComparison.Ordinal);
        Assert.Contains("run the load again", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Old_servers_get_relationship_indexes_instead_of_constraints()
    {
        var client = new RecordingNeo4jClient(version: "5.5.0");

        await new GraphLoader(client).EnsureSchemaAsync(TestGraphs.Small(), Ct);

        Assert.Contains(client.Calls, c => c.Statement == "CREATE INDEX holds_position_key IF NOT EXISTS FOR ()-[r:HOLDS_POSITION]-() ON (r.key)");
        Assert.DoesNotContain(client.Calls, c => c.Statement.Contains("FOR ()-[r:HOLDS_POSITION]-() REQUIRE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Progress_reaches_every_phase_total_and_the_report_counts_the_graph()
    {
        var client = new RecordingNeo4jClient();
        var seen = new List<GraphLoadProgress>();
        var graph = TestGraphs.Small();

        var report = await new GraphLoader(client, new GraphLoadOptions { BatchSize = 3 }).LoadAsync(graph, new SyncProgress(seen), Ct);

        Assert.Contains(new GraphLoadProgress("nodes", graph.NodeCount, graph.NodeCount), seen);
        Assert.Contains(new GraphLoadProgress("relationships", graph.RelationshipCount, graph.RelationshipCount), seen);
        Assert.Equal(2, report.Graph.Nodes(NodeLabel.Place));
        Assert.Equal(3, report.Graph.Relationships(RelationshipTypes.Mentions));
        Assert.False(report.DatabaseHoldsGraph);
        Assert.Contains("rows/batch", report.ThroughputLine(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_counts_batches_and_every_http_request_the_server_received_retries_included()
    {
        // Over HTTP to a stand-in that fails the first attempt of every statement with a retryable deadlock, so
        // each statement costs exactly two requests; the summary once said "N requests" for the batches alone.
        var clock = new ManualClock();
        await using var server = new FakeNeo4jServer((request, i) =>
        {
            if (i % 2 == 0)
            {
                return FakeNeo4jServer.QueryError(503, Neo4jErrorCodes.DeadlockDetected, "ForsetiClient can't acquire ExclusiveLock");
            }

            var json = request.Json;
            var statement = json.GetProperty("statement").GetString()!;
            if (json.TryGetProperty("parameters", out var parameters) && parameters.TryGetProperty("rows", out var rows))
            {
                return FakeNeo4jServer.QuerySuccess("merged", rows.GetArrayLength());
            }

            return statement.EndsWith("AS count", StringComparison.Ordinal)
                ? FakeNeo4jServer.QuerySuccess("count", 0)
                : FakeNeo4jServer.QuerySuccess("key");
        });
        var options = new Neo4jConnectionOptions(server.BaseUri, "neo4j") { Retry = new RetryPolicy(clock, clock.Delay, () => 0.5) };
        using var client = await Neo4jHttpClient.ConnectAsync(options, Ct);
        var graph = TestGraphs.Small();

        var report = await new GraphLoader(client, new GraphLoadOptions { BatchSize = 3 }).LoadAsync(graph, null, Ct);

        Assert.Equal(server.Requests.Count, report.Requests);
        Assert.Equal(100, report.Requests);
        Assert.Equal(50, report.Retries);
        Assert.Equal(13, report.Batches);
        Assert.Equal(graph.NodeCount + graph.RelationshipCount, report.Rows);
        Assert.StartsWith(
            $"{report.Rows} rows in 13 batches, 100 HTTP requests (50 retries); ",
            report.ThroughputLine(),
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("HOLDS POSITION")]
    [InlineData("X]->() DETACH DELETE n //")]
    [InlineData("lower")]
    public void Relationship_types_outside_the_naming_rule_never_reach_cypher(string type)
    {
        Assert.Throws<ArgumentException>(() => CypherStatements.MergeRelationships(type, NodeLabel.Person, NodeLabel.Place, keepOtherSources: true));
        Assert.Throws<ArgumentException>(() => CypherStatements.StripSources(type));
        Assert.Throws<ArgumentException>(() => CypherStatements.CountRelationships(type));
    }

    [Fact]
    public void Undefined_labels_never_reach_cypher()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CypherStatements.MergeNodes((NodeLabel)42));
    }

    private sealed class SyncProgress(List<GraphLoadProgress> seen) : IProgress<GraphLoadProgress>
    {
        public void Report(GraphLoadProgress value) => seen.Add(value);
    }

    /// <summary>A database that holds, from source A, a few facts the changed graph no longer gives.</summary>
    private static Neo4jResult? StaleDatabase(string statement, IReadOnlyDictionary<string, object?>? parameters) =>
        statement == CypherStatements.FindRelationshipsFromSources
            ? RecordingNeo4jClient.Result(
                ["type", "key", "sourceLabels", "source", "targetLabels", "target"],
                ["HOLDS_POSITION", "HOLDS_POSITION|person:叶帮锐|org:义乌市经信局|局长", new[] { "Person" }, "person:叶帮锐", new[] { "Organization" }, "org:义乌市经信局"],
                ["LOCATED_IN", "LOCATED_IN|org:义乌市经信局|place:稠城街道", new[] { "Organization" }, "org:义乌市经信局", new[] { "Place" }, "place:稠城街道"],
                ["MENTIONS", "MENTIONS|article:000_a.txt#0|person:王五", new[] { "Article" }, "article:000_a.txt#0", new[] { "Person" }, "person:王五"])
            : statement == CypherStatements.FindArticlesFromSources
                ? RecordingNeo4jClient.Result(["key"], ["article:000_a.txt#0"], ["article:000_a.txt#1"])
                : null;

    /// <summary>Every batch sent, as statement and parameters in JSON, sorted: which batches, not in which order.</summary>
    private static List<string> Batches(RecordingNeo4jClient client) =>
        client.Calls.Where(c => c.Parameters?.ContainsKey("rows") == true).Select(Json).Order(StringComparer.Ordinal).ToList();

    private static string Json((string Statement, IReadOnlyDictionary<string, object?>? Parameters) call)
    {
        using var buffer = new MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            ParameterJson.WriteMap(writer, call.Parameters);
        }

        return call.Statement + "\n" + System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
