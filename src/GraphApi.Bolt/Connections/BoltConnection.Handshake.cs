using System.Net.Security;
using System.Net.Sockets;
using GraphApi.Bolt.Messages;
using GraphApi.Bolt.Protocol;

namespace GraphApi.Bolt.Connections;

internal sealed partial class BoltConnection
{
    /// <summary>The prefix every Neo4j server's agent string carries; anything else is not trusted.</summary>
    private const string TrustedAgentPrefix = "Neo4j/";

    /// <summary>
    /// Opens TCP (and TLS when the scheme asks), negotiates the version and authenticates. The connection timeout
    /// bounds all of it: a server that accepts TCP but never answers (a frozen process) must not hold the caller. A
    /// server that knows none of the current versions is asked once more, on a new connection, for Bolt 1.
    /// </summary>
    public static async Task<BoltConnection> OpenAsync(
        ServerAddress address, AuthToken auth, ConnectionSettings settings, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.ConnectionTimeout);
        var legacyFirst = settings.LegacyServers.ContainsKey(address);
        IReadOnlyList<(BoltVersion, int)>[] offers = legacyFirst
            ? [BoltHandshake.Legacy, BoltHandshake.Current]
            : [BoltHandshake.Current, BoltHandshake.Legacy];
        foreach (var offer in offers)
        {
            var connection = await ConnectAsync(address, settings, timeout.Token, cancellationToken).ConfigureAwait(false);
            try
            {
                if (!await connection.HandshakeAsync(offer, timeout.Token).ConfigureAwait(false))
                {
                    await connection.DisposeAsync().ConfigureAwait(false);
                    continue;
                }

                settings.Metrics.RecordConnectionOpened();
                if (offer == BoltHandshake.Legacy)
                {
                    settings.LegacyServers[address] = true;
                }
                else
                {
                    settings.LegacyServers.TryRemove(address, out _);
                }

                await connection.AuthenticateAsync(auth, timeout.Token).ConfigureAwait(false);
                return connection;
            }
            catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
                throw new ServiceUnavailableException(
                    $"The server at {address} did not complete the Bolt handshake and authentication within " +
                    $"{settings.ConnectionTimeout.TotalSeconds:0.###} s (the connection timeout); it may be frozen or overloaded.",
                    ex);
            }
            catch
            {
                await connection.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }

        throw BoltHandshake.NoCommonVersion(address.ToString());
    }

    private static async Task<BoltConnection> ConnectAsync(
        ServerAddress address, ConnectionSettings settings, CancellationToken timeout, CancellationToken cancellationToken)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        Stream stream;
        try
        {
            if (settings.DomainNameResolver is { } resolve)
            {
                var hosts = await resolve(address.Host, timeout).ConfigureAwait(false);
                await socket.ConnectAsync(
                    hosts.Select(h => System.Net.IPAddress.TryParse(h, out var ip) ? ip : null).OfType<System.Net.IPAddress>().ToArray(),
                    address.Port,
                    timeout).ConfigureAwait(false);
            }
            else
            {
                await socket.ConnectAsync(address.Host, address.Port, timeout).ConfigureAwait(false);
            }

            stream = new NetworkStream(socket, ownsSocket: true);
            if (settings.Encryption != EncryptionMode.None)
            {
                stream = await AuthenticateTlsAsync(stream, address, settings, timeout).ConfigureAwait(false);
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

        return new BoltConnection(address, socket, stream, settings);
    }

    private static async Task<Stream> AuthenticateTlsAsync(
        Stream stream, ServerAddress address, ConnectionSettings settings, CancellationToken cancellationToken)
    {
        var ssl = new SslStream(stream, leaveInnerStreamOpen: false);
        var sslOptions = new SslClientAuthenticationOptions
        {
            TargetHost = address.Host,
            RemoteCertificateValidationCallback = settings.Encryption == EncryptionMode.TrustAnyCertificate
                ? static (_, _, _, _) => true
                : settings.CertificateValidation,
        };
        await ssl.AuthenticateAsClientAsync(sslOptions, cancellationToken).ConfigureAwait(false);
        return ssl;
    }

    /// <summary>
    /// Bolt handshake: magic + four proposals out, one version (or "HTTP", or zero) back. False when the server
    /// supports none of the proposals (it then closes the connection).
    /// </summary>
    private async Task<bool> HandshakeAsync(IReadOnlyList<(BoltVersion, int)> offer, CancellationToken cancellationToken)
    {
        byte[] response;
        try
        {
            _settings.Metrics.RecordRoundTrip();
            await _stream.WriteAsync(BoltHandshake.BuildRequest(offer), cancellationToken).ConfigureAwait(false);
            await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            response = await _reader.ReadExactAsync(4, cancellationToken).ConfigureAwait(false);
        }
        catch (EndOfStreamException ex)
        {
            // Overloaded or restarting servers close early too, so this stays transient.
            throw MarkDefunct(new ServiceUnavailableException(
                $"The server at {Address} closed the connection during the Bolt handshake; it may be restarting, or it is not a Bolt server.",
                ex));
        }
        catch (Exception ex) when (ex is IOException or SocketException)
        {
            throw MarkDefunct(ex);
        }

        BoltVersion? version;
        try
        {
            version = BoltHandshake.ParseResponse(response, Address.ToString(), offer);
        }
        catch (ProtocolViolationException ex)
        {
            throw MarkDefunct(ex);
        }

        if (version is not { } chosen)
        {
            return false;
        }

        UseVersion(chosen, utcPatch: false);
        return true;
    }

    /// <summary>
    /// INIT, HELLO, or HELLO + LOGON (5.1+), pipelined as one round trip. HELLO's SUCCESS names the server (which
    /// must be a Neo4j), the connection id, configuration hints and accepted patches (4.3-4.4 "utc").
    /// </summary>
    private async Task AuthenticateAsync(AuthToken auth, CancellationToken cancellationToken)
    {
        var hello = _format.Hello(_settings.UserAgent, auth, _settings.RoutingContext, _settings.Notifications);
        Enqueue(hello);
        IRequestMessage? logon = null;
        if (_format.HasLogon)
        {
            logon = new LogonMessage(auth.Content);
            Enqueue(logon);
        }

        await FlushAsync(cancellationToken).ConfigureAwait(false);
        var success = await ReceiveSummaryAsync(hello, cancellationToken).ConfigureAwait(false);
        ServerAgent = success.GetString("server") ?? string.Empty;
        ConnectionId = success.GetString("connection_id");
        if (!ServerAgent.StartsWith(TrustedAgentPrefix, StringComparison.Ordinal))
        {
            throw MarkDefunct(new UntrustedServerException(
                $"The server at {Address} introduced itself as '{ServerAgent}', not as a Neo4j server (\"{TrustedAgentPrefix}...\"); " +
                "the connection was closed."));
        }

        ApplyHints(success);
        if (logon is not null)
        {
            await ReceiveSummaryAsync(logon, cancellationToken).ConfigureAwait(false);
        }

        Auth = auth;
        MoveTo(ConnectionState.Ready);
    }

    /// <summary>Configuration hints (4.3+) and the UTC date-time patch (4.3-4.4) from HELLO's SUCCESS.</summary>
    private void ApplyHints(SuccessMessage hello)
    {
        if (hello.Metadata.TryGetValue("hints", out var h) && h is IReadOnlyDictionary<string, object?> hints)
        {
            if (hints.TryGetValue("connection.recv_timeout_seconds", out var seconds) && seconds is long s && s > 0)
            {
                ReadTimeout = TimeSpan.FromSeconds(s);
            }

            TelemetryEnabled = _format.HasTelemetry && !_settings.TelemetryDisabled
                && hints.TryGetValue("telemetry.enabled", out var telemetry) && telemetry is true;
        }

        if (_format.OffersUtcPatch
            && hello.Metadata.TryGetValue("patch_bolt", out var p) && p is IReadOnlyList<object?> patches && patches.Contains("utc"))
        {
            UseVersion(Version, utcPatch: true);
        }
    }
}
