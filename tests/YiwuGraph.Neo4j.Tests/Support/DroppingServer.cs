using System.Net;
using System.Net.Sockets;
using System.Text;

namespace YiwuGraph.Neo4j.Tests.Support;

/// <summary>How <see cref="DroppingServer"/> ends a statement request it has read.</summary>
public enum DropMode
{
    /// <summary>An orderly close (FIN) before any byte of the answer.</summary>
    Close,

    /// <summary>A reset (RST, linger 0) before any byte of the answer.</summary>
    Reset,
}

/// <summary>
/// A loopback TCP server that answers the discovery <c>GET /</c> like Neo4j 5.26 and then, for every statement
/// request, reads it whole and drops the connection without answering: a server that was reached and then went
/// away, which <see cref="FakeNeo4jServer"/> (HttpListener) cannot stage.
/// </summary>
internal sealed class DroppingServer : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly DropMode mode;
    private readonly CancellationTokenSource stopping = new();
    private readonly Task loop;
    private int dropped;

    public DroppingServer(DropMode mode)
    {
        this.mode = mode;
        listener.Start();
        BaseUri = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");
        loop = Task.Run(AcceptLoopAsync);
    }

    public Uri BaseUri { get; }

    /// <summary>Statement requests read in full and then dropped.</summary>
    public int Dropped => Volatile.Read(ref dropped);

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync().ConfigureAwait(false);
        listener.Stop();
        try
        {
            await loop.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException or OperationCanceledException)
        {
        }

        listener.Dispose();
        stopping.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await listener.AcceptSocketAsync(stopping.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is SocketException or ObjectDisposedException or OperationCanceledException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(socket));
        }
    }

    private async Task ServeAsync(Socket socket)
    {
        try
        {
            using var stream = new NetworkStream(socket, ownsSocket: false);
            while (true)
            {
                var (method, path) = await ReadRequestAsync(stream).ConfigureAwait(false);
                if (method is null)
                {
                    return;
                }

                if (method == "GET" && path == "/")
                {
                    var body = Encoding.UTF8.GetBytes(FakeNeo4jServer.DiscoveryDocument(BaseUri, FakeNeo4jServer.Version, query: true));
                    var head = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\n\r\n");
                    await stream.WriteAsync(head, stopping.Token).ConfigureAwait(false);
                    await stream.WriteAsync(body, stopping.Token).ConfigureAwait(false);
                    continue;
                }

                Interlocked.Increment(ref dropped);
                if (mode == DropMode.Reset)
                {
                    socket.LingerState = new LingerOption(true, 0);
                }
                else
                {
                    socket.Shutdown(SocketShutdown.Both);
                }

                return;
            }
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
        }
        finally
        {
            socket.Close();
        }
    }

    /// <summary>Reads one request (head and Content-Length body); null method at the end of the stream.</summary>
    private async Task<(string? Method, string? Path)> ReadRequestAsync(NetworkStream stream)
    {
        var head = new List<byte>();
        var one = new byte[1];
        while (head.Count < 4 || head[^4] != '\r' || head[^3] != '\n' || head[^2] != '\r' || head[^1] != '\n')
        {
            if (await stream.ReadAsync(one, stopping.Token).ConfigureAwait(false) == 0)
            {
                return (null, null);
            }

            head.Add(one[0]);
        }

        var lines = Encoding.ASCII.GetString([.. head]).Split("\r\n");
        var first = lines[0].Split(' ');
        var length = lines
            .Where(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            .Select(l => int.Parse(l["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture))
            .FirstOrDefault();
        var body = new byte[length];
        await stream.ReadExactlyAsync(body, stopping.Token).ConfigureAwait(false);
        return (first[0], first[1]);
    }
}
