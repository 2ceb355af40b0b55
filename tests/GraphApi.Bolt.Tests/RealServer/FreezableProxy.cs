using System.Net;
using System.Net.Sockets;

namespace GraphApi.Bolt.Tests.RealServer;

/// <summary>
/// A TCP relay in front of the real Neo4j that can freeze: while frozen it stops passing bytes either way and opens no
/// new relay, but closes nothing, so to the client the server looks like a stopped process or a partitioned network
/// (connections stay open, the kernel still accepts new ones, no reply ever comes). Thawing passes everything on again.
/// </summary>
internal sealed class FreezableProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Uri _upstream;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Socket> _sockets = [];
    private readonly List<Task> _relays = [];
    private readonly Task _accepting;
    private volatile TaskCompletionSource _thawed = NewGate(open: true);

    public FreezableProxy(Uri upstream)
    {
        _upstream = upstream;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public Uri Uri => new($"bolt://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}");

    public void Freeze()
    {
        if (_thawed.Task.IsCompleted)
        {
            _thawed = NewGate(open: false);
        }
    }

    public void Thaw() => _thawed.TrySetResult();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _thawed.TrySetResult();
        _listener.Stop();
        lock (_sockets)
        {
            foreach (var socket in _sockets)
            {
                socket.Dispose();
            }
        }

        await Task.WhenAll([_accepting, .. _relays]).WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stop.Dispose();
    }

    private static TaskCompletionSource NewGate(bool open)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (open)
        {
            gate.SetResult();
        }

        return gate;
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptSocketAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            lock (_sockets)
            {
                _sockets.Add(client);
                _relays.Add(RelayAsync(client));
            }
        }
    }

    private async Task RelayAsync(Socket client)
    {
        using var server = new Socket(SocketType.Stream, ProtocolType.Tcp);
        try
        {
            await _thawed.Task.WaitAsync(_stop.Token);
            await server.ConnectAsync(_upstream.Host, _upstream.Port, _stop.Token);
            lock (_sockets)
            {
                _sockets.Add(server);
            }

            // Either side closing ends both directions.
            await Task.WhenAny(PumpAsync(client, server), PumpAsync(server, client));
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }
        finally
        {
            client.Dispose();
        }
    }

    private async Task PumpAsync(Socket from, Socket to)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (true)
            {
                var read = await from.ReceiveAsync(buffer, SocketFlags.None, _stop.Token);
                if (read == 0)
                {
                    return;
                }

                await _thawed.Task.WaitAsync(_stop.Token);
                await to.SendAsync(buffer.AsMemory(0, read), SocketFlags.None, _stop.Token);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }
    }
}
