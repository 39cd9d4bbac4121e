namespace YiwuGraph.Neo4j.Client;

/// <summary>
/// The narrow seam between YiwuGraph and a Neo4j server: run one parameterized statement in its own
/// (auto-commit) transaction. The HTTP clients implement it today; a Bolt driver can implement it later.
/// </summary>
public interface INeo4jClient : IDisposable
{
    /// <summary>What the server said about itself when the client connected.</summary>
    Neo4jServerInfo Server { get; }

    /// <summary>A short name of the API in use, e.g. <c>Query API</c>.</summary>
    string ApiName { get; }

    /// <summary>Requests sent and retries made so far (for throughput reports).</summary>
    Neo4jClientStatistics Statistics { get; }

    /// <summary>
    /// Runs <paramref name="statement"/> with <paramref name="parameters"/> (never spliced into the text) and
    /// returns its rows and counters. Retryable failures are retried under the client's <see cref="RetryPolicy"/>.
    /// </summary>
    Task<Neo4jResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken);
}
