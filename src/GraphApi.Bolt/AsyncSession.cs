using GraphApi.Bolt.Connections;

namespace GraphApi.Bolt;

/// <summary>
/// A causal chain of work: auto-commit queries, explicit transactions and managed transactions with retry.
/// It borrows one pooled connection at a time and carries bookmarks from one transaction to the next
/// (Bolt 3+). Not thread-safe, like the official drivers' sessions.
/// </summary>
public sealed partial class AsyncSession : IAsyncDisposable
{
    private readonly BoltDriver _driver;
    private readonly SessionConfig _config;
    private readonly long _fetchSize;
    private List<string> _bookmarks;
    private BoltConnection? _connection;
    private ResultCursor? _autoCommitResult;
    private AsyncTransaction? _transaction;
    private bool _disposed;

    internal AsyncSession(BoltDriver driver, SessionConfig config)
    {
        _driver = driver;
        _config = config;
        _fetchSize = config.FetchSize ?? driver.Options.FetchSize;
        _bookmarks = config.Bookmarks.ToList();
    }

    /// <summary>The bookmark of the last committed transaction, to pass to a later session for causal consistency.</summary>
    public IReadOnlyList<string> LastBookmarks => _bookmarks;

    /// <summary>Runs an auto-commit query; the connection returns to the pool when the result is consumed.</summary>
    public async Task<ResultCursor> RunAsync(string query, object? parameters = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        await PrepareAsync(cancellationToken).ConfigureAwait(false);
        var connection = await AcquireAsync(cancellationToken).ConfigureAwait(false);
        var format = connection.Format;
        try
        {
            connection.Enqueue(format.Run(
                query,
                QueryParameters.From(parameters),
                format.TransactionExtra(_bookmarks, _config.DefaultAccessMode, _config.Database)));
            connection.Enqueue(format.Pull(_fetchSize));
        }
        catch
        {
            await ReleaseAsync().ConfigureAwait(false);
            throw;
        }

        connection.State = ConnectionState.Streaming;

        var cursor = new ResultCursor(connection, query, _fetchSize, async (summary, _) =>
        {
            if (summary?.Bookmark is { } bookmark)
            {
                _bookmarks = [bookmark];
            }

            _autoCommitResult = null;
            if (connection.State == ConnectionState.Streaming)
            {
                connection.State = ConnectionState.Ready;
            }

            await ReleaseAsync().ConfigureAwait(false);
        });
        connection.OpenResult = cursor;
        _autoCommitResult = cursor;
        await cursor.StartAsync(cancellationToken).ConfigureAwait(false);
        return cursor;
    }

    /// <summary>Opens an explicit transaction; commit or roll it back, or dispose it to roll back.</summary>
    public async Task<AsyncTransaction> BeginTransactionAsync(AccessMode? mode = null, CancellationToken cancellationToken = default)
    {
        await PrepareAsync(cancellationToken).ConfigureAwait(false);
        var connection = await AcquireAsync(cancellationToken).ConfigureAwait(false);
        _transaction = AsyncTransaction.Begin(
            connection, _bookmarks, mode ?? _config.DefaultAccessMode, _config.Database, _fetchSize, async bookmark =>
            {
                if (bookmark is not null)
                {
                    _bookmarks = [bookmark];
                }

                _transaction = null;
                await ReleaseAsync().ConfigureAwait(false);
            });
        return _transaction;
    }

    /// <summary>Runs <paramref name="work"/> in a read transaction, retrying it on transient errors.</summary>
    public Task<T> ExecuteReadAsync<T>(Func<AsyncTransaction, Task<T>> work, CancellationToken cancellationToken = default) =>
        ExecuteAsync(AccessMode.Read, work, cancellationToken);

    /// <summary>Runs <paramref name="work"/> in a write transaction, retrying it on transient errors.</summary>
    public Task<T> ExecuteWriteAsync<T>(Func<AsyncTransaction, Task<T>> work, CancellationToken cancellationToken = default) =>
        ExecuteAsync(AccessMode.Write, work, cancellationToken);

    public Task ExecuteReadAsync(Func<AsyncTransaction, Task> work, CancellationToken cancellationToken = default) =>
        ExecuteAsync(AccessMode.Read, async tx => { await work(tx).ConfigureAwait(false); return true; }, cancellationToken);

    public Task ExecuteWriteAsync(Func<AsyncTransaction, Task> work, CancellationToken cancellationToken = default) =>
        ExecuteAsync(AccessMode.Write, async tx => { await work(tx).ConfigureAwait(false); return true; }, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        try
        {
            if (_transaction is { IsOpen: true } transaction)
            {
                await transaction.DisposeAsync().ConfigureAwait(false);
            }

            await PrepareAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Neo4jException)
        {
            // Closing must not fail because a result or transaction left behind could not be finished.
        }
        finally
        {
            await ReleaseAsync().ConfigureAwait(false);
            _disposed = true;
        }
    }

    private Task<T> ExecuteAsync<T>(AccessMode mode, Func<AsyncTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        return _driver.RetryPolicy.ExecuteAsync(
            async () =>
            {
                var transaction = await BeginTransactionAsync(mode, cancellationToken).ConfigureAwait(false);
                await using (transaction.ConfigureAwait(false))
                {
                    var result = await work(transaction).ConfigureAwait(false);
                    if (transaction.IsOpen)
                    {
                        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                    }

                    return result;
                }
            },
            cancellationToken);
    }

    /// <summary>
    /// Before new work: an unfinished auto-commit result is read to its end (so its bookmark counts), and a
    /// transaction still open is misuse.
    /// </summary>
    private async Task PrepareAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_transaction is { IsOpen: true })
        {
            throw new InvalidOperationException(
                "The session has an open transaction; commit or roll it back before running other work in this session.");
        }

        if (_autoCommitResult is { IsOpen: true } open)
        {
            await open.BufferRemainingAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<BoltConnection> AcquireAsync(CancellationToken cancellationToken)
    {
        var connection = await _driver.Pool.AcquireAsync(cancellationToken).ConfigureAwait(false);
        _connection = connection;
        return connection;
    }

    private async ValueTask ReleaseAsync()
    {
        if (_connection is { } connection)
        {
            _connection = null;
            connection.OpenResult = null;
            await _driver.Pool.ReleaseAsync(connection).ConfigureAwait(false);
        }
    }
}
