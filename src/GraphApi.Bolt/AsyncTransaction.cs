using GraphApi.Bolt.Connections;
using GraphApi.Bolt.Messages;

namespace GraphApi.Bolt;

/// <summary>
/// An explicit transaction. From Bolt 3 it is BEGIN / COMMIT / ROLLBACK messages; on Bolt 1 the statements
/// "BEGIN", "COMMIT" and "ROLLBACK" are run instead. BEGIN is not sent on its own: it is pipelined with the
/// first query (or the commit), so a transaction with one query costs two round trips in total.
/// </summary>
public sealed class AsyncTransaction : IAsyncDisposable
{
    private readonly BoltConnection _connection;
    private readonly long _fetchSize;
    private readonly Func<string?, ValueTask> _onClose;
    private TransactionState _state = TransactionState.Active;
    private ResultCursor? _openResult;
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

    public bool IsOpen => _state is TransactionState.Active or TransactionState.Failed;

    /// <summary>Queues BEGIN; it travels with the next request.</summary>
    internal static AsyncTransaction Begin(
        BoltConnection connection, IReadOnlyList<string> bookmarks, AccessMode mode, string? database, long fetchSize,
        Func<string?, ValueTask> onClose)
    {
        var format = connection.Format;
        if (format.HasTransactionMessages)
        {
            connection.EnqueueDeferred(new BeginMessage(format.TransactionExtra(bookmarks, mode, database)));
        }
        else
        {
            var parameters = new Dictionary<string, object?>();
            if (bookmarks.Count > 0)
            {
                // Neo4j 3.1-3.4 accept the causal-consistency bookmark as a parameter of the BEGIN statement.
                parameters["bookmark"] = bookmarks[^1];
            }

            connection.EnqueueDeferred(format.Run("BEGIN", parameters, parameters));
            connection.EnqueueDeferred(format.Pull(-1));
        }

        connection.State = ConnectionState.TxReady;
        return new AsyncTransaction(connection, fetchSize, onClose);
    }

    public async Task<ResultCursor> RunAsync(string query, object? parameters = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        ThrowIfNotActive();
        await BufferOpenResultAsync(cancellationToken).ConfigureAwait(false);

        var format = _connection.Format;
        _connection.Enqueue(format.Run(query, QueryParameters.From(parameters), new Dictionary<string, object?>()));
        _connection.Enqueue(format.Pull(_fetchSize));
        var cursor = new ResultCursor(_connection, query, _fetchSize, OnResultCompleteAsync);
        _openResult = cursor;
        _connection.OpenResult = cursor;
        _connection.State = ConnectionState.TxStreaming;
        try
        {
            await cursor.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jException)
        {
            _state = TransactionState.Failed;
            throw;
        }

        return cursor;
    }

    /// <summary>Commits and returns the new bookmark (null on Bolt 1 servers that send none).</summary>
    public async Task<string?> CommitAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfNotActive();
        string? bookmark = null;
        try
        {
            await BufferOpenResultAsync(cancellationToken).ConfigureAwait(false);
            bookmark = await FinishAsync("COMMIT", CommitMessage.Instance, cancellationToken).ConfigureAwait(false);
            _state = TransactionState.Committed;
        }
        catch
        {
            _state = TransactionState.Failed;
            await CloseAsync(null).ConfigureAwait(false);
            throw;
        }

        await CloseAsync(bookmark).ConfigureAwait(false);
        return bookmark;
    }

    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        if (_state is TransactionState.Committed or TransactionState.RolledBack)
        {
            throw new InvalidOperationException($"The transaction is already {_state.ToString().ToLowerInvariant()}.");
        }

        try
        {
            if (_state == TransactionState.Failed)
            {
                // The failure was already answered with RESET (3+) or ACK_FAILURE (1); RESET again so that a
                // Bolt 1 statement transaction cannot linger on the server.
                if (!_connection.IsBroken && !_connection.Format.HasTransactionMessages)
                {
                    await _connection.ResetAsync(cancellationToken).ConfigureAwait(false);
                }
            }
            else
            {
                if (_openResult is { IsOpen: true } open)
                {
                    await open.ConsumeAsync(cancellationToken).ConfigureAwait(false);
                }

                await FinishAsync("ROLLBACK", RollbackMessage.Instance, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _state = TransactionState.RolledBack;
            await CloseAsync(null).ConfigureAwait(false);
        }
    }

    /// <summary>A transaction left open is rolled back, as the official drivers do.</summary>
    public async ValueTask DisposeAsync()
    {
        if (IsOpen)
        {
            try
            {
                await RollbackAsync(CancellationToken.None).ConfigureAwait(false);
            }
            catch (Neo4jException)
            {
                // The connection is already released or broken; there is nothing more to undo.
            }
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

        _connection.State = ConnectionState.Ready;
        return summary.GetString("bookmark");
    }

    private async Task BufferOpenResultAsync(CancellationToken cancellationToken)
    {
        if (_openResult is { IsOpen: true } open)
        {
            await open.BufferRemainingAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private ValueTask OnResultCompleteAsync(ResultSummary? summary, Exception? error)
    {
        _connection.OpenResult = null;
        if (error is not null)
        {
            _state = TransactionState.Failed;
        }
        else if (_connection.State == ConnectionState.TxStreaming)
        {
            _connection.State = ConnectionState.TxReady;
        }

        return ValueTask.CompletedTask;
    }

    private void ThrowIfNotActive()
    {
        if (_state != TransactionState.Active)
        {
            throw new InvalidOperationException(_state == TransactionState.Failed
                ? "The transaction failed earlier and can only be rolled back."
                : $"The transaction is already {_state.ToString().ToLowerInvariant()}.");
        }
    }

    private async ValueTask CloseAsync(string? bookmark)
    {
        if (_closed)
        {
            return;
        }

        _closed = true;
        await _onClose(bookmark).ConfigureAwait(false);
    }
}
