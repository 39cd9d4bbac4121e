using System.Net;
using System.Net.Sockets;
using System.Text;

namespace YiwuGraph.Benchmarks.Neo4j;

/// <summary>
/// A minimal Query API stand-in on 127.0.0.1: answers <c>GET /</c> with a discovery document and every POST with
/// a 202 Query API success after reading the whole body. Both benchmark arms talk to the same instance.
/// </summary>
internal sealed class LoopbackQueryApiServer : IDisposable
{
    private static readonly byte[] Success = Encoding.UTF8.GetBytes(
        """{"data":{"fields":["merged"],"values":[[500]]},"counters":{"containsUpdates":true,"nodesCreated":0,"propertiesSet":2000},"bookmarks":["FB:kcwQ"]}""");

    private readonly HttpListener listener = new();
    private readonly byte[] discovery;
    private readonly Thread[] workers;

    public LoopbackQueryApiServer(int workerCount = 2)
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        BaseUri = new Uri($"http://127.0.0.1:{port}/");
        listener.Prefixes.Add(BaseUri.AbsoluteUri);
        listener.Start();
        discovery = Encoding.UTF8.GetBytes(
            $$"""{"query":"{{BaseUri}}db/{databaseName}/query/v2","transaction":"{{BaseUri}}db/{databaseName}/tx","neo4j_version":"5.26.0","neo4j_edition":"community"}""");
        workers = Enumerable.Range(0, workerCount).Select(_ => new Thread(Serve) { IsBackground = true }).ToArray();
        foreach (var worker in workers)
        {
            worker.Start();
        }
    }

    public Uri BaseUri { get; }

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
    }

    private void Serve()
    {
        var buffer = new byte[1 << 16];
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = listener.GetContext();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            try
            {
                var input = context.Request.InputStream;
                while (input.Read(buffer, 0, buffer.Length) > 0)
                {
                }

                var body = context.Request.HttpMethod == "GET" ? discovery : Success;
                context.Response.StatusCode = context.Request.HttpMethod == "GET" ? 200 : 202;
                context.Response.ContentType = "application/json";
                context.Response.ContentLength64 = body.Length;
                context.Response.OutputStream.Write(body, 0, body.Length);
                context.Response.Close();
            }
            catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException)
            {
            }
        }
    }
}
