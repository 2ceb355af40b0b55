using GraphApi.Bolt.Connections;
using GraphApi.Bolt.Messages;
using GraphApi.Bolt.Protocol;

namespace GraphApi.Bolt;

/// <summary>
/// An explicit transaction. From Bolt 3 it is BEGIN / COMMIT / ROLLBACK messages; on Bolt 1 the statements
/// "BEGIN", "COMMIT" and "ROLLBACK" are run instead. BEGIN is not sent on its own: it is pipelined with the
/// first query (or the commit), so a transaction with one query costs two round trips in total. From Bolt 4.0 several
/// results can be open at once, each pulled by its statement id; before, a new query first reads the open result into
/// memory. A failed query fails every open result of the transaction with the same error. When the transaction ends,
/// its results that were not read to the end are discarded and can no longer be read.
/// </summary>
public sealed class AsyncTransaction : IAsyncDisposable
{
    private readonly BoltConnection _connection;
    private readonly long _fetchSize;
    private readonly Func<string?, ValueTask> _onClose;
    private readonly List<ResultCursor> _results = [];
    private TransactionState _state = TransactionState.Active;
    private Exception? _failure;
    private int _openStreams;
    private bool _closed;

    private AsyncTransaction(BoltConnection connection, long fetchSize, Func<string?, ValueTask> onClose)
    {
        _connection = connection;
        _fetchSize = fetchSize;
        _onClose = onClose;
    }

    private enum TransactionState
    {
        Active,
        Failed,
        Committed,
        RolledBack,
    }

    /// <summary>
    /// True until the transaction was committed or rolled back, or lost its connection. A transaction that failed on
    /// the server stays open until it is rolled back.
    /// </summary>
    public bool IsOpen => !_closed && _state is TransactionState.Active or TransactionState.Failed;

    /// <summary>Queues BEGIN (after TELEMETRY when the server asked for it); it travels with the next request.</summary>
    internal static AsyncTransaction Begin(
        BoltConnection connection, TransactionParameters parameters, TelemetryApi api, long fetchSize, Func<string?, ValueTask> onClose)
    {
        var format = connection.Format;
        if (format.HasTransactionMessages)
        {
            var extra = format.TransactionExtra(parameters);
            if (connection.TelemetryEnabled)
            {
                connection.EnqueueDeferred(new TelemetryMessage(api));
            }

            connection.EnqueueDeferred(new BeginMessage(extra));
        }
        else
        {
            var statementParameters = new Dictionary<string, object?>();
            if (parameters.Bookmarks.Count > 0)
            {
                // Neo4j 3.1-3.4 accept the causal-consistency bookmark as a parameter of the BEGIN statement.
                statementParameters["bookmark"] = parameters.Bookmarks[^1];
            }

            connection.EnqueueDeferred(format.Run("BEGIN", statementParameters, statementParameters));
            connection.EnqueueDeferred(format.Pull(-1));
        }

        connection.StartTransaction();
        return new AsyncTransaction(connection, fetchSize, onClose);
    }

    public async Task<ResultCursor> RunAsync(string query, object? parameters = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ThrowIfNotActive();
        await MakeRoomAsync(cancellationToken).ConfigureAwait(false);

        var format = _connection.Format;
        var values = QueryParameters.From(parameters);
        _connection.Enqueue(format.Run(query, values, new Dictionary<string, object?>()));
        _connection.Enqueue(format.Pull(_fetchSize));
        var cursor = new ResultCursor(_connection, query, values, _fetchSize, OnResultCompleteAsync);
        _results.Add(cursor);
        _openStreams++;
        _connection.StartTransactionQuery();
        await cursor.StartAsync(cancellationToken).ConfigureAwait(false);
        return cursor;
    }

    /// <summary>Commits and returns the new bookmark (null on Bolt 1 servers that send none).</summary>
    public async Task<string?> CommitAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfNotActive();
        string? bookmark = null;
        try
        {
            await DiscardOpenResultsAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                bookmark = await FinishAsync("COMMIT", CommitMessage.Instance, cancellationToken).ConfigureAwait(false);
            }
            catch (Neo4jException ex) when (_connection.IsBroken && ex is ServiceUnavailableException or SessionExpiredException)
            {
                throw new IncompleteCommitException(
                    $"The connection to {_connection.Address} was lost while committing; whether the transaction was committed is unknown.",
                    ex);
            }

            _state = TransactionState.Committed;
        }
        catch
        {
            _state = TransactionState.Failed;
            await EndAsync(null, "committing").ConfigureAwait(false);
            throw;
        }

        await EndAsync(bookmark, "committed").ConfigureAwait(false);
        return bookmark;
    }

    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        if (_state is TransactionState.Committed or TransactionState.RolledBack)
        {
            throw new InvalidOperationException($"The transaction is already {_state.ToString().ToLowerInvariant()}; it cannot be rolled back.");
        }

        if (_closed)
        {
            // It lost its connection: the server rolled it back already.
            _state = TransactionState.RolledBack;
            return;
        }

        try
        {
            if (_state == TransactionState.Failed)
            {
                // The failure was already answered with RESET (3+) or ACK_FAILURE (1, in a transaction); RESET again
                // so that a Bolt 1 statement transaction cannot linger on the server.
                if (!_connection.IsBroken && !_connection.Format.HasTransactionMessages)
                {
                    await _connection.ResetAsync(cancellationToken).ConfigureAwait(false);
                }
            }
            else
            {
                await DiscardOpenResultsAsync(cancellationToken).ConfigureAwait(false);
                await FinishAsync("ROLLBACK", RollbackMessage.Instance, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _state = TransactionState.RolledBack;
            await EndAsync(null, "rolled back").ConfigureAwait(false);
        }
    }

    /// <summary>Rolls the transaction back if it is still open; a failing rollback is thrown.</summary>
    public async Task CloseAsync(CancellationToken cancellationToken = default)
    {
        if (IsOpen)
        {
            await RollbackAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A transaction left open is rolled back, as the official drivers do; disposing never throws for that.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await CloseAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Neo4jException)
        {
            // The connection is already released or broken; there is nothing more to undo.
        }
    }

    private async Task<string?> FinishAsync(string statement, IRequestMessage message, CancellationToken cancellationToken)
    {
        var format = _connection.Format;
        SuccessMessage summary;
        if (format.HasTransactionMessages)
        {
            summary = await _connection.RequestAsync(message, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var empty = new Dictionary<string, object?>();
            var run = format.Run(statement, empty, empty);
            _connection.Enqueue(run);
            var pull = format.Pull(-1);
            _connection.Enqueue(pull);
            await _connection.FlushAsync(cancellationToken).ConfigureAwait(false);
            await _connection.ReceiveSummaryAsync(run, cancellationToken).ConfigureAwait(false);
            summary = await _connection.ReceiveSummaryAsync(pull, cancellationToken).ConfigureAwait(false);
        }

        _connection.CompleteTransaction();
        return summary.GetString("bookmark");
    }

    /// <summary>
    /// Before the next query. From 4.0 the batch still arriving for an open result is read into memory and the rest
    /// stays on the server, to be pulled later by statement id; before 4.0 the open result is read to its end.
    /// </summary>
    private async Task MakeRoomAsync(CancellationToken cancellationToken)
    {
        foreach (var open in _results.Where(r => r.IsOpen).ToList())
        {
            if (_connection.Format.PullsInBatches)
            {
                await open.FinishBatchAsync(cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await open.BufferRemainingAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        ThrowIfNotActive();
    }

    /// <summary>Before COMMIT or ROLLBACK: what is left of the open results is discarded (DISCARD), not read.</summary>
    private async Task DiscardOpenResultsAsync(CancellationToken cancellationToken)
    {
        foreach (var open in _results.Where(r => r.IsOpen).ToList())
        {
            await open.DiscardAsync(cancellationToken).ConfigureAwait(false);
        }

        if (_state == TransactionState.Failed)
        {
            ThrowIfNotActive();
        }
    }

    private async ValueTask OnResultCompleteAsync(ResultSummary? summary, Exception? error)
    {
        _openStreams--;
        if (error is not null)
        {
            await FailAsync(error).ConfigureAwait(false);
        }
        else if (_openStreams == 0)
        {
            _connection.CompleteResult();
        }
    }

    /// <summary>
    /// A query failed. On the server the transaction is gone, and so are its other results, which fail with the same
    /// error. The transaction stays open here until rolled back, unless the connection itself was lost, in which case
    /// it ends now and its connection goes back.
    /// </summary>
    private async ValueTask FailAsync(Exception error)
    {
        if (_failure is not null)
        {
            return;
        }

        _failure = error;
        _state = TransactionState.Failed;
        foreach (var open in _results.Where(r => r.IsOpen).ToList())
        {
            await open.FailBecauseAsync(error).ConfigureAwait(false);
        }

        if (_connection.IsBroken)
        {
            await EndAsync(null, "lost with its connection").ConfigureAwait(false);
        }
    }

    private void ThrowIfNotActive()
    {
        if (_state != TransactionState.Active)
        {
            throw new InvalidOperationException(_state == TransactionState.Failed
                ? "The transaction failed earlier and can only be rolled back."
                : $"The transaction is already {_state.ToString().ToLowerInvariant()}; it cannot run more work.");
        }
    }

    private async ValueTask EndAsync(string? bookmark, string how)
    {
        if (_closed)
        {
            return;
        }

        _closed = true;
        foreach (var result in _results)
        {
            result.CloseWithTransaction($"The result of '{result.Query}' belongs to a transaction that was {how}; it can no longer be read.");
        }

        await _onClose(bookmark).ConfigureAwait(false);
    }
}
