using System.Diagnostics;
using System.Net.Sockets;
using GraphApi.Bolt.Messages;
using GraphApi.Bolt.Protocol;
using GraphApi.PackStream;

namespace GraphApi.Bolt.Connections;

/// <summary>
/// One Bolt connection. Requests are queued and flushed as a pipeline; every queued request owes one summary
/// (SUCCESS, FAILURE or IGNORED), tracked in order so replies can never be matched to the wrong request.
/// Any I/O error or protocol surprise marks the connection <see cref="ConnectionState.Defunct"/> (Npgsql's
/// Break pattern) and surfaces as a transient <see cref="ServiceUnavailableException"/> or a
/// <see cref="ProtocolViolationException"/>.
/// </summary>
internal sealed partial class BoltConnection : IAsyncDisposable
{
    private readonly Socket? _socket;
    private readonly Stream _stream;
    private readonly MessageReader _reader;
    private readonly MessageWriter _writer;
    private readonly DriverMetrics _metrics;
    private readonly Queue<PendingRequest> _pending = new();
    private MessageFormat _format = new(BoltVersion.V1);
    private ResponseDecoder _decoder = new(BoltVersion.V1);

    private BoltConnection(ServerAddress address, Socket? socket, Stream stream, DriverMetrics metrics)
    {
        Address = address;
        _socket = socket;
        _stream = stream;
        _reader = new MessageReader(stream);
        _writer = new MessageWriter(stream);
        _metrics = metrics;
        CreatedAt = Stopwatch.GetTimestamp();
        LastUsedAt = CreatedAt;
    }

    public ServerAddress Address { get; }

    public BoltVersion Version => _format.Version;

    public MessageFormat Format => _format;

    public ConnectionState State { get; set; } = ConnectionState.Connected;

    public string ServerAgent { get; private set; } = string.Empty;

    public string? ConnectionId { get; private set; }

    public long CreatedAt { get; }

    public long LastUsedAt { get; private set; }

    public bool IsBroken => State is ConnectionState.Defunct or ConnectionState.Closed;

    /// <summary>The result currently streaming on this connection, which must be buffered before the next request.</summary>
    public ResultCursor? OpenResult { get; set; }

    /// <summary>Queues a request whose reply the caller will read with <see cref="ReceiveAsync"/>.</summary>
    public void Enqueue(IRequestMessage message) => Enqueue(message, deferred: false);

    /// <summary>
    /// Queues a request whose SUCCESS nobody waits for (BEGIN, or v1's statement BEGIN); it is checked
    /// before the next reply is handed out, and its FAILURE is thrown there.
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
            _metrics.RecordRoundTrip();
            await _writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            LastUsedAt = Stopwatch.GetTimestamp();
        }
        catch (OperationCanceledException ex) when (cancellationToken.IsCancellationRequested)
        {
            // A half-written batch leaves the server's view unknown: the connection cannot be reused.
            Break(ex);
            throw;
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
            throw Break(ex);
        }
    }

    /// <summary>
    /// Reads the next reply for the oldest request still waiting. Replies to deferred requests are consumed
    /// here; a FAILURE is recovered from (RESET/ACK_FAILURE) and thrown as <see cref="Neo4jException"/>.
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
                throw Break(new ProtocolViolationException(
                    $"The server sent {response.Name} although no request was waiting for a reply; the connection lost sync."));
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

            request.OnSuccess?.Invoke((SuccessMessage)response);
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
        return response as SuccessMessage ?? throw Break(new ProtocolViolationException(
            $"The server answered {message.Name} with {response.Name}; a summary was expected."));
    }

    /// <summary>
    /// Marks the connection unusable and returns the exception to throw: I/O failures become a transient
    /// <see cref="ServiceUnavailableException"/>, protocol errors keep their type.
    /// </summary>
    public Neo4jException Break(Exception reason)
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

        _pending.Enqueue(new PendingRequest(message.Name, deferred, null));
    }

    private async ValueTask<ResponseMessage> ReadRawAsync(CancellationToken cancellationToken)
    {
        ThrowIfBroken();
        try
        {
            var bytes = await _reader.ReadMessageAsync(cancellationToken).ConfigureAwait(false);
            return _decoder.Decode(bytes);
        }
        catch (OperationCanceledException ex) when (cancellationToken.IsCancellationRequested)
        {
            // Replies still on their way would be read by the next user: the connection cannot be reused.
            Break(ex);
            throw;
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException
            or OperationCanceledException or PackStreamException or ProtocolViolationException)
        {
            throw Break(ex);
        }
    }

    private void ThrowIfBroken()
    {
        if (IsBroken)
        {
            throw new ServiceUnavailableException($"The connection to {Address} is {State} and cannot be used.");
        }
    }

    private void UseVersion(BoltVersion version)
    {
        _format = new MessageFormat(version);
        _decoder = new ResponseDecoder(version);
        _writer.Temporal = new TemporalStructures(version);
    }

    private sealed record PendingRequest(string Name, bool Deferred, Action<SuccessMessage>? OnSuccess);
}
