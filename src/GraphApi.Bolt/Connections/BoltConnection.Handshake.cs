using System.Net.Security;
using System.Net.Sockets;
using GraphApi.Bolt.Messages;
using GraphApi.Bolt.Protocol;

namespace GraphApi.Bolt.Connections;

internal sealed partial class BoltConnection
{
    /// <summary>Opens TCP (and TLS when the scheme asks), negotiates the version and authenticates.</summary>
    public static async Task<BoltConnection> OpenAsync(
        ServerAddress address, AuthToken auth, DriverOptions options, DriverMetrics metrics, CancellationToken cancellationToken)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        Stream stream;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.ConnectionTimeout);
            await socket.ConnectAsync(address.Host, address.Port, timeout.Token).ConfigureAwait(false);
            stream = new NetworkStream(socket, ownsSocket: true);
            if (address.Encryption != EncryptionMode.None)
            {
                stream = await AuthenticateTlsAsync(stream, address, options, timeout.Token).ConfigureAwait(false);
            }
        }
        catch (System.Security.Authentication.AuthenticationException ex)
        {
            socket.Dispose();
            throw new EncryptionException(
                $"TLS with {address} failed: {ex.Message} Use bolt+ssc:// (or neo4j+ssc://) to accept a self-signed certificate.",
                ex);
        }
        catch (Exception ex) when (ex is SocketException or IOException or OperationCanceledException)
        {
            socket.Dispose();
            if (ex is OperationCanceledException && cancellationToken.IsCancellationRequested)
            {
                throw;
            }

            throw new ServiceUnavailableException($"Could not connect to the Neo4j server at {address}: {ex.Message}", ex);
        }

        metrics.RecordConnectionOpened();
        var connection = new BoltConnection(address, socket, stream, metrics);
        try
        {
            await connection.HandshakeAsync(cancellationToken).ConfigureAwait(false);
            await connection.AuthenticateAsync(options.UserAgent, auth, cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static async Task<Stream> AuthenticateTlsAsync(
        Stream stream, ServerAddress address, DriverOptions options, CancellationToken cancellationToken)
    {
        var ssl = new SslStream(stream, leaveInnerStreamOpen: false);
        var sslOptions = new SslClientAuthenticationOptions
        {
            TargetHost = address.Host,
            RemoteCertificateValidationCallback = address.Encryption == EncryptionMode.TrustAnyCertificate
                ? static (_, _, _, _) => true
                : options.ServerCertificateValidation,
        };
        await ssl.AuthenticateAsClientAsync(sslOptions, cancellationToken).ConfigureAwait(false);
        return ssl;
    }

    /// <summary>Bolt handshake: magic + four proposals out, one version (or "HTTP", or zero) back.</summary>
    private async Task HandshakeAsync(CancellationToken cancellationToken)
    {
        byte[] response;
        try
        {
            _metrics.RecordRoundTrip();
            await _stream.WriteAsync(BoltHandshake.BuildRequest(), cancellationToken).ConfigureAwait(false);
            await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            response = await _reader.ReadExactAsync(4, cancellationToken).ConfigureAwait(false);
        }
        catch (EndOfStreamException ex)
        {
            // Overloaded or restarting servers close early too, so this stays transient.
            throw Break(new ServiceUnavailableException(
                $"The server at {Address} closed the connection during the Bolt handshake; it may be restarting, or it is not a Bolt server.",
                ex));
        }
        catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException)
        {
            throw Break(ex);
        }

        try
        {
            UseVersion(BoltHandshake.ParseResponse(response, Address.ToString()));
        }
        catch (ProtocolViolationException ex)
        {
            throw Break(ex);
        }
    }

    /// <summary>INIT, HELLO, or HELLO + LOGON (5.1+), pipelined as one round trip.</summary>
    private async Task AuthenticateAsync(string userAgent, AuthToken auth, CancellationToken cancellationToken)
    {
        var requests = _format.Authenticate(userAgent, auth);
        foreach (var request in requests)
        {
            Enqueue(request);
        }

        await FlushAsync(cancellationToken).ConfigureAwait(false);
        foreach (var request in requests)
        {
            var success = await ReceiveSummaryAsync(request, cancellationToken).ConfigureAwait(false);
            if (request is HelloMessage or InitMessage)
            {
                ServerAgent = success.GetString("server") ?? string.Empty;
                ConnectionId = success.GetString("connection_id");
            }
        }

        State = ConnectionState.Ready;
    }
}
