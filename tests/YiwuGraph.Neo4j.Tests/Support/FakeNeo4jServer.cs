using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace YiwuGraph.Neo4j.Tests.Support;

/// <summary>A request as the fake server saw it.</summary>
internal sealed record FakeRequest(string Method, string Path, string? Authorization, string Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement.Clone();
}

/// <summary>An answer: status, JSON body, and an optional delay before it is sent.</summary>
internal sealed record FakeResponse(int Status, string Body, TimeSpan Delay = default)
{
    public static FakeResponse Json(int status, string body) => new(status, body);
}

/// <summary>
/// An in-process HTTP server on 127.0.0.1 (a free port) that answers the way Neo4j's documentation says its
/// discovery, Query API and transactional endpoints do. Tests script the answers per request.
/// </summary>
internal sealed class FakeNeo4jServer : IAsyncDisposable
{
    public const string Version = "5.26.0";

    private readonly HttpListener listener = new();
    private readonly Func<FakeRequest, int, FakeResponse> handler;
    private readonly CancellationTokenSource stopping = new();
    private readonly Task loop;
    private int count;

    /// <param name="handler">Answers a statement request; its second argument numbers the requests from 0.</param>
    /// <param name="discovery">The <c>GET /</c> document; null gives a 5.26 community server with both APIs.</param>
    public FakeNeo4jServer(Func<FakeRequest, int, FakeResponse> handler, string? discovery = null)
    {
        this.handler = handler;
        for (var attempt = 0; ; attempt++)
        {
            var port = FreePort();
            listener.Prefixes.Clear();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                BaseUri = new Uri($"http://127.0.0.1:{port}/");
                break;
            }
            catch (HttpListenerException) when (attempt < 5)
            {
            }
        }

        Discovery = discovery ?? DiscoveryDocument(BaseUri, Version, query: true);
        loop = Task.Run(AcceptLoopAsync);
    }

    public Uri BaseUri { get; } = null!;

    public string Discovery { get; }

    /// <summary>Statement requests (not discovery), in arrival order.</summary>
    public ConcurrentQueue<FakeRequest> Requests { get; } = new();

    public static string DiscoveryDocument(Uri baseUri, string version, bool query, bool transaction = true)
    {
        var host = baseUri.GetLeftPart(UriPartial.Authority);
        var parts = new List<string> { $"\"bolt_routing\":\"neo4j://127.0.0.1:7687\"" };
        if (query)
        {
            parts.Add($"\"query\":\"{host}/db/{{databaseName}}/query/v2\"");
        }

        if (transaction)
        {
            parts.Add($"\"transaction\":\"{host}/db/{{databaseName}}/tx\"");
        }

        parts.Add("\"bolt_direct\":\"bolt://127.0.0.1:7687\"");
        parts.Add($"\"neo4j_version\":\"{version}\"");
        parts.Add("\"neo4j_edition\":\"community\"");
        return "{" + string.Join(",", parts) + "}";
    }

    /// <summary>A Query API success (202) with one field and rows of that field.</summary>
    public static FakeResponse QuerySuccess(string field = "merged", params object[] values)
    {
        var rows = string.Join(",", values.Select(v => "[" + JsonSerializer.Serialize(v) + "]"));
        return new FakeResponse(
            202,
            $$"""{"data":{"fields":["{{field}}"],"values":[{{rows}}]},"counters":{"containsUpdates":true,"nodesCreated":2,"nodesDeleted":0,"propertiesSet":6,"relationshipsCreated":1,"relationshipsDeleted":0,"labelsAdded":2,"indexesAdded":0,"constraintsAdded":0},"bookmarks":["FB:kcwQ"]}""");
    }

    /// <summary>A Query API error: 4xx with <c>errors[]</c>.</summary>
    public static FakeResponse QueryError(int status, string code, string message) =>
        new(status, $$"""{"errors":[{"code":"{{code}}","message":{{JsonSerializer.Serialize(message)}}}]}""");

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync().ConfigureAwait(false);
        try
        {
            // Close without Stop first: on Linux, Close after Stop binds the freed port again to remove the prefix,
            // and fails with "Address already in use" when another test's server has taken that port meanwhile.
            listener.Close();
        }
        catch (HttpListenerException)
        {
        }

        try
        {
            await loop.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or OperationCanceledException)
        {
        }

        stopping.Dispose();
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task AcceptLoopAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        try
        {
            var request = context.Request;
            string body;
            using (var reader = new StreamReader(request.InputStream, Encoding.UTF8))
            {
                body = await reader.ReadToEndAsync().ConfigureAwait(false);
            }

            FakeResponse answer;
            if (request.HttpMethod == "GET" && request.Url!.AbsolutePath == "/")
            {
                answer = new FakeResponse(200, Discovery);
            }
            else
            {
                var fake = new FakeRequest(request.HttpMethod, request.Url!.AbsolutePath, request.Headers["Authorization"], body);
                Requests.Enqueue(fake);
                answer = handler(fake, Interlocked.Increment(ref count) - 1);
            }

            if (answer.Delay > TimeSpan.Zero)
            {
                await Task.Delay(answer.Delay, stopping.Token).ConfigureAwait(false);
            }

            var bytes = Encoding.UTF8.GetBytes(answer.Body);
            context.Response.StatusCode = answer.Status;
            context.Response.ContentType = "application/json";
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes, stopping.Token).ConfigureAwait(false);
            context.Response.Close();
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or OperationCanceledException or IOException)
        {
            try
            {
                context.Response.Abort();
            }
            catch (ObjectDisposedException)
            {
            }
        }
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"fake Neo4j at {BaseUri}");
}
