using System.Text.Json;
using YiwuGraph.Neo4j.Client;

namespace YiwuGraph.Neo4j.Tests.Support;

/// <summary>An <see cref="INeo4jClient"/> that records statements and answers from a script.</summary>
internal sealed class RecordingNeo4jClient : INeo4jClient
{
    private readonly Func<string, IReadOnlyDictionary<string, object?>?, Neo4jResult?> answer;

    public RecordingNeo4jClient(Func<string, IReadOnlyDictionary<string, object?>?, Neo4jResult?>? answer = null, string version = "5.26.0")
    {
        this.answer = answer ?? ((_, _) => null);
        Server = new Neo4jServerInfo(version, "community", true, true, null);
    }

    public Neo4jServerInfo Server { get; }

    public string ApiName => "recording";

    public Neo4jClientStatistics Statistics { get; } = new();

    public List<(string Statement, IReadOnlyDictionary<string, object?>? Parameters)> Calls { get; } = [];

    public static Neo4jResult Result(string[] fields, params object?[][] rows) =>
        new(fields, rows.Select(r => (IReadOnlyList<JsonElement>)r.Select(v => JsonSerializer.SerializeToElement(v)).ToList()).ToList(), Neo4jCounters.Empty);

    public Task<Neo4jResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Calls.Add((statement, parameters));
        var result = answer(statement, parameters) ?? Default(statement, parameters);
        return Task.FromResult(result);
    }

    public void Dispose()
    {
    }

    /// <summary>Merges report every row merged; counts report 0; finds report nothing.</summary>
    private static Neo4jResult Default(string statement, IReadOnlyDictionary<string, object?>? parameters)
    {
        if (statement.Contains("AS merged", StringComparison.Ordinal) && parameters?["rows"] is System.Collections.ICollection rows)
        {
            return Result(["merged"], [rows.Count]);
        }

        if (statement.Contains("AS count", StringComparison.Ordinal))
        {
            return Result(["count"], [0L]);
        }

        return Result([]);
    }
}
