using YiwuGraph.Neo4j.Client;

namespace YiwuGraph.Neo4j.Tests.Support;

/// <summary>Passes statements to another client until a number of row batches went through, then fails like a lost server.</summary>
internal sealed class InterruptingNeo4jClient(INeo4jClient inner, int batchesBeforeFailure) : INeo4jClient
{
    private int batches;

    public Neo4jServerInfo Server => inner.Server;

    public string ApiName => inner.ApiName;

    public Neo4jClientStatistics Statistics => inner.Statistics;

    public Task<Neo4jResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken)
    {
        if (parameters?.ContainsKey("rows") == true && ++batches > batchesBeforeFailure)
        {
            throw new Neo4jClientException("Test.Interrupted", "the connection was lost (simulated)");
        }

        return inner.RunAsync(statement, parameters, cancellationToken);
    }

    public void Dispose()
    {
    }
}
