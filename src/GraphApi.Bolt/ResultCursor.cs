using GraphApi.Bolt.Connections;
using GraphApi.Bolt.Messages;

namespace GraphApi.Bolt;

/// <summary>
/// The records of one query, streamed with back-pressure: a batch of <c>fetchSize</c> records is pulled, and
/// the next PULL (Bolt 4+) is sent only when the consumer has read the batch and asks for more
/// (Bolt message specification, PULL "has_more"). Once consumed, or once its transaction has ended, the result
/// hands out no more records; its summary stays available.
/// </summary>
public sealed class ResultCursor : IAsyncEnumerable<Record>
{
    private readonly BoltConnection _connection;
    private readonly long _fetchSize;
    private readonly Func<ResultSummary?, Exception?, ValueTask> _onComplete;
    private readonly Queue<(Record Record, ValueHydrationException? Error)> _buffered = new();
    private Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private IReadOnlyDictionary<string, object?> _runMetadata = new Dictionary<string, object?>();
    private CursorState _state = CursorState.Streaming;
    private Exception? _failure;
    private ResultSummary? _summary;
    private string? _closedBecause;
    private bool _hadRecords;
    private long _qid = -1;

    internal ResultCursor(
        BoltConnection connection, string query, IReadOnlyDictionary<string, object?> parameters, long fetchSize,
        Func<ResultSummary?, Exception?, ValueTask> onComplete)
    {
        _connection = connection;
        Query = query;
        Parameters = parameters;
        _fetchSize = fetchSize;
        _onComplete = onComplete;
    }

    private enum CursorState
    {
        /// <summary>A PULL is outstanding: records or a summary are on their way.</summary>
        Streaming,

        /// <summary>The last PULL ended with has_more: nothing is requested until the consumer asks.</summary>
        Paused,
        Done,
        Failed,
    }

    /// <summary>What to ask for when the server paused with has_more: the next batch, the rest, nothing (DISCARD), or stop.</summary>
    private enum FetchMode
    {
        Batch,
        All,
        Discard,
        None,
    }

    public string Query { get; }

    public IReadOnlyDictionary<string, object?> Parameters { get; }

    public IReadOnlyList<string> Keys { get; private set; } = [];

    /// <summary>True until the server has sent the final summary (or the query failed).</summary>
    public bool IsOpen => _state is CursorState.Streaming or CursorState.Paused;

    public async IAsyncEnumerator<Record> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        while (await FetchAsync(cancellationToken).ConfigureAwait(false) is { } record)
        {
            yield return record;
        }
    }

    /// <summary>
    /// The next record, or null at the end of the result. A record with a value that cannot be represented throws, and
    /// the next call moves on to the record after it.
    /// </summary>
    public async Task<Record?> FetchAsync(CancellationToken cancellationToken = default)
    {
        if (!await EnsureBufferedAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var (record, error) = _buffered.Dequeue();
        return error is null ? record : throw error;
    }

    /// <summary>The next record without moving past it, or null at the end of the result.</summary>
    public async Task<Record?> PeekAsync(CancellationToken cancellationToken = default)
    {
        if (!await EnsureBufferedAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var (record, error) = _buffered.Peek();
        return error is null ? record : throw error;
    }

    /// <summary>Whether a record is buffered, reading the next batch from the server when none is.</summary>
    private async ValueTask<bool> EnsureBufferedAsync(CancellationToken cancellationToken)
    {
        ThrowIfClosed();
        if (_buffered.Count > 0)
        {
            return true;
        }

        if (_state == CursorState.Failed)
        {
            // The error that ended the result (or its transaction), again: it carries the server's code.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(_failure!);
        }

        if (await ReadFromServerAsync(FetchMode.Batch, cancellationToken).ConfigureAwait(false) is not { } next)
        {
            return false;
        }

        _buffered.Enqueue(next);
        return true;
    }

    /// <summary>Every remaining record; the rest of the stream is pulled at once (PULL -1) rather than batch by batch.</summary>
    public async Task<IReadOnlyList<Record>> ToListAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfClosed();
        await BufferRemainingAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<Record>(_buffered.Count);
        while (_buffered.TryDequeue(out var next))
        {
            list.Add(next.Error is null ? next.Record : throw next.Error);
        }

        return list;
    }

    /// <summary>The one and only record; anything else is a misuse error naming the count.</summary>
    public async Task<Record> SingleAsync(CancellationToken cancellationToken = default)
    {
        var first = await FetchAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Expected exactly one record from '{Query}' but got none.");
        if (await PeekAsync(cancellationToken).ConfigureAwait(false) is not null)
        {
            await ConsumeAsync(cancellationToken).ConfigureAwait(false);
            throw new InvalidOperationException($"Expected exactly one record from '{Query}' but got more than one.");
        }

        return first;
    }

    /// <summary>
    /// The first record, or null when there is none; the rest of the result is read and dropped, and
    /// <c>MoreThanOne</c> tells whether there was more (which usually means the query was not what the caller thought).
    /// </summary>
    public async Task<(Record? Record, bool MoreThanOne)> SingleOptionalAsync(CancellationToken cancellationToken = default)
    {
        var first = await FetchAsync(cancellationToken).ConfigureAwait(false);
        var more = false;
        while (await FetchAsync(cancellationToken).ConfigureAwait(false) is not null)
        {
            more = true;
        }

        return (first, more);
    }

    /// <summary>
    /// Discards the records not yet read (DISCARD on Bolt 4+) and returns the summary. Consuming again returns the same
    /// summary; asking for records afterwards is an error.
    /// </summary>
    public async Task<ResultSummary> ConsumeAsync(CancellationToken cancellationToken = default)
    {
        _closedBecause ??= $"The result of '{Query}' was consumed; its records can no longer be read.";
        await DiscardAsync(cancellationToken).ConfigureAwait(false);
        if (_state == CursorState.Failed)
        {
            throw _failure!;
        }

        return _summary ?? throw new InvalidOperationException($"The result of '{Query}' has no summary.");
    }

    /// <summary>
    /// Sends the queued RUN (+ PULL) and reads the RUN reply, which names the result's keys. Any failure
    /// completes the cursor, so whoever owns the connection gets it back.
    /// </summary>
    internal async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _connection.FlushAsync(cancellationToken).ConfigureAwait(false);
            var run = await _connection.ReceiveAsync(cancellationToken).ConfigureAwait(false);
            if (run is not SuccessMessage success)
            {
                throw await _connection.BreakAsync(new ProtocolViolationException($"The server answered RUN with {run.Name}."))
                    .ConfigureAwait(false);
            }

            _runMetadata = success.Metadata;
            if (success.Metadata.TryGetValue("qid", out var qid) && qid is long id)
            {
                // In an explicit transaction (4.0+) each statement has an id, so several results can stream in turn.
                _qid = id;
            }

            var fields = success.Metadata.TryGetValue("fields", out var f) && f is IReadOnlyList<object?> list
                ? list.Cast<string>().ToList()
                : [];
            Keys = fields;
            _index = fields.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => p.i, StringComparer.Ordinal);
        }
        catch (Exception ex)
        {
            await FailAsync(ex).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Reads everything still on the wire into memory, so the connection can carry the next query.</summary>
    internal async Task BufferRemainingAsync(CancellationToken cancellationToken)
    {
        while (await ReadFromServerAsync(FetchMode.All, cancellationToken).ConfigureAwait(false) is { } next)
        {
            _buffered.Enqueue(next);
        }
    }

    /// <summary>
    /// Reads the batch that is on its way (a PULL is outstanding) into memory without asking for more, so another
    /// statement of the transaction can run; the rest is pulled later by statement id.
    /// </summary>
    internal async Task FinishBatchAsync(CancellationToken cancellationToken)
    {
        while (_state == CursorState.Streaming
            && await ReadFromServerAsync(FetchMode.None, cancellationToken).ConfigureAwait(false) is { } next)
        {
            _buffered.Enqueue(next);
        }
    }

    /// <summary>Another statement of the transaction failed: the server dropped this result too, with that error.</summary>
    internal async ValueTask FailBecauseAsync(Exception error)
    {
        if (IsOpen)
        {
            _buffered.Clear();
            await FailAsync(error).ConfigureAwait(false);
        }
    }

    /// <summary>Drops what is left (DISCARD) so the connection can move on; failures stay recorded for the summary.</summary>
    internal async Task DiscardAsync(CancellationToken cancellationToken)
    {
        _buffered.Clear();
        while (await ReadFromServerAsync(FetchMode.Discard, cancellationToken).ConfigureAwait(false) is not null)
        {
        }
    }

    /// <summary>The transaction that owns the result ended: its records are out of reach from now on.</summary>
    internal void CloseWithTransaction(string reason)
    {
        _closedBecause ??= reason;
        _buffered.Clear();
    }

    private void ThrowIfClosed()
    {
        if (_closedBecause is { } reason)
        {
            throw new ResultConsumedException(reason);
        }
    }

    private async ValueTask<(Record, ValueHydrationException?)?> ReadFromServerAsync(FetchMode mode, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                switch (_state)
                {
                    case CursorState.Done or CursorState.Failed:
                        return null;
                    case CursorState.Paused when mode == FetchMode.None:
                        return null;
                    case CursorState.Paused:
                        _connection.Enqueue(mode switch
                        {
                            FetchMode.Discard => _connection.Format.DiscardAll(_qid),
                            FetchMode.All => _connection.Format.Pull(-1, _qid),
                            _ => _connection.Format.Pull(_fetchSize, _qid),
                        });
                        await _connection.FlushAsync(cancellationToken).ConfigureAwait(false);
                        _state = CursorState.Streaming;
                        break;
                }

                var response = await _connection.ReceiveAsync(cancellationToken).ConfigureAwait(false);
                switch (response)
                {
                    case RecordMessage record:
                        _hadRecords = true;
                        if (mode == FetchMode.Discard)
                        {
                            continue;
                        }

                        return (new Record(Keys, _index, record.Values), record.ValueError);
                    case SuccessMessage { HasMore: true }:
                        _state = CursorState.Paused;
                        break;
                    case SuccessMessage success:
                        _summary = new ResultSummary(
                            Query, Parameters, _runMetadata, success.Metadata,
                            new ServerInfo(_connection.Address.ToString(), _connection.ServerAgent, _connection.Version, _connection.ConnectionId),
                            _hadRecords, statusesFromServer: _connection.Version >= BoltVersion.V5_6);
                        _state = CursorState.Done;
                        await _onComplete(_summary, null).ConfigureAwait(false);
                        return null;
                    default:
                        throw await _connection.BreakAsync(new ProtocolViolationException(
                            $"The server sent {response.Name} while streaming the result of '{Query}'.")).ConfigureAwait(false);
                }
            }
        }
        catch (Exception ex) when (_state != CursorState.Failed)
        {
            await FailAsync(ex).ConfigureAwait(false);
            throw;
        }
    }

    private async ValueTask FailAsync(Exception ex)
    {
        _state = CursorState.Failed;
        _failure = ex;
        await _onComplete(null, ex).ConfigureAwait(false);
    }
}
