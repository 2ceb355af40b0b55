using GraphApi.Bolt.Connections;
using GraphApi.Bolt.Messages;
using GraphApi.Bolt.Protocol;

namespace GraphApi.Bolt;

/// <summary>
/// A causal chain of work: auto-commit queries, explicit transactions and managed transactions with retry.
/// It borrows one pooled connection at a time (with routing, from a reader or a writer as the work's access mode
/// asks) and carries bookmarks from one transaction to the next (Bolt 3+). A session without a database resolves the
/// user's home database on its first work and keeps it. Not thread-safe, like the official drivers' sessions.
/// </summary>
public sealed partial class AsyncSession : IAsyncDisposable
{
    private readonly BoltDriver _driver;
    private readonly SessionConfig _config;
    private readonly long _fetchSize;
    private IReadOnlyList<string> _bookmarks;
    private string? _database;
    private BoltConnection? _connection;
    private ResultCursor? _autoCommitResult;
    private AsyncTransaction? _transaction;
    private bool _disposed;

    internal AsyncSession(BoltDriver driver, SessionConfig config)
    {
        _driver = driver;
        _config = config;
        _fetchSize = config.FetchSize ?? driver.Options.FetchSize;
        _bookmarks = config.Bookmarks.Distinct(StringComparer.Ordinal).ToList();
        _database = config.Database;
    }

    /// <summary>The bookmarks of the last committed transaction (or the initial ones), to pass to a later session.</summary>
    public IReadOnlyList<string> LastBookmarks => _bookmarks;

    /// <summary>Runs an auto-commit query; the connection returns to the pool when the result is consumed.</summary>
    public Task<ResultCursor> RunAsync(string query, object? parameters = null, CancellationToken cancellationToken = default) =>
        RunAsync(query, parameters, TransactionConfig.Empty, cancellationToken);

    /// <summary>Runs an auto-commit query with a timeout and metadata.</summary>
    public Task<ResultCursor> RunAsync(string query, object? parameters, TransactionConfig config, CancellationToken cancellationToken = default) =>
        RunAsync(query, parameters, config, TelemetryApi.AutoCommit, cancellationToken);

    /// <summary>Opens an explicit transaction; commit or roll it back, or dispose it to roll back.</summary>
    public Task<AsyncTransaction> BeginTransactionAsync(AccessMode? mode = null, CancellationToken cancellationToken = default) =>
        BeginTransactionAsync(mode, TransactionConfig.Empty, TelemetryApi.UnmanagedTransaction, cancellationToken);

    /// <summary>Opens an explicit transaction with a timeout and metadata.</summary>
    public Task<AsyncTransaction> BeginTransactionAsync(AccessMode? mode, TransactionConfig config, CancellationToken cancellationToken = default) =>
        BeginTransactionAsync(mode, config, TelemetryApi.UnmanagedTransaction, cancellationToken);

    /// <summary>Runs <paramref name="work"/> in a read transaction, retrying it on transient errors.</summary>
    public Task<T> ExecuteReadAsync<T>(Func<AsyncTransaction, Task<T>> work, CancellationToken cancellationToken = default) =>
        ExecuteAsync(AccessMode.Read, work, TransactionConfig.Empty, TelemetryApi.ManagedTransaction, cancellationToken);

    /// <summary>Runs <paramref name="work"/> in a write transaction, retrying it on transient errors.</summary>
    public Task<T> ExecuteWriteAsync<T>(Func<AsyncTransaction, Task<T>> work, CancellationToken cancellationToken = default) =>
        ExecuteAsync(AccessMode.Write, work, TransactionConfig.Empty, TelemetryApi.ManagedTransaction, cancellationToken);

    public Task<T> ExecuteReadAsync<T>(Func<AsyncTransaction, Task<T>> work, TransactionConfig config, CancellationToken cancellationToken = default) =>
        ExecuteAsync(AccessMode.Read, work, config, TelemetryApi.ManagedTransaction, cancellationToken);

    public Task<T> ExecuteWriteAsync<T>(Func<AsyncTransaction, Task<T>> work, TransactionConfig config, CancellationToken cancellationToken = default) =>
        ExecuteAsync(AccessMode.Write, work, config, TelemetryApi.ManagedTransaction, cancellationToken);

    public Task ExecuteReadAsync(Func<AsyncTransaction, Task> work, CancellationToken cancellationToken = default) =>
        ExecuteReadAsync(async tx => { await work(tx).ConfigureAwait(false); return true; }, cancellationToken);

    public Task ExecuteWriteAsync(Func<AsyncTransaction, Task> work, CancellationToken cancellationToken = default) =>
        ExecuteWriteAsync(async tx => { await work(tx).ConfigureAwait(false); return true; }, cancellationToken);

    /// <summary>
    /// Ends the session: an open transaction is rolled back and an unread result discarded (DISCARD), then the
    /// connection goes back to the pool. A failure doing so is thrown (after the connection was returned).
    /// </summary>
    public async Task CloseAsync()
    {
        if (_disposed)
        {
            return;
        }

        try
        {
            if (_transaction is { IsOpen: true } transaction)
            {
                await transaction.CloseAsync(CancellationToken.None).ConfigureAwait(false);
            }

            if (_autoCommitResult is { IsOpen: true } open)
            {
                await open.DiscardAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }
        finally
        {
            await ReleaseAsync().ConfigureAwait(false);
            _disposed = true;
        }
    }

    /// <summary>Closes the session; unlike <see cref="CloseAsync"/>, a failure to roll back or discard is not thrown.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await CloseAsync().ConfigureAwait(false);
        }
        catch (Neo4jException)
        {
            // Closing must not fail because a result or transaction left behind could not be finished.
        }
    }

    /// <summary>The driver-level ExecuteQuery: one managed transaction whose telemetry says so.</summary>
    internal Task<T> ExecuteQueryAsync<T>(AccessMode mode, Func<AsyncTransaction, Task<T>> work, TransactionConfig config, CancellationToken cancellationToken) =>
        ExecuteAsync(mode, work, config, TelemetryApi.ExecuteQuery, cancellationToken);

    /// <summary>
    /// A connection for the session's database and credentials, for driver-level checks (server info, connectivity, and
    /// with <paramref name="authenticate"/> the credentials themselves).
    /// </summary>
    internal async Task<BoltConnection> AcquireForCheckAsync(bool authenticate, CancellationToken cancellationToken)
    {
        var request = new ConnectionRequest(AccessMode.Read, _database, _bookmarks, _config.ImpersonatedUser, _config.Auth)
        {
            ForceLivenessCheck = true,
            ForceAuthentication = authenticate,
        };
        var connection = await _driver.Provider.AcquireAsync(request, cancellationToken).ConfigureAwait(false);
        _database = request.Database;
        return connection;
    }

    private async Task<ResultCursor> RunAsync(
        string query, object? parameters, TransactionConfig config, TelemetryApi api, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(config);
        config.Validate();
        await PrepareAsync(cancellationToken).ConfigureAwait(false);
        var bookmarks = await BookmarksForNextAsync(cancellationToken).ConfigureAwait(false);
        var mode = _config.DefaultAccessMode;
        var connection = await AcquireAsync(mode, bookmarks, cancellationToken).ConfigureAwait(false);
        var format = connection.Format;
        var values = QueryParameters.From(parameters);
        try
        {
            var extra = format.TransactionExtra(new TransactionParameters(
                bookmarks, mode, _database, _config.ImpersonatedUser, config, _config.Notifications));
            if (connection.TelemetryEnabled)
            {
                connection.EnqueueDeferred(new TelemetryMessage(api));
            }

            connection.Enqueue(format.Run(query, values, extra));
            connection.Enqueue(format.Pull(_fetchSize));
        }
        catch
        {
            await ReleaseAsync().ConfigureAwait(false);
            throw;
        }

        connection.StartAutoCommit();
        var cursor = new ResultCursor(connection, query, values, _fetchSize, async (summary, _) =>
        {
            if (summary?.Bookmark is { } bookmark)
            {
                await ReplaceBookmarksAsync(bookmarks, bookmark, CancellationToken.None).ConfigureAwait(false);
            }

            _autoCommitResult = null;
            connection.CompleteResult();
            await ReleaseAsync().ConfigureAwait(false);
        });
        _autoCommitResult = cursor;
        await cursor.StartAsync(cancellationToken).ConfigureAwait(false);
        return cursor;
    }

    private async Task<AsyncTransaction> BeginTransactionAsync(
        AccessMode? mode, TransactionConfig config, TelemetryApi api, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.Validate();
        await PrepareAsync(cancellationToken).ConfigureAwait(false);
        var bookmarks = await BookmarksForNextAsync(cancellationToken).ConfigureAwait(false);
        var accessMode = mode ?? _config.DefaultAccessMode;
        var connection = await AcquireAsync(accessMode, bookmarks, cancellationToken).ConfigureAwait(false);
        try
        {
            var parameters = new TransactionParameters(bookmarks, accessMode, _database, _config.ImpersonatedUser, config, _config.Notifications);
            _transaction = AsyncTransaction.Begin(connection, parameters, api, _fetchSize, async bookmark =>
            {
                if (bookmark is not null)
                {
                    await ReplaceBookmarksAsync(bookmarks, bookmark, CancellationToken.None).ConfigureAwait(false);
                }

                _transaction = null;
                await ReleaseAsync().ConfigureAwait(false);
            });
        }
        catch
        {
            await ReleaseAsync().ConfigureAwait(false);
            throw;
        }

        return _transaction;
    }

    private Task<T> ExecuteAsync<T>(
        AccessMode mode, Func<AsyncTransaction, Task<T>> work, TransactionConfig config, TelemetryApi api, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        return _driver.RetryPolicy.ExecuteAsync(
            async () =>
            {
                var transaction = await BeginTransactionAsync(mode, config, api, cancellationToken).ConfigureAwait(false);
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
    /// Before new work: an unfinished auto-commit result is read to its end (so its bookmark counts and its records
    /// stay readable), and a transaction still open is misuse.
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

    /// <summary>The session's bookmarks, plus the bookmark manager's when the session has one.</summary>
    private async Task<IReadOnlyList<string>> BookmarksForNextAsync(CancellationToken cancellationToken)
    {
        if (_config.BookmarkManager is not { } manager)
        {
            return _bookmarks;
        }

        var shared = await manager.GetBookmarksAsync(cancellationToken).ConfigureAwait(false);
        return _bookmarks.Union(shared, StringComparer.Ordinal).ToList();
    }

    private async ValueTask ReplaceBookmarksAsync(IReadOnlyList<string> used, string bookmark, CancellationToken cancellationToken)
    {
        _bookmarks = [bookmark];
        if (_config.BookmarkManager is { } manager)
        {
            await manager.UpdateBookmarksAsync(used, _bookmarks, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<BoltConnection> AcquireAsync(AccessMode mode, IReadOnlyList<string> bookmarks, CancellationToken cancellationToken)
    {
        var request = new ConnectionRequest(mode, _database, bookmarks, _config.ImpersonatedUser, _config.Auth);
        var connection = await _driver.Provider.AcquireAsync(request, cancellationToken).ConfigureAwait(false);
        _database = request.Database;
        _connection = connection;
        return connection;
    }

    private async ValueTask ReleaseAsync()
    {
        if (_connection is { } connection)
        {
            _connection = null;
            await _driver.Provider.ReleaseAsync(connection).ConfigureAwait(false);
        }
    }
}
