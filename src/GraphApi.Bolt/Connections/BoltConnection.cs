using System.Net.Sockets;
using GraphApi.Bolt.Messages;
using GraphApi.Bolt.Protocol;
using GraphApi.PackStream;

namespace GraphApi.Bolt.Connections;

/// <summary>
/// One Bolt connection. Requests are queued and flushed as a pipeline; every queued request owes one summary
/// (SUCCESS, FAILURE or IGNORED), tracked in order so replies can never be matched to the wrong request.
/// Any I/O error, protocol surprise or read timeout marks the connection <see cref="ConnectionState.Defunct"/>
/// (Npgsql's Break pattern) and surfaces as a transient <see cref="ServiceUnavailableException"/> or a
/// <see cref="ProtocolViolationException"/>. While a pool has handed the connection out, an
/// <see cref="IConnectionErrorHandler"/> sees every failure first, so routing can forget a member that failed.
/// </summary>
internal sealed partial class BoltConnection : IAsyncDisposable
{
    private readonly Socket? _socket;
    private readonly Stream _stream;
    private readonly MessageReader _reader;
    private readonly MessageWriter _writer;
    private readonly ConnectionSettings _settings;
    private readonly Queue<PendingRequest> _pending = new();
    private CancellationTokenSource _readTimer = new();
    private TimeSpan? _readTimerArmed;
    private MessageFormat _format = new(BoltVersion.V1);
    private ResponseDecoder _decoder = new(BoltVersion.V1, utc: false);

    private BoltConnection(ServerAddress address, Socket? socket, Stream stream, ConnectionSettings settings)
    {
        Address = address;
        _socket = socket;
        _stream = stream;
        _reader = new MessageReader(stream) { BytesReceived = RestartReadTimer };
        _writer = new MessageWriter(stream);
        _settings = settings;
        CreatedAt = settings.Time.GetTimestamp();
        LastUsedAt = CreatedAt;
        ReadTimeout = settings.DefaultReadTimeout;
    }

    public ServerAddress Address { get; }

    public BoltVersion Version => _format.Version;

    public MessageFormat Format => _format;

    public string ServerAgent { get; private set; } = string.Empty;

    public string? ConnectionId { get; private set; }

    public long CreatedAt { get; }

    public long LastUsedAt { get; private set; }

    /// <summary>How long a reply may take: the server's connection.recv_timeout_seconds hint, else the driver's default.</summary>
    public TimeSpan? ReadTimeout { get; private set; }

    /// <summary>The server asked for TELEMETRY messages (hint telemetry.enabled, 5.4+) and the driver did not opt out.</summary>
    public bool TelemetryEnabled { get; private set; }

    /// <summary>The pool generation the connection was opened in; an older one is closed instead of reused.</summary>
    public int Generation { get; set; }

    /// <summary>Sees failures while the connection is handed out (routing, auth managers); null while pooled.</summary>
    public IConnectionErrorHandler? ErrorHandler { get; set; }

    /// <summary>Queues a request whose reply the caller will read with <see cref="ReceiveAsync"/>.</summary>
    public void Enqueue(IRequestMessage message) => Enqueue(message, deferred: false);

    /// <summary>
    /// Queues a request whose SUCCESS nobody waits for (BEGIN, LOGOFF + LOGON, TELEMETRY, or v1's statement
    /// BEGIN); it is checked before the next reply is handed out, and its FAILURE is thrown there.
    /// </summary>
    public void EnqueueDeferred(IRequestMessage message) => Enqueue(message, deferred: true);

    public async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        if (!_writer.HasPending)
        {
            return;
        }

        ThrowIfBroken();
        try
        {
            _settings.Metrics.RecordRoundTrip();
            await _writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            LastUsedAt = _settings.Time.GetTimestamp();
        }
        catch (OperationCanceledException ex) when (cancellationToken.IsCancellationRequested)
        {
            // A half-written batch leaves the server's view unknown: the connection cannot be reused.
            await BreakAsync(ex).ConfigureAwait(false);
            throw;
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
            throw await BreakAsync(ex).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Reads the next reply for the oldest request still waiting. Replies to deferred requests are consumed
    /// here; a FAILURE is recovered from (RESET, or ACK_FAILURE in a v1 transaction) and thrown as <see cref="Neo4jException"/>.
    /// </summary>
    public async ValueTask<ResponseMessage> ReceiveAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var response = await ReadRawAsync(cancellationToken).ConfigureAwait(false);
            if (response is RecordMessage)
            {
                return response;
            }

            if (!_pending.TryDequeue(out var request))
            {
                throw await BreakAsync(new ProtocolViolationException(
                    $"The server sent {response.Name} although no request was waiting for a reply; the connection lost sync."))
                    .ConfigureAwait(false);
            }

            if (response is FailureMessage failure)
            {
                throw await RecoverAsync(failure, request, cancellationToken).ConfigureAwait(false);
            }

            if (response is IgnoredMessage)
            {
                throw new Neo4jException(
                    $"The server ignored {request.Name} because an earlier request on this connection failed or was reset.");
            }

            if (!request.Deferred)
            {
                return response;
            }
        }
    }

    /// <summary>Sends one request and returns its SUCCESS: the common single round trip.</summary>
    public async ValueTask<SuccessMessage> RequestAsync(IRequestMessage message, CancellationToken cancellationToken)
    {
        Enqueue(message);
        await FlushAsync(cancellationToken).ConfigureAwait(false);
        return await ReceiveSummaryAsync(message, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a reply that must be a SUCCESS, for requests that never stream records.</summary>
    public async ValueTask<SuccessMessage> ReceiveSummaryAsync(IRequestMessage message, CancellationToken cancellationToken)
    {
        var response = await ReceiveAsync(cancellationToken).ConfigureAwait(false);
        return response as SuccessMessage ?? throw await BreakAsync(new ProtocolViolationException(
            $"The server answered {message.Name} with {response.Name}; a summary was expected.")).ConfigureAwait(false);
    }

    /// <summary>
    /// Marks the connection unusable and returns the exception to throw: I/O failures become a transient
    /// <see cref="ServiceUnavailableException"/>, protocol errors keep their type. The error handler (routing)
    /// learns of it and may turn it into another error (a lost cluster member is a <see cref="SessionExpiredException"/>).
    /// </summary>
    public async ValueTask<Neo4jException> BreakAsync(Exception reason)
    {
        var error = MarkDefunct(reason);
        return ErrorHandler is { } handler ? await handler.OnConnectionFailureAsync(this, error).ConfigureAwait(false) : error;
    }

    public async ValueTask DisposeAsync()
    {
        if (State is not (ConnectionState.Defunct or ConnectionState.Closed) && _format.HasGoodbye)
        {
            try
            {
                // GOODBYE has no reply, so it is not counted as a round trip.
                _writer.Enqueue(GoodbyeMessage.Instance, Version);
                await _writer.FlushAsync(CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException)
            {
                // The server may already be gone; closing the socket is all that is left to do.
            }
        }

        State = ConnectionState.Closed;
        await _stream.DisposeAsync().ConfigureAwait(false);
        _socket?.Dispose();
        _readTimer.Dispose();
    }

    /// <summary>
    /// Whether the server closed its end while the connection sat idle (a restart, its own idle timeout, a router that
    /// moved): the socket reads as ready with nothing to read. A poll, not a round trip; a connection that still looks
    /// open may yet fail when used, as any may.
    /// </summary>
    public bool IsClosedByServer
    {
        get
        {
            if (_socket is null)
            {
                return false;
            }

            try
            {
                return _socket.Poll(0, SelectMode.SelectRead) && _socket.Available == 0;
            }
            catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
            {
                return true;
            }
        }
    }

    /// <summary>Closes the socket at once and maps the reason to the error callers see.</summary>
    private Neo4jException MarkDefunct(Exception reason)
    {
        State = ConnectionState.Defunct;
        _writer.DiscardPending();
        _pending.Clear();
        try
        {
            _stream.Dispose();
            _socket?.Dispose();
        }
        catch (Exception)
        {
            // The connection is already lost; a failing close changes nothing for the caller.
        }

        return reason switch
        {
            Neo4jException neo4j => neo4j,
            PackStreamException packStream => new ProtocolViolationException(
                $"The server at {Address} sent bytes that are not valid PackStream: {packStream.Message}", packStream),
            OperationCanceledException canceled => new ServiceUnavailableException(
                $"The operation on the connection to {Address} was canceled; the connection was closed because its state is unknown.",
                canceled),
            _ => new ServiceUnavailableException($"The connection to {Address} failed: {reason.Message}", reason),
        };
    }

    private void Enqueue(IRequestMessage message, bool deferred)
    {
        ThrowIfBroken();
        try
        {
            _writer.Enqueue(message, Version);
        }
        catch (PackStreamException ex)
        {
            // Nothing was queued: the connection stays in sync and usable.
            throw new ArgumentException($"{message.Name} cannot be sent: {ex.Message}", ex);
        }

        _pending.Enqueue(new PendingRequest(message.Name, deferred));
    }

    /// <summary>
    /// Reads one message. A message already buffered completes at once; otherwise the read timeout runs while the
    /// server is silent, and expiring breaks the connection (a frozen server must not hold a caller forever).
    /// </summary>
    private async ValueTask<ResponseMessage> ReadRawAsync(CancellationToken cancellationToken)
    {
        ThrowIfBroken();
        CancellationTokenSource? linked = null;
        var timeout = ReadTimeout;
        try
        {
            var token = cancellationToken;
            if (timeout is not null)
            {
                if (!_readTimer.TryReset())
                {
                    _readTimer.Dispose();
                    _readTimer = new CancellationTokenSource();
                }

                linked = cancellationToken.CanBeCanceled
                    ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _readTimer.Token)
                    : null;
                token = linked?.Token ?? _readTimer.Token;
            }

            var pending = _reader.ReadMessageAsync(token);
            if (!pending.IsCompleted && timeout is { } limit)
            {
                _readTimerArmed = limit;
                _readTimer.CancelAfter(limit);
            }

            var bytes = await pending.ConfigureAwait(false);
            _readTimerArmed = null;
            _readTimer.CancelAfter(Timeout.InfiniteTimeSpan);
            return _decoder.Decode(bytes);
        }
        catch (OperationCanceledException ex) when (cancellationToken.IsCancellationRequested)
        {
            // Replies still on their way would be read by the next user: the connection cannot be reused.
            await BreakAsync(ex).ConfigureAwait(false);
            throw;
        }
        catch (OperationCanceledException ex) when (timeout is { } expired && _readTimer.IsCancellationRequested)
        {
            throw await BreakAsync(new ConnectionReadTimeoutException(
                $"The server at {Address} sent nothing for {expired.TotalSeconds:0.###} s (the connection's read timeout); " +
                "it may be frozen or cut off, so the connection was closed.", ex)).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException or EndOfStreamException
            or OperationCanceledException or PackStreamException or ProtocolViolationException)
        {
            throw await BreakAsync(ex).ConfigureAwait(false);
        }
        finally
        {
            linked?.Dispose();
        }
    }

    /// <summary>Bytes arrived (a message or a NOOP chunk): the silence the read timeout measures starts again.</summary>
    private void RestartReadTimer()
    {
        if (_readTimerArmed is { } limit)
        {
            _readTimer.CancelAfter(limit);
        }
    }

    private void ThrowIfBroken()
    {
        if (IsBroken)
        {
            throw new ServiceUnavailableException($"The connection to {Address} is {State} and cannot be used.");
        }
    }

    /// <summary>Date-times travel as UTC seconds from 5.0, and on 4.3-4.4 when the server accepted the "utc" patch.</summary>
    private void UseVersion(BoltVersion version, bool utcPatch)
    {
        var utc = utcPatch || version >= BoltVersion.V5_0;
        _format = new MessageFormat(version);
        _decoder = new ResponseDecoder(version, utc);
        _writer.Temporal = new TemporalStructures(utc);
    }

    private sealed record PendingRequest(string Name, bool Deferred);
}
