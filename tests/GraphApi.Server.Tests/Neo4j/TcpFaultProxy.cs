using System.Net;
using System.Net.Sockets;

namespace GraphApi.Server.Tests.Neo4j;

/// <summary>
/// A loopback TCP proxy in front of Neo4j that a test can cut, to play "Neo4j stopped" without stopping the server
/// other tests use: <see cref="Cut"/> resets every open connection and refuses new ones (accepted, then reset) until
/// <see cref="Restore"/>. <see cref="Freeze"/> plays a frozen Neo4j (SIGSTOP, a long pause, a partition): connections
/// stay open and new ones are accepted, but no byte goes either way until <see cref="Thaw"/>, when what was held is
/// delivered. <see cref="Open"/> counts the client connections currently alive through it.
/// </summary>
internal sealed class TcpFaultProxy : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly Uri upstream;
    private readonly CancellationTokenSource stopping = new();
    private readonly Lock gate = new();
    private readonly HashSet<TcpClient> connections = [];
    private readonly Task acceptLoop;
    private volatile bool cut;
    private volatile TaskCompletionSource? frozen;

    public TcpFaultProxy(Uri upstream)
    {
        this.upstream = upstream;
        listener.Start();
        acceptLoop = AcceptAsync();
    }

    public Uri Uri => new($"bolt://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}");

    public int Open
    {
        get
        {
            lock (gate)
            {
                return connections.Count;
            }
        }
    }

    /// <summary>The most connections that were ever alive at once.</summary>
    public int Peak { get; private set; }

    public void Cut()
    {
        cut = true;
        lock (gate)
        {
            foreach (var connection in connections)
            {
                Reset(connection);
            }

            connections.Clear();
        }
    }

    public void Restore() => cut = false;

    public void Freeze() => frozen ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Thaw()
    {
        var wasFrozen = frozen;
        frozen = null;
        wasFrozen?.TrySetResult();
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        Cut();
        await acceptLoop.ContinueWith(_ => { }, TaskScheduler.Default);
        stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stopping.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            if (cut)
            {
                Reset(client);
                continue;
            }

            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        using var server = new TcpClient();
        try
        {
            await server.ConnectAsync(upstream.Host, upstream.Port, stopping.Token);
            lock (gate)
            {
                connections.Add(client);
                Peak = Math.Max(Peak, connections.Count);
            }

            var a = client.GetStream();
            var b = server.GetStream();
            await Task.WhenAny(PumpAsync(a, b), PumpAsync(b, a));
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
        }
        finally
        {
            lock (gate)
            {
                connections.Remove(client);
            }

            Reset(client);
        }
    }

    /// <summary>Copies one direction, holding each chunk while the proxy is frozen.</summary>
    private async Task PumpAsync(NetworkStream from, NetworkStream to)
    {
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await from.ReadAsync(buffer, stopping.Token)) > 0)
        {
            if (frozen is { } thawed)
            {
                await thawed.Task.WaitAsync(stopping.Token);
            }

            await to.WriteAsync(buffer.AsMemory(0, read), stopping.Token);
        }
    }

    private static void Reset(TcpClient client)
    {
        try
        {
            client.LingerState = new LingerOption(true, 0);
            client.Close();
        }
        catch (ObjectDisposedException)
        {
        }
    }
}
