using System.Text;
using YiwuGraph.Neo4j.Client;
using YiwuGraph.Neo4j.Tests.Support;

namespace YiwuGraph.Neo4j.Tests.Client;

/// <summary>The HTTP clients against a local server that answers as Neo4j's documentation says.</summary>
public sealed class Neo4jHttpClientContractTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Neo4jConnectionOptions Options(FakeNeo4jServer server, ManualClock? clock = null, TimeSpan? timeout = null) =>
        new(server.BaseUri, "neo4j")
        {
            User = "neo4j",
            Password = "s3cret:pw",
            Timeout = timeout ?? TimeSpan.FromSeconds(30),
            Retry = clock is null ? RetryPolicy.None : new RetryPolicy(clock, clock.Delay, () => 0.5),
        };

    [Fact]
    public async Task Success_posts_one_statement_with_parameters_and_basic_auth_to_the_query_api()
    {
        await using var server = new FakeNeo4jServer((_, _) => FakeNeo4jServer.QuerySuccess("merged", 3));
        using var client = await Neo4jHttpClient.ConnectAsync(Options(server), Ct);

        var result = await client.RunAsync(
            "UNWIND $rows AS row MERGE (n:Person {key: row.key}) RETURN count(n) AS merged",
            new Dictionary<string, object?> { ["rows"] = new[] { "person:叶帮锐", "a'b\"c" }, ["score"] = 1.0, ["n"] = 2L },
            Ct);

        Assert.IsType<Neo4jQueryApiClient>(client);
        Assert.Equal("5.26.0", client.Server.Version);
        Assert.Equal(3, result.GetInt64(0, "merged"));
        Assert.Equal(2, result.Counters.NodesCreated);
        Assert.Equal(1, result.Counters.RelationshipsCreated);
        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/db/neo4j/query/v2", request.Path);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:s3cret:pw")), request.Authorization);
        var json = request.Json;
        Assert.Equal("UNWIND $rows AS row MERGE (n:Person {key: row.key}) RETURN count(n) AS merged", json.GetProperty("statement").GetString());
        Assert.Equal("person:叶帮锐", json.GetProperty("parameters").GetProperty("rows")[0].GetString());
        Assert.Equal("a'b\"c", json.GetProperty("parameters").GetProperty("rows")[1].GetString());
        Assert.Contains("\"score\":1.0", request.Body, StringComparison.Ordinal);
        Assert.Contains("\"n\":2", request.Body, StringComparison.Ordinal);
        Assert.True(json.GetProperty("includeCounters").GetBoolean());
    }

    [Fact]
    public async Task Large_batches_arrive_whole_and_in_order()
    {
        await using var server = new FakeNeo4jServer((_, _) => FakeNeo4jServer.QuerySuccess("merged", 5000));
        using var client = await Neo4jHttpClient.ConnectAsync(Options(server), Ct);
        var rows = Enumerable.Range(0, 5000)
            .Select(i => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
            {
                ["key"] = $"person:人员{i}",
                ["props"] = new Dictionary<string, object?> { ["aliases"] = new[] { "甲", "乙" }, ["starts"] = new[] { (long)i, i + 1L }, ["score"] = i / 4.0 },
            })
            .ToList();

        await client.RunAsync("UNWIND $rows AS row RETURN count(*) AS merged", new Dictionary<string, object?> { ["rows"] = rows }, Ct);

        var sent = Assert.Single(server.Requests).Json.GetProperty("parameters").GetProperty("rows");
        Assert.Equal(5000, sent.GetArrayLength());
        Assert.Equal("person:人员4999", sent[4999].GetProperty("key").GetString());
        Assert.Equal(4999, sent[4999].GetProperty("props").GetProperty("starts")[0].GetInt64());
        Assert.Equal("1249.75", sent[4999].GetProperty("props").GetProperty("score").GetRawText());
        Assert.Equal("0.0", sent[0].GetProperty("props").GetProperty("score").GetRawText());
    }

    [Fact]
    public async Task Client_error_is_raised_with_its_code_and_is_not_retried()
    {
        var clock = new ManualClock();
        await using var server = new FakeNeo4jServer((_, _) =>
            FakeNeo4jServer.QueryError(400, Neo4jErrorCodes.SyntaxError, "Invalid input 'RETRUN'"));
        using var client = await Neo4jHttpClient.ConnectAsync(Options(server, clock), Ct);

        var ex = await Assert.ThrowsAsync<Neo4jClientException>(() => client.RunAsync("RETRUN 1", null, Ct));

        Assert.Equal(Neo4jErrorCodes.SyntaxError, ex.Code);
        Assert.Equal(400, ex.HttpStatus);
        Assert.Equal(Neo4jErrorClassification.ClientError, ex.Classification);
        Assert.Contains("Invalid input 'RETRUN'", ex.Message, StringComparison.Ordinal);
        Assert.Single(server.Requests);
        Assert.Empty(clock.Delays);
    }

    [Fact]
    public async Task Transient_error_then_success_is_retried_after_a_back_off()
    {
        var clock = new ManualClock();
        var heard = new List<string>();
        await using var server = new FakeNeo4jServer((_, i) => i < 2
            ? FakeNeo4jServer.QueryError(503, Neo4jErrorCodes.DeadlockDetected, "ForsetiClient can't acquire ExclusiveLock")
            : FakeNeo4jServer.QuerySuccess("merged", 1));
        using var client = await Neo4jHttpClient.ConnectAsync(Options(server, clock) with { OnRetry = (e, _) => heard.Add(e.Code) }, Ct);

        var result = await client.RunAsync("RETURN 1 AS merged", null, Ct);

        Assert.Equal(1, result.GetInt64(0, "merged"));
        Assert.Equal(3, server.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], clock.Delays);
        Assert.Equal(3, client.Statistics.Requests);
        Assert.Equal(2, client.Statistics.Retries);
        Assert.Equal([Neo4jErrorCodes.DeadlockDetected, Neo4jErrorCodes.DeadlockDetected], heard);
    }

    [Fact]
    public async Task Transient_errors_that_the_drivers_do_not_retry_fail_at_once()
    {
        var clock = new ManualClock();
        await using var server = new FakeNeo4jServer((_, _) =>
            FakeNeo4jServer.QueryError(400, Neo4jErrorCodes.TransientTerminated, "terminated"));
        using var client = await Neo4jHttpClient.ConnectAsync(Options(server, clock), Ct);

        var ex = await Assert.ThrowsAsync<Neo4jClientException>(() => client.RunAsync("RETURN 1", null, Ct));

        Assert.False(ex.IsRetryable);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Persistent_transient_error_gives_up_after_the_max_retry_time()
    {
        var clock = new ManualClock();
        await using var server = new FakeNeo4jServer((_, _) =>
            FakeNeo4jServer.QueryError(503, Neo4jErrorCodes.DatabaseUnavailable, "database is starting"));
        using var client = await Neo4jHttpClient.ConnectAsync(Options(server, clock), Ct);

        var ex = await Assert.ThrowsAsync<Neo4jTransientException>(() => client.RunAsync("RETURN 1", null, Ct));

        Assert.Equal(Neo4jErrorCodes.DatabaseUnavailable, ex.Code);
        // Waits of 1, 2, 4, 8 and 15 s (16 capped) make 30 s; one more wait would pass the 30 s budget.
        Assert.Equal(6, server.Requests.Count);
        Assert.Equal(TimeSpan.FromSeconds(30), clock.Delays.Aggregate(TimeSpan.Zero, (a, b) => a + b));
    }

    [Fact]
    public async Task Authentication_failure_raises_an_authentication_error_naming_the_fix()
    {
        await using var server = new FakeNeo4jServer((_, _) =>
            FakeNeo4jServer.QueryError(401, Neo4jErrorCodes.Unauthorized, "The client is unauthorized due to authentication failure."));
        using var client = await Neo4jHttpClient.ConnectAsync(Options(server), Ct);

        var ex = await Assert.ThrowsAsync<Neo4jAuthenticationException>(() => client.RunAsync("RETURN 1", null, Ct));

        Assert.Equal(401, ex.HttpStatus);
        Assert.Contains("NEO4J_PASSWORD", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Slow_answer_raises_a_timeout()
    {
        await using var server = new FakeNeo4jServer((_, _) => FakeNeo4jServer.QuerySuccess("merged", 1) with { Delay = TimeSpan.FromSeconds(5) });
        using var client = await Neo4jHttpClient.ConnectAsync(Options(server, timeout: TimeSpan.FromMilliseconds(200)), Ct);

        var ex = await Assert.ThrowsAsync<Neo4jTimeoutException>(() => client.RunAsync("RETURN 1", null, Ct));

        Assert.Equal(TimeSpan.FromMilliseconds(200), ex.Timeout);
        Assert.Contains("--batch-size", ex.Message, StringComparison.Ordinal);
        Assert.StartsWith($"request 1 (Query API) to {server.BaseUri}db/neo4j/query/v2 got no answer within 0.2 s", ex.ServerMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancellation_is_not_reported_as_a_timeout()
    {
        await using var server = new FakeNeo4jServer((_, _) => FakeNeo4jServer.QuerySuccess("merged", 1) with { Delay = TimeSpan.FromSeconds(5) });
        using var client = await Neo4jHttpClient.ConnectAsync(Options(server), Ct);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        cts.CancelAfter(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.RunAsync("RETURN 1", null, cts.Token));
    }

    [Fact]
    public async Task Server_without_the_query_api_is_used_through_the_transactional_endpoint()
    {
        FakeNeo4jServer? server = null;
        server = new FakeNeo4jServer(
            (_, _) => new FakeResponse(200, """{"results":[{"columns":["merged"],"data":[{"row":[4],"meta":[null]}],"stats":{"contains_updates":true,"nodes_created":4,"relationship_deleted":1}}],"errors":[]}"""),
            discovery: """{"bolt_direct":"bolt://localhost:7687","transaction":"http://localhost:7474/db/{databaseName}/tx","neo4j_version":"5.18.1","neo4j_edition":"community"}""");
        await using (server)
        {
            using var client = await Neo4jHttpClient.ConnectAsync(Options(server), Ct);

            var result = await client.RunAsync("RETURN 4 AS merged", new Dictionary<string, object?> { ["x"] = 1L }, Ct);

            Assert.IsType<Neo4jTransactionalClient>(client);
            Assert.Equal(4, result.GetInt64(0, "merged"));
            Assert.Equal(4, result.Counters.NodesCreated);
            Assert.Equal(1, result.Counters.RelationshipsDeleted);
            var request = Assert.Single(server.Requests);
            Assert.Equal("/db/neo4j/tx/commit", request.Path);
            var statement = request.Json.GetProperty("statements")[0];
            Assert.Equal("RETURN 4 AS merged", statement.GetProperty("statement").GetString());
            Assert.True(statement.GetProperty("includeStats").GetBoolean());
        }
    }

    [Fact]
    public async Task Transactional_endpoint_error_under_HTTP_200_is_raised()
    {
        var clock = new ManualClock();
        await using var server = new FakeNeo4jServer(
            (_, i) => i == 0
                ? new FakeResponse(200, """{"results":[],"errors":[{"code":"Neo.TransientError.Transaction.LockWaitTimeout","message":"lock wait"}]}""")
                : new FakeResponse(200, """{"results":[{"columns":["x"],"data":[],"stats":{}}],"errors":[]}"""),
            discovery: """{"transaction":"http://localhost:7474/db/{databaseName}/tx","neo4j_version":"5.18.1","neo4j_edition":"community"}""");
        using var client = await Neo4jHttpClient.ConnectAsync(Options(server, clock), Ct);

        var result = await client.RunAsync("RETURN 1 AS x", null, Ct);

        Assert.Empty(result.Rows);
        Assert.Equal(2, server.Requests.Count);
        Assert.Single(clock.Delays);
    }

    [Theory]
    [InlineData("5.26.0", "/db/neo4j/query/v2")]
    [InlineData("2025.01.0", "/db/neo4j/query/v2")]
    [InlineData("5.20.0", "/db/neo4j/tx/commit")]
    public async Task Servers_that_do_not_list_the_query_api_get_it_when_it_is_on_by_default(string version, string expectedPath)
    {
        var discovery = $$"""{"transaction":"http://localhost:7474/db/{databaseName}/tx","neo4j_version":"{{version}}","neo4j_edition":"community"}""";
        await using var server = new FakeNeo4jServer(
            (r, _) => r.Path.EndsWith("/query/v2", StringComparison.Ordinal)
                ? FakeNeo4jServer.QuerySuccess("x", 1)
                : new FakeResponse(200, """{"results":[{"columns":["x"],"data":[{"row":[1]}]}],"errors":[]}"""),
            discovery);
        using var client = await Neo4jHttpClient.ConnectAsync(Options(server), Ct);

        await client.RunAsync("RETURN 1 AS x", null, Ct);

        Assert.Equal(expectedPath, Assert.Single(server.Requests).Path);
    }

    [Fact]
    public async Task Transactional_api_can_be_forced_on_a_server_that_has_both()
    {
        await using var server = new FakeNeo4jServer((_, _) => new FakeResponse(200, """{"results":[{"columns":[],"data":[]}],"errors":[]}"""));
        using var client = await Neo4jHttpClient.ConnectAsync(Options(server) with { Api = Neo4jHttpApi.Transactional }, Ct);

        await client.RunAsync("RETURN 1", null, Ct);

        Assert.Equal("/db/neo4j/tx/commit", Assert.Single(server.Requests).Path);
    }

    [Fact]
    public async Task Unreachable_server_is_a_transient_service_unavailable_error()
    {
        int port;
        {
            var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
            probe.Start();
            port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
        }

        var options = new Neo4jConnectionOptions(new Uri($"http://127.0.0.1:{port}"), "neo4j") { Retry = RetryPolicy.None };

        var ex = await Assert.ThrowsAsync<Neo4jTransientException>(() => Neo4jHttpClient.ConnectAsync(options, Ct));

        Assert.Equal(Neo4jErrorCodes.ServiceUnavailable, ex.Code);
        Assert.Contains("cannot reach", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DropMode.Close)]
    [InlineData(DropMode.Reset)]
    public async Task Server_that_drops_the_connection_is_named_as_reached_not_as_unreachable(DropMode mode)
    {
        await using var server = new DroppingServer(mode);
        var options = new Neo4jConnectionOptions(server.BaseUri, "neo4j") { Retry = RetryPolicy.None };
        using var client = await Neo4jHttpClient.ConnectAsync(options, Ct);

        var ex = await Assert.ThrowsAsync<Neo4jTransientException>(() => client.RunAsync("RETURN 1", null, Ct));

        Assert.Equal(Neo4jErrorCodes.ServiceUnavailable, ex.Code);
        Assert.StartsWith($"the server at {server.BaseUri}db/neo4j/query/v2 closed the connection during request 1 (Query API)", ex.ServerMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("cannot reach", ex.Message, StringComparison.Ordinal);
        Assert.True(ex.IsRetryable);
        Assert.Equal(1, server.Dropped);
    }

    [Fact]
    public async Task Non_neo4j_server_is_reported_as_such()
    {
        await using var server = new FakeNeo4jServer((_, _) => FakeNeo4jServer.QuerySuccess(), discovery: "<html>hello</html>");

        var ex = await Assert.ThrowsAsync<Neo4jClientException>(() => Neo4jHttpClient.ConnectAsync(Options(server), Ct));

        Assert.Equal(Neo4jErrorCodes.ProtocolError, ex.Code);
        Assert.Contains("discovery", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://localhost:7474")]
    [InlineData("https://abcd1234.databases.neo4j.io")]
    [InlineData("https://neo4j.example.org:7473/base/")]
    public void Http_and_https_uris_are_accepted(string uri)
    {
        var options = new Neo4jConnectionOptions(new Uri(uri), "neo4j") { User = "neo4j", Password = "pw-secret" };

        Assert.EndsWith("/", options.BaseUri.AbsoluteUri, StringComparison.Ordinal);
        Assert.DoesNotContain("pw-secret", options.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bolt://localhost:7687")]
    [InlineData("neo4j://localhost:7687")]
    public void Bolt_uris_are_refused_with_a_hint(string uri)
    {
        var ex = Assert.Throws<Neo4jClientException>(() => new Neo4jConnectionOptions(new Uri(uri), "neo4j"));

        Assert.Contains("7474", ex.Message, StringComparison.Ordinal);
    }
}
