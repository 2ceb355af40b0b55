using GraphApi.Bolt.Connections;
using GraphApi.Bolt.Messages;

namespace GraphApi.Bolt;

/// <summary>
/// The records of one query, streamed with back-pressure: a batch of <c>fetchSize</c> records is pulled, and
/// the next PULL (Bolt 4+) is sent only when the consumer has read the batch and asks for more
/// (Bolt message specification, PULL "has_more").
/// </summary>
public sealed class ResultCursor : IAsyncEnumerable<Record>
{
    private readonly BoltConnection _connection;
    private readonly long _fetchSize;
    private readonly Func<ResultSummary?, Exception?, ValueTask> _onComplete;
    private readonly Queue<Record> _buffered = new();
    private Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private CursorState _state = CursorState.Streaming;
    private Exception? _failure;
    private ResultSummary? _summary;

    internal ResultCursor(BoltConnection connection, string query, long fetchSize, Func<ResultSummary?, Exception?, ValueTask> onComplete)
    {
        _connection = connection;
        Query = query;
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

    /// <summary>What to ask for when the server paused with has_more: the next batch, the rest, or nothing (DISCARD).</summary>
    private enum FetchMode
    {
        Batch,
        All,
        Discard,
    }

    public string Query { get; }

    public IReadOnlyList<string> Keys { get; private set; } = [];

    /// <summary>True until the server has sent the final summary (or the query failed).</summary>
    public bool IsOpen => _state is CursorState.Streaming or CursorState.Paused;

    public async IAsyncEnumerator<Record> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        while (await NextAsync(cancellationToken).ConfigureAwait(false) is { } record)
        {
            yield return record;
        }
    }

    public async Task<IReadOnlyList<Record>> ToListAsync(CancellationToken cancellationToken = default)
    {
        var list = new List<Record>();
        while (await NextAsync(cancellationToken).ConfigureAwait(false) is { } record)
        {
            list.Add(record);
        }

        return list;
    }

    /// <summary>The one and only record; anything else is a misuse error naming the count.</summary>
    public async Task<Record> SingleAsync(CancellationToken cancellationToken = default)
    {
        var records = await ToListAsync(cancellationToken).ConfigureAwait(false);
        return records.Count == 1
            ? records[0]
            : throw new InvalidOperationException($"Expected exactly one record from '{Query}' but got {records.Count}.");
    }

    /// <summary>Discards the records not yet read (DISCARD on Bolt 4+) and returns the summary.</summary>
    public async Task<ResultSummary> ConsumeAsync(CancellationToken cancellationToken = default)
    {
        _buffered.Clear();
        while (await ReadFromServerAsync(FetchMode.Discard, cancellationToken).ConfigureAwait(false) is not null)
        {
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
                throw _connection.Break(new ProtocolViolationException($"The server answered RUN with {run.Name}."));
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
        while (await ReadFromServerAsync(FetchMode.All, cancellationToken).ConfigureAwait(false) is { } record)
        {
            _buffered.Enqueue(record);
        }
    }

    private async ValueTask<Record?> NextAsync(CancellationToken cancellationToken)
    {
        if (_buffered.TryDequeue(out var buffered))
        {
            return buffered;
        }

        if (_state == CursorState.Failed)
        {
            throw new InvalidOperationException($"The result of '{Query}' failed earlier.", _failure);
        }

        return await ReadFromServerAsync(FetchMode.Batch, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<Record?> ReadFromServerAsync(FetchMode mode, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                switch (_state)
                {
                    case CursorState.Done or CursorState.Failed:
                        return null;
                    case CursorState.Paused:
                        _connection.Enqueue(mode switch
                        {
                            FetchMode.Discard => _connection.Format.DiscardAll(),
                            FetchMode.All => _connection.Format.Pull(-1),
                            _ => _connection.Format.Pull(_fetchSize),
                        });
                        await _connection.FlushAsync(cancellationToken).ConfigureAwait(false);
                        _state = CursorState.Streaming;
                        break;
                }

                var response = await _connection.ReceiveAsync(cancellationToken).ConfigureAwait(false);
                switch (response)
                {
                    case RecordMessage record:
                        return new Record(Keys, _index, record.Values);
                    case SuccessMessage { HasMore: true }:
                        _state = CursorState.Paused;
                        break;
                    case SuccessMessage success:
                        _state = CursorState.Done;
                        _summary = new ResultSummary(Query, success.Metadata);
                        await _onComplete(_summary, null).ConfigureAwait(false);
                        return null;
                    default:
                        throw _connection.Break(new ProtocolViolationException(
                            $"The server sent {response.Name} while streaming the result of '{Query}'."));
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
