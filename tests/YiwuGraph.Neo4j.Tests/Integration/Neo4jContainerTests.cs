using YiwuGraph.Graph;
using YiwuGraph.Neo4j.Client;
using YiwuGraph.Neo4j.Loading;
using YiwuGraph.Neo4j.Tests.Support;

namespace YiwuGraph.Neo4j.Tests.Integration;

/// <summary>
/// The loader against a real Neo4j 5.26 in Docker: counts, idempotence, incremental growth, replacement of a
/// changed file's facts, the full-text index and the documented queries. Skipped, with the reason, without Docker.
/// </summary>
[Trait("Category", "Docker")]
public sealed class Neo4jContainerTests(Neo4jContainerFixture fixture) : IClassFixture<Neo4jContainerFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Loading_gives_the_graph_counts_and_loading_again_changes_nothing()
    {
        using var client = await FreshDatabaseAsync();
        var graph = TestGraphs.Small();

        var first = await new GraphLoader(client, new GraphLoadOptions { BatchSize = 3 }).LoadAsync(graph, null, Ct);
        var afterFirst = await SnapshotAsync(client);
        var second = await new GraphLoader(client, new GraphLoadOptions { BatchSize = 3 }).LoadAsync(graph, null, Ct);

        AssertCountsEqual(graph, first.Database);
        AssertCountsEqual(graph, second.Database);
        Assert.Equal(graph.NodeCount, first.Counters.NodesCreated);
        Assert.Equal(graph.RelationshipCount, first.Counters.RelationshipsCreated);
        Assert.Equal(0, second.Counters.NodesCreated);
        Assert.Equal(0, second.Counters.RelationshipsCreated);
        Assert.Equal(0, second.Counters.RelationshipsDeleted);
        Assert.Equal(afterFirst, await SnapshotAsync(client));
    }

    [Fact]
    public async Task A_load_interrupted_part_way_is_completed_by_running_it_again()
    {
        using var client = await FreshDatabaseAsync();
        var graph = TestGraphs.Small();
        var options = new GraphLoadOptions { BatchSize = 2 };

        await Assert.ThrowsAsync<Neo4jClientException>(() =>
            new GraphLoader(new InterruptingNeo4jClient(client, batchesBeforeFailure: 6), options).LoadAsync(graph, null, Ct));
        var partial = await new GraphLoader(client, options).CountAsync(SchemaNames.TypesOf(graph), Ct);
        var dangling = await client.RunAsync("MATCH ()-[r]->() WHERE r.key IS NULL RETURN count(r) AS count", null, Ct);
        var rerun = await new GraphLoader(client, options).LoadAsync(graph, null, Ct);

        Assert.True(partial.TotalNodes == graph.NodeCount && partial.TotalRelationships < graph.RelationshipCount, "the first load stopped after its nodes");
        Assert.Equal(0, dangling.GetInt64(0, "count"));
        AssertCountsEqual(graph, rerun.Database);
    }

    [Fact]
    public async Task Loading_a_graph_from_more_files_adds_only_what_is_new()
    {
        using var client = await FreshDatabaseAsync();

        await new GraphLoader(client).LoadAsync(TestGraphs.OnlySourceA(), null, Ct);
        var grown = await new GraphLoader(client).LoadAsync(TestGraphs.Small(), null, Ct);

        AssertCountsEqual(TestGraphs.Small(), grown.Database);
        Assert.Equal(TestGraphs.Small().NodeCount - TestGraphs.OnlySourceA().NodeCount, grown.Counters.NodesCreated);
    }

    [Fact]
    public async Task Reloading_a_changed_file_replaces_its_facts_and_keeps_the_others()
    {
        using var client = await FreshDatabaseAsync();
        await new GraphLoader(client).LoadAsync(TestGraphs.Small(), null, Ct);

        // File A changed and was rebuilt alone: its graph lacks two facts A used to give, and knows nothing of B.
        var onlyA = TestGraphs.OnlySourceA();
        foreach (var key in new[] { "ORGANIZED|org:义乌市经信局|event:2024-01-05经济工作会议", "LOCATED_IN|org:义乌市经信局|place:稠城街道" })
        {
            Assert.True(onlyA.TryGetRelationship(key, out var r));
            onlyA.RemoveRelationship(r);
        }

        var report = await new GraphLoader(client).LoadAsync(onlyA, null, Ct);

        AssertCountsEqual(TestGraphs.SmallWithSourceAChanged(), report.Database);
        var holds = await client.RunAsync(
            "MATCH (:Person {key: $p})-[r:HOLDS_POSITION]->(:Organization) RETURN r.evidenceSources AS sources, r.articles AS articles",
            new Dictionary<string, object?> { ["p"] = "person:叶帮锐" },
            Ct);
        Assert.Equal([TestGraphs.SourceB, TestGraphs.SourceA], holds.GetStrings(0, "sources"));
        Assert.Equal(["article:001_b.txt#0", "article:000_a.txt#0"], holds.GetStrings(0, "articles"));
        Assert.Equal(2, report.RelationshipsDeleted);
    }

    [Fact]
    public async Task The_documented_queries_answer()
    {
        using var client = await FreshDatabaseAsync();
        await new GraphLoader(client).LoadAsync(TestGraphs.Small(), null, Ct);

        var positions = await client.RunAsync(
            "MATCH (p:Person {name: $name})-[h:HOLDS_POSITION]->(o:Organization) RETURN h.title AS title, o.name AS org",
            new Dictionary<string, object?> { ["name"] = "叶帮锐" },
            Ct);
        Assert.Equal("局长", positions.GetString(0, "title"));
        Assert.Equal("义乌市经信局", positions.GetString(0, "org"));

        var path = await client.RunAsync(
            "MATCH (a:Person {name: $a}), (b:Person {name: $b}) MATCH p = shortestPath((a)-[*..6]-(b)) RETURN length(p) AS count",
            new Dictionary<string, object?> { ["a"] = "叶帮锐", ["b"] = "Anna O'Neil" },
            Ct);
        Assert.Equal(2, path.GetInt64(0, "count"));

        await client.RunAsync("CALL db.awaitIndexes(120)", null, Ct);
        var fullText = await client.RunAsync(
            "CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node RETURN node.key AS key",
            new Dictionary<string, object?> { ["q"] = "叶书记" },
            Ct);
        Assert.Contains("person:叶帮锐", Enumerable.Range(0, fullText.Rows.Count).Select(i => fullText.GetString(i, "key")));
    }

    private static void AssertCountsEqual(KnowledgeGraph graph, Neo4jGraphCounts database)
    {
        var expected = Neo4jGraphCounts.Of(graph);
        foreach (var label in NodeLabels.All)
        {
            Assert.True(expected.Nodes(label) == database.Nodes(label), $"{label}: graph {expected.Nodes(label)}, database {database.Nodes(label)}");
        }

        foreach (var type in expected.RelationshipsByType.Keys)
        {
            Assert.True(expected.Relationships(type) == database.Relationships(type), $"{type}: graph {expected.Relationships(type)}, database {database.Relationships(type)}");
        }

        Assert.Equal(expected.TotalNodes, database.TotalNodes);
        Assert.Equal(expected.TotalRelationships, database.TotalRelationships);
    }

    private static async Task<string> SnapshotAsync(INeo4jClient client)
    {
        var result = await client.RunAsync(
            "MATCH (a)-[r]->(b) "
            + "RETURN a.key + ' ' + type(r) + ' ' + b.key + reduce(s = '', x IN coalesce(r.evidenceStarts, []) | s + ' ' + toString(x)) AS line "
            + "ORDER BY line",
            null,
            Ct);
        return string.Join("\n", Enumerable.Range(0, result.Rows.Count).Select(i => result.GetString(i, "line")));
    }

    private async Task<INeo4jClient> FreshDatabaseAsync()
    {
        Skips.When(fixture.SkipReason is not null, fixture.SkipReason ?? string.Empty);
        var client = await Neo4jHttpClient.ConnectAsync(fixture.Options(), Ct);
        await client.RunAsync("MATCH (n) DETACH DELETE n", null, Ct);
        return client;
    }
}
