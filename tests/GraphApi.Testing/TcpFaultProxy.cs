using System.Net;
using System.Net.Sockets;

namespace GraphApi.Testing;

/// <summary>
/// A loopback TCP relay in front of a server (Neo4j) that a test can break without touching the server other tests
/// share. <see cref="Cut"/> plays a stopped server: it resets every open connection and refuses new ones (accepted,
/// then reset) until <see cref="Restore"/>. <see cref="Freeze"/> plays a frozen one (SIGSTOP, a long pause, a network
/// partition): connections stay open and new ones are accepted, but no byte goes either way until <see cref="Thaw"/>,
/// when what was held is delivered. <see cref="Open"/> and <see cref="Peak"/> count the client connections alive
/// through it, so a test can see a pool that leaks.
/// </summary>
public sealed class TcpFaultProxy : IAsyncDisposable
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

    /// <summary>The proxy's own address, with the upstream's scheme (<c>bolt://127.0.0.1:port</c>).</summary>
    public Uri Uri => new($"{upstream.Scheme}://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}");

    /// <summary>The client connections alive through the proxy now.</summary>
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

    /// <summary>The most client connections that were ever alive at once.</summary>
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

    public void Freeze()
    {
        lock (gate)
        {
            frozen ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    public void Thaw()
    {
        TaskCompletionSource? wasFrozen;
        lock (gate)
        {
            wasFrozen = frozen;
            frozen = null;
        }

        wasFrozen?.TrySetResult();
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync().ConfigureAwait(false);
        listener.Stop();
        Thaw();
        Cut();
        await acceptLoop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stopping.Token).ConfigureAwait(false);
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
            await server.ConnectAsync(upstream.Host, upstream.Port, stopping.Token).ConfigureAwait(false);
            lock (gate)
            {
                connections.Add(client);
                Peak = Math.Max(Peak, connections.Count);
            }

            var a = client.GetStream();
            var b = server.GetStream();

            // Either side closing ends both directions.
            await Task.WhenAny(PumpAsync(a, b), PumpAsync(b, a)).ConfigureAwait(false);
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
        try
        {
            int read;
            while ((read = await from.ReadAsync(buffer, stopping.Token).ConfigureAwait(false)) > 0)
            {
                if (frozen is { } thawed)
                {
                    await thawed.Task.WaitAsync(stopping.Token).ConfigureAwait(false);
                }

                await to.WriteAsync(buffer.AsMemory(0, read), stopping.Token).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
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
