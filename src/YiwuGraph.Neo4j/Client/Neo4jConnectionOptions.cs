namespace YiwuGraph.Neo4j.Client;

/// <summary>Where and how to reach Neo4j over HTTP(S). The password is held here only in memory.</summary>
public sealed record Neo4jConnectionOptions
{
    public Neo4jConnectionOptions(Uri baseUri, string database)
    {
        ArgumentNullException.ThrowIfNull(baseUri);
        ArgumentException.ThrowIfNullOrEmpty(database);
        if (!baseUri.IsAbsoluteUri || (baseUri.Scheme != Uri.UriSchemeHttp && baseUri.Scheme != Uri.UriSchemeHttps))
        {
            throw new Neo4jClientException(
                "YiwuGraph.Neo4j.InvalidUri",
                $"'{baseUri}' is not an http:// or https:// URI (the HTTP port is 7474, or 7473 for HTTPS; Bolt's 7687 is not supported)");
        }

        BaseUri = baseUri.AbsoluteUri.EndsWith('/') ? baseUri : new Uri(baseUri.AbsoluteUri + "/");
        Database = database;
    }

    public Uri BaseUri { get; }

    public string Database { get; }

    /// <summary>User for Basic auth; null sends no Authorization header (a server with <c>NEO4J_AUTH=none</c>).</summary>
    public string? User { get; init; }

    public string? Password { get; init; }

    /// <summary>Limit for one HTTP request, including reading the answer.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(120);

    public Neo4jHttpApi Api { get; init; } = Neo4jHttpApi.Auto;

    public RetryPolicy Retry { get; init; } = new();

    /// <summary>Hears of each retry (the failure and the wait before the next attempt), e.g. to tell the user.</summary>
    public Action<Neo4jClientException, TimeSpan>? OnRetry { get; init; }

    /// <summary>Keeps the password out of logs and exception messages.</summary>
    public override string ToString() => $"{BaseUri} database={Database} user={User ?? "(none)"}";
}
