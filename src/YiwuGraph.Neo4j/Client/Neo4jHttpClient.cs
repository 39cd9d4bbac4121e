using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace YiwuGraph.Neo4j.Client;

/// <summary>
/// Shared HTTP plumbing of the two Neo4j HTTP APIs: Basic auth, one request per statement, a timeout per
/// request, cancellation, mapping of HTTP and Neo4j errors to exception types, and retries under the
/// <see cref="RetryPolicy"/>. Subclasses only shape the request body and read the answer.
/// </summary>
public abstract class Neo4jHttpClient : INeo4jClient
{
    private static readonly MediaTypeWithQualityHeaderValue JsonMedia = new("application/json");

    private readonly HttpClient http;
    private readonly bool ownsHttpClient;
    private readonly AuthenticationHeaderValue? authorization;

    protected Neo4jHttpClient(HttpClient http, Neo4jConnectionOptions options, Neo4jServerInfo server, bool ownsHttpClient)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(server);
        this.http = http;
        this.ownsHttpClient = ownsHttpClient;
        Options = options;
        Server = server;
        authorization = CreateAuthorization(options);
    }

    public Neo4jServerInfo Server { get; }

    public abstract string ApiName { get; }

    public Neo4jClientStatistics Statistics { get; } = new();

    protected Neo4jConnectionOptions Options { get; }

    /// <summary>The URL each statement is posted to.</summary>
    protected abstract Uri EndpointUri { get; }

    /// <summary>
    /// Reads the discovery document and returns the client for the API the server offers: the Query API when it
    /// is listed, forced, or on by default (5.25+, 2025.x), else the transactional endpoint.
    /// </summary>
    public static async Task<INeo4jClient> ConnectAsync(
        Neo4jConnectionOptions options,
        CancellationToken cancellationToken,
        HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var http = handler is null ? new HttpClient(CreateDefaultHandler()) : new HttpClient(handler, disposeHandler: false);
        http.Timeout = Timeout.InfiniteTimeSpan;
        try
        {
            var server = await DiscoverAsync(http, options, cancellationToken).ConfigureAwait(false);
            var useQuery = options.Api switch
            {
                Neo4jHttpApi.Query => true,
                Neo4jHttpApi.Transactional => false,
                _ => server.HasQueryApi
                    || server.ParsedVersion >= Neo4jServerInfo.QueryApiEnabledByDefault
                    || (!server.HasTransactionalApi && server.ParsedVersion >= Neo4jServerInfo.QueryApiIntroduced),
            };
            return useQuery
                ? new Neo4jQueryApiClient(http, options, server, ownsHttpClient: true)
                : new Neo4jTransactionalClient(http, options, server, ownsHttpClient: true);
        }
        catch
        {
            http.Dispose();
            throw;
        }
    }

    /// <summary><c>GET /</c>: Neo4j's discovery document. Retried like statements (the server may still be starting).</summary>
    public static Task<Neo4jServerInfo> DiscoverAsync(HttpClient http, Neo4jConnectionOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        return options.Retry.ExecuteAsync(
            async ct =>
            {
                var text = await SendAsync(http, options, HttpMethod.Get, options.BaseUri, null, null, "GET /", "the discovery request (GET /)", ct).ConfigureAwait(false);
                return Neo4jServerInfo.Parse(text.Body);
            },
            options.OnRetry,
            cancellationToken);
    }

    public async Task<Neo4jResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(statement);
        using var body = SerializeBody(statement, parameters);
        return await Options.Retry.ExecuteAsync(
            async ct =>
            {
                var number = Statistics.CountRequest();
                var answer = await SendAsync(
                    http, Options, HttpMethod.Post, EndpointUri, body.WrittenMemory, authorization, ApiName, string.Create(CultureInfo.InvariantCulture, $"request {number} ({ApiName})"), ct).ConfigureAwait(false);
                return ReadAnswer(answer.Status, answer.Body);
            },
            (failure, wait) =>
            {
                Statistics.CountRetry();
                Options.OnRetry?.Invoke(failure, wait);
            },
            cancellationToken).ConfigureAwait(false);
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing && ownsHttpClient)
        {
            http.Dispose();
        }
    }

    /// <summary>Writes the JSON body for one statement.</summary>
    protected abstract void WriteBody(Utf8JsonWriter writer, string statement, IReadOnlyDictionary<string, object?>? parameters);

    /// <summary>Turns a 2xx answer into a result, or throws the error it carries.</summary>
    protected abstract Neo4jResult ReadResult(int status, JsonElement root);

    /// <summary>Throws the first of Neo4j's <c>errors[]</c>, if any.</summary>
    protected static void ThrowIfErrors(JsonElement root, int status)
    {
        if (TryReadError(root, out var code, out var message))
        {
            throw Neo4jErrorCodes.ToException(code, message, status);
        }
    }

    protected static Neo4jClientException Protocol(string what) =>
        new(Neo4jErrorCodes.ProtocolError, what);

    internal static SocketsHttpHandler CreateDefaultHandler() => new()
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        AutomaticDecompression = DecompressionMethods.All,
        ConnectTimeout = TimeSpan.FromSeconds(15),
    };

    private static AuthenticationHeaderValue? CreateAuthorization(Neo4jConnectionOptions options)
    {
        if (options.User is null)
        {
            return null;
        }

        var token = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}"));
        return new AuthenticationHeaderValue("Basic", token);
    }

    /// <summary>The request body in a pooled buffer; the caller disposes it when the request is done.</summary>
    internal PooledBufferWriter SerializeBody(string statement, IReadOnlyDictionary<string, object?>? parameters)
    {
        var buffer = new PooledBufferWriter();
        try
        {
            using var writer = new Utf8JsonWriter(buffer, ParameterJson.WriterOptions);
            WriteBody(writer, statement, parameters);
            writer.Flush();
            return buffer;
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }

    private Neo4jResult ReadAnswer(int status, string body)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(body);
        }
        catch (JsonException ex)
        {
            throw Protocol($"{ApiName} answered HTTP {status} with a body that is not JSON: {ex.Message}");
        }

        using (doc)
        {
            if (status is < 200 or > 299)
            {
                ThrowIfErrors(doc.RootElement, status);
                throw Protocol($"{ApiName} answered HTTP {status} without an error code");
            }

            return ReadResult(status, doc.RootElement);
        }
    }

    private static bool TryReadError(JsonElement root, [NotNullWhen(true)] out string? code, [NotNullWhen(true)] out string? message)
    {
        code = null;
        message = null;
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("errors", out var errors)
            || errors.ValueKind != JsonValueKind.Array
            || errors.GetArrayLength() == 0)
        {
            return false;
        }

        var first = errors[0];
        code = first.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString()! : "Neo.DatabaseError.General.UnknownError";
        message = first.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : "(no message)";
        return true;
    }

    private static async Task<(int Status, string Body)> SendAsync(
        HttpClient http,
        Neo4jConnectionOptions options,
        HttpMethod method,
        Uri uri,
        ReadOnlyMemory<byte>? body,
        AuthenticationHeaderValue? authorization,
        string what,
        string requestName,
        CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        using var request = new HttpRequestMessage(method, uri);
        request.Headers.Accept.Add(JsonMedia);
        request.Headers.Authorization = authorization;
        if (body is not null)
        {
            request.Content = new ReadOnlyMemoryContent(body.Value);
            request.Content.Headers.ContentType = JsonMedia;
        }

        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            var text = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
            if (status is 401 or 403)
            {
                var detail = TryParseError(text, out var code, out var message) ? message : $"HTTP {status}";
                throw new Neo4jAuthenticationException(code ?? Neo4jErrorCodes.Unauthorized, $"{detail} (check --user and NEO4J_PASSWORD)", status);
            }

            if (status is 502 or 503 or 504 && !TryParseError(text, out _, out _))
            {
                throw new Neo4jTransientException(Neo4jErrorCodes.ServiceUnavailable, $"{uri} answered HTTP {status}", status);
            }

            if (status == 404 && !TryParseError(text, out _, out _))
            {
                throw new Neo4jClientException("YiwuGraph.Neo4j.NotFound", $"{uri} answered HTTP 404 (wrong --uri or database, or {what} is not enabled on this server)", status);
            }

            return (status, text);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested && !timeout.IsCancellationRequested)
        {
            // Neither the caller nor our timer cancelled: the handler's ConnectTimeout ran out before a connection existed.
            throw new Neo4jTransientException(Neo4jErrorCodes.ServiceUnavailable, $"cannot reach {uri}: {ex.Message}", null, ex);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new Neo4jTimeoutException(options.Timeout, $"{requestName} to {uri}", ex);
        }
        catch (HttpRequestException ex)
        {
            throw new Neo4jTransientException(Neo4jErrorCodes.ServiceUnavailable, DescribeTransportFailure(ex, uri, requestName), null, ex);
        }
    }

    /// <summary>
    /// Says what went wrong on the wire: "cannot reach" only when no connection was made; a server that was
    /// reached and then dropped the connection is named as such, with the request it dropped.
    /// </summary>
    internal static string DescribeTransportFailure(HttpRequestException ex, Uri uri, string request)
    {
        var detail = Innermost(ex).Message;
        return ex.HttpRequestError switch
        {
            HttpRequestError.NameResolutionError => $"cannot reach {uri}: the name '{uri.Host}' was not resolved ({detail})",
            HttpRequestError.ConnectionError => $"cannot reach {uri}: {detail}",
            HttpRequestError.SecureConnectionError => $"the TLS handshake with {uri} failed during {request}: {detail}",
            HttpRequestError.ResponseEnded => $"the server at {uri} closed the connection during {request} before answering",
            HttpRequestError.InvalidResponse => $"the server at {uri} answered {request} with something that is not HTTP: {detail}",
            _ when Innermost(ex) is SocketException { SocketErrorCode: SocketError.ConnectionReset or SocketError.ConnectionAborted or SocketError.Shutdown }
                => $"the server at {uri} closed the connection during {request} ({detail})",
            _ => $"the connection to {uri} failed during {request}: {detail}",
        };
    }

    private static Exception Innermost(Exception ex)
    {
        while (ex.InnerException is not null)
        {
            ex = ex.InnerException;
        }

        return ex;
    }

    private static bool TryParseError(string text, out string? code, out string? message)
    {
        code = null;
        message = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        try
        {
            using var doc = JsonDocument.Parse(text);
            if (TryReadError(doc.RootElement, out var c, out var m))
            {
                code = c;
                message = m;
                return true;
            }
        }
        catch (JsonException)
        {
        }

        return false;
    }
}
