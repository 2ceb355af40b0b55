using System.Collections.Concurrent;
using GraphApi.Bolt.Connections;

namespace GraphApi.Bolt.Routing;

/// <summary>
/// neo4j://: keeps one routing table per database and one connection pool per cluster member. A unit of work gets a
/// connection to a reader or a writer of its database (the least busy one); a stale table is fetched again first. A
/// member whose connection fails is forgotten by every table and its idle connections closed; one that answers
/// NotALeader or ForbiddenOnReadOnlyDatabase stops taking writes. Both errors are retryable, so a managed transaction
/// retries on another member within its retry budget.
/// </summary>
internal sealed partial class RoutingConnectionProvider : IConnectionProvider
{
    private readonly BoltUri _uri;
    private readonly DriverOptions _options;
    private readonly Func<ServerAddress, ConnectionPool> _newPool;
    private readonly ConcurrentDictionary<ServerAddress, ConnectionPool> _pools = new();
    private readonly ConcurrentDictionary<string, RoutingTable> _tables = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _refreshLocks = new(StringComparer.Ordinal);
    private int _roundRobin;
    private volatile bool _closed;

    public RoutingConnectionProvider(BoltUri uri, DriverOptions options, Func<ServerAddress, ConnectionPool> newPool)
    {
        _uri = uri;
        _options = options;
        _newPool = newPool;
    }

    public async Task<BoltConnection> AcquireAsync(ConnectionRequest request, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        var table = await TableForAsync(request, cancellationToken).ConfigureAwait(false);
        var candidates = table.ServersFor(request.Mode);
        if (candidates.Count == 0)
        {
            throw new SessionExpiredException(
                $"No {Role(request.Mode)} is known for database {DatabaseName(request.Database)} after refreshing its routing table.");
        }

        Neo4jException? last = null;
        foreach (var address in LeastBusyFirst(candidates))
        {
            var pool = PoolFor(address);
            try
            {
                var connection = await pool.AcquireAsync(request.SessionAuth, request.ForceLivenessCheck, request.ForceAuthentication, cancellationToken).ConfigureAwait(false);
                connection.ErrorHandler = new RoutingErrorHandler(this, pool, request.Database, request.SessionAuth is not null);
                return connection;
            }
            catch (ServiceUnavailableException ex)
            {
                last = ex;
                await ForgetAsync(address).ConfigureAwait(false);
            }
        }

        throw new SessionExpiredException(
            $"No {Role(request.Mode)} of database {DatabaseName(request.Database)} could be reached ({string.Join(", ", candidates)}).",
            last!);
    }

    public ValueTask ReleaseAsync(BoltConnection connection) =>
        _pools.TryGetValue(connection.Address, out var pool) ? pool.ReleaseAsync(connection) : connection.DisposeAsync();

    public (int InUse, int Idle) PoolMetrics(ServerAddress address) =>
        _pools.TryGetValue(address, out var pool) ? (pool.InUseCount, pool.IdleCount) : (0, 0);

    /// <summary>The cached table of a database (null: the default or home database), for tests and diagnostics.</summary>
    public RoutingTable? CachedTable(string? database) => _tables.GetValueOrDefault(Key(database));

    /// <summary>Fetches a database's routing table now, whatever the cached one says.</summary>
    public async Task<RoutingTable> RefreshAsync(
        string? database, IReadOnlyList<string> bookmarks, string? impersonatedUser, AuthToken? sessionAuth, CancellationToken cancellationToken)
    {
        var table = await DiscoverAsync(database, bookmarks, impersonatedUser, sessionAuth, cancellationToken).ConfigureAwait(false);
        Store(database, table);
        return table;
    }

    public async ValueTask DisposeAsync()
    {
        _closed = true;
        foreach (var pool in _pools.Values)
        {
            await pool.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>A member went away: no table lists it any more, and its idle connections are closed.</summary>
    internal async ValueTask ForgetAsync(ServerAddress address)
    {
        foreach (var table in _tables.Values)
        {
            table.Forget(address);
        }

        if (_pools.TryGetValue(address, out var pool))
        {
            await pool.InvalidateAsync().ConfigureAwait(false);
        }
    }

    internal void ForgetWriter(ServerAddress address, string? database)
    {
        if (_tables.TryGetValue(Key(database), out var table))
        {
            table.ForgetWriter(address);
        }
    }

    internal void ForgetInDatabase(ServerAddress address, string? database)
    {
        if (_tables.TryGetValue(Key(database), out var table))
        {
            table.Forget(address);
        }
    }

    /// <summary>
    /// The table to route this request with. Without a database name the home database is resolved: the cluster names
    /// it (Bolt 4.4+) and the request keeps that name, so the session's later work goes to the same database.
    /// </summary>
    private async Task<RoutingTable> TableForAsync(ConnectionRequest request, CancellationToken cancellationToken)
    {
        var key = Key(request.Database);
        if (_tables.TryGetValue(key, out var cached) && !cached.IsStaleFor(request.Mode, _options.TimeProvider.GetUtcNow()))
        {
            return cached;
        }

        var gate = _refreshLocks.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_tables.TryGetValue(key, out cached) && !cached.IsStaleFor(request.Mode, _options.TimeProvider.GetUtcNow()))
            {
                return cached;
            }

            var table = await DiscoverAsync(request.Database, request.Bookmarks, request.ImpersonatedUser, request.SessionAuth, cancellationToken)
                .ConfigureAwait(false);
            Store(request.Database, table);
            request.Database ??= table.Database;
            return table;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Keeps the table under the name it was asked for; a home-database table the cluster named is kept under that name
    /// only, so that the next session without a database resolves its home again (it may differ per user).
    /// </summary>
    private void Store(string? requested, RoutingTable table)
    {
        _tables[Key(requested is null && table.Database is not null ? table.Database : requested)] = table;
    }

    private IEnumerable<ServerAddress> LeastBusyFirst(IReadOnlyList<ServerAddress> candidates)
    {
        // Round robin among equally busy members, starting with the first the table lists.
        var start = (int)((uint)(Interlocked.Increment(ref _roundRobin) - 1) % (uint)candidates.Count);
        return Enumerable.Range(0, candidates.Count)
            .Select(i => candidates[(start + i) % candidates.Count])
            .OrderBy(address => _pools.TryGetValue(address, out var pool) ? pool.InUseCount : 0)
            .ToList();
    }

    private ConnectionPool PoolFor(ServerAddress address) => _pools.GetOrAdd(address, _newPool);

    private static string Key(string? database) => database ?? string.Empty;

    private static string Role(AccessMode mode) => mode == AccessMode.Read ? "reader" : "writer";

    private static string DatabaseName(string? database) => database is null ? "(the default database)" : $"'{database}'";
}
