using System.Net;
using System.Net.Sockets;

namespace GraphApi.Bolt.Testkit;

/// <summary>Accepts TestKit's connections (one per test) and serves each on its own, with its own drivers and sessions.</summary>
internal static class TestkitServer
{
    public static async Task RunAsync(int port, CancellationToken cancellationToken)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        Console.WriteLine($"GraphApi.Bolt TestKit backend listening on 127.0.0.1:{port}");
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var client = await listener.AcceptTcpClientAsync(cancellationToken).ConfigureAwait(false);
                _ = Task.Run(() => ServeAsync(client, cancellationToken), cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
        finally
        {
            listener.Stop();
        }
    }

    private static async Task ServeAsync(TcpClient client, CancellationToken cancellationToken)
    {
        using (client)
        {
            client.NoDelay = true;
            await using var connection = new BackendConnection(client.GetStream());
            try
            {
                await connection.RunAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException)
            {
                // TestKit closed the connection at the end of a test.
            }
        }
    }
}
