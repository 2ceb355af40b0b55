using GraphApi.Bolt.Auth;
using GraphApi.Bolt.Connections;
using GraphApi.Bolt.Routing;

namespace GraphApi.Bolt;

/// <summary>
/// Entry point, shaped like the official Neo4j drivers:
/// <c>BoltDriver.Create(new Uri("bolt://127.0.0.1:7687"), AuthTokens.Basic("neo4j", "pw"))</c>, then
/// <see cref="AsyncSession"/> for work. bolt:// talks to one server; neo4j:// fetches routing tables and sends reads
/// to readers and writes to writers of a cluster. Thread-safe; create one per application and dispose it at shutdown.
/// </summary>
public sealed class BoltDriver : IAsyncDisposable
{
    private readonly BoltUri _uri;
    private bool _closed;

    private BoltDriver(BoltUri uri, IAuthTokenManager auth, DriverOptions options)
    {
        _uri = uri;
        Options = options;
        RetryPolicy = new TransactionRetryPolicy(options);
        var settings = new ConnectionSettings(
            options.UserAgent,
            uri.Encryption,
            options.ServerCertificateValidation,
            options.ConnectionTimeout,
            options.ConnectionReadTimeout,
            uri.Routing ? uri.RoutingContext : null,
            options.Notifications,
            options.TelemetryDisabled,
            options.TimeProvider,
            Metrics,
            options.DomainNameResolver);
        ConnectionPool NewPool(ServerAddress address) =>
            new(address, options, auth, (target, token, ct) => BoltConnection.OpenAsync(target, token, settings, ct));
        Provider = uri.Routing
            ? new RoutingConnectionProvider(uri, options, NewPool)
            : new DirectConnectionProvider(NewPool(uri.Address));
    }

    public DriverMetrics Metrics { get; } = new();

    /// <summary>Whether the URI's scheme asked for TLS (bolt+s, bolt+ssc, neo4j+s, neo4j+ssc).</summary>
    public bool Encrypted => _uri.Encryption != EncryptionMode.None;

    /// <summary>The bookmark manager that chains driver-level ExecuteQuery calls, so each sees the writes of the one before.</summary>
    public IBookmarkManager ExecuteQueryBookmarkManager { get; } = new BookmarkManager();

    internal DriverOptions Options { get; }

    internal IConnectionProvider Provider { get; }

    internal TransactionRetryPolicy RetryPolicy { get; }

    /// <summary>
    /// Accepts bolt, bolt+s, bolt+ssc, neo4j, neo4j+s and neo4j+ssc URIs; a neo4j URI may carry a routing context in its
    /// query string (neo4j://host?region=eu).
    /// </summary>
    public static BoltDriver Create(Uri uri, AuthToken auth, DriverOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(auth);
        return Create(uri, new StaticAuthTokenManager(auth), options);
    }

    /// <summary>A driver whose credentials come from <paramref name="authManager"/> and may change while it runs.</summary>
    public static BoltDriver Create(Uri uri, IAuthTokenManager authManager, DriverOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(authManager);
        options ??= new DriverOptions();
        options.Validate();
        return new BoltDriver(BoltUri.Parse(uri), authManager, options);
    }

    public AsyncSession AsyncSession(Action<SessionConfig>? configure = null)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        var config = new SessionConfig();
        configure?.Invoke(config);
        return new AsyncSession(this, config);
    }

    /// <summary>
    /// Runs one query as an auto-commit transaction and returns all its records, retrying on transient errors like a
    /// managed transaction. RUN and PULL go out together, so a result that fits one fetch costs one round trip where
    /// BEGIN…COMMIT costs two. Retrying re-runs the query, so use it for reads and other idempotent statements.
    /// </summary>
    public Task<IReadOnlyList<Record>> ExecuteQueryAsync(string query, object? parameters = null, AccessMode mode = AccessMode.Read, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        return RetryPolicy.ExecuteAsync(async () =>
        {
            await using var session = AsyncSession(c => c.DefaultAccessMode = mode);
            var cursor = await session.RunAsync(query, parameters, cancellationToken).ConfigureAwait(false);
            var records = new List<Record>();
            await foreach (var record in cursor.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                records.Add(record);
            }

            return (IReadOnlyList<Record>)records;
        }, cancellationToken);
    }

    /// <summary>
    /// Runs independent queries as auto-commit transactions pipelined on one connection, all sent in one flush: one
    /// round trip for the batch where <see cref="ExecuteQueryAsync(string, object?, AccessMode, CancellationToken)"/> would cost one each. Returns each query's records
    /// in the order given; a failure of any query fails the batch, which is retried whole on transient errors, so use
    /// it for reads and other idempotent statements.
    /// </summary>
    public Task<IReadOnlyList<IReadOnlyList<Record>>> ExecuteQueriesAsync(IReadOnlyList<(string Query, object? Parameters)> queries, AccessMode mode = AccessMode.Read, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(queries);
        if (queries.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<IReadOnlyList<Record>>>([]);
        }

        return RetryPolicy.ExecuteAsync(async () =>
        {
            await using var session = AsyncSession(c => c.DefaultAccessMode = mode);
            return await session.RunPipelinedAsync(queries, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
    }

    /// <summary>
    /// The official drivers' ExecuteQuery: the query runs in a managed transaction (retried on transient errors),
    /// chained to earlier ones through the bookmark manager, and every record is returned with the keys and summary.
    /// </summary>
    public async Task<EagerResult> ExecuteQueryAsync(string query, object? parameters, QueryConfig config, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        ArgumentNullException.ThrowIfNull(config);
        await using var session = AsyncSession(c =>
        {
            c.Database = config.Database;
            c.ImpersonatedUser = config.ImpersonatedUser;
            c.Auth = config.Auth;
            c.BookmarkManager = config.EnableBookmarkManager ? config.BookmarkManager ?? ExecuteQueryBookmarkManager : null;
        });
        return await session.ExecuteQueryAsync(config.Routing, async tx =>
        {
            var cursor = await tx.RunAsync(query, parameters, cancellationToken).ConfigureAwait(false);
            var records = await cursor.ToListAsync(cancellationToken).ConfigureAwait(false);
            var summary = await cursor.ConsumeAsync(cancellationToken).ConfigureAwait(false);
            return new EagerResult(cursor.Keys, records, summary);
        }, config.Transaction, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Opens (or checks) a connection to a reader, proving the server is reachable and accepts the credentials.</summary>
    public async Task VerifyConnectivityAsync(CancellationToken cancellationToken = default) =>
        await GetServerInfoAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>The server a read would go to: address, agent and negotiated Bolt version.</summary>
    public async Task<ServerInfo> GetServerInfoAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        await using var session = AsyncSession();
        var connection = await session.AcquireForCheckAsync(authenticate: false, cancellationToken).ConfigureAwait(false);
        try
        {
            return new ServerInfo(connection.Address.ToString(), connection.ServerAgent, connection.Version, connection.ConnectionId);
        }
        finally
        {
            await Provider.ReleaseAsync(connection).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Whether the server accepts <paramref name="auth"/> (the driver's own credentials when null): true, or false when it
    /// refuses them (unauthorized, forbidden, expired credentials or token). Other failures are thrown.
    /// </summary>
    public async Task<bool> VerifyAuthenticationAsync(AuthToken? auth = null, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        // With routing, the check goes through the routing table of the system database, which every member serves
        // (as the official drivers do); a direct driver checks the one server.
        await using var session = AsyncSession(c =>
        {
            c.Auth = auth;
            c.Database = _uri.Routing ? "system" : null;
        });
        try
        {
            // A pooled connection logs on again (5.1+), even with the credentials it holds; before 5.1 a new connection
            // presents them, and credentials of the session's own are not supported there.
            var connection = await session.AcquireForCheckAsync(authenticate: true, cancellationToken).ConfigureAwait(false);
            try
            {
                // A queued LOGOFF + LOGON travels with the liveness RESET; make sure it was answered.
                await connection.ResetAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                await Provider.ReleaseAsync(connection).ConfigureAwait(false);
            }

            return true;
        }
        catch (Neo4jException ex) when (RefusesCredentials(ex.Code))
        {
            return false;
        }
    }

    /// <summary>
    /// The security errors that mean "these credentials are not accepted"; any other (an expired authorization, a rate
    /// limit, one the driver does not know) says nothing about them and is thrown.
    /// </summary>
    private static bool RefusesCredentials(string? code) => code is
        "Neo.ClientError.Security.CredentialsExpired" or "Neo.ClientError.Security.Forbidden"
        or "Neo.ClientError.Security.TokenExpired" or "Neo.ClientError.Security.Unauthorized";

    /// <summary>Whether sessions may bring their own credentials (the server speaks Bolt 5.1 or later).</summary>
    public async Task<bool> SupportsSessionAuthAsync(CancellationToken cancellationToken = default) =>
        (await GetServerInfoAsync(cancellationToken).ConfigureAwait(false)).ProtocolVersion >= BoltVersion.V5_1;

    /// <summary>Whether the server knows databases other than the default one (Bolt 4 or later).</summary>
    public async Task<bool> SupportsMultiDatabaseAsync(CancellationToken cancellationToken = default) =>
        (await GetServerInfoAsync(cancellationToken).ConfigureAwait(false)).ProtocolVersion >= BoltVersion.V4_0;

    /// <summary>The routing table cached for a database (neo4j:// only), for tests and diagnostics.</summary>
    internal RoutingTable? RoutingTable(string? database) => (Provider as RoutingConnectionProvider)?.CachedTable(database);

    /// <summary>Fetches a database's routing table now (neo4j:// only).</summary>
    internal Task RefreshRoutingTableAsync(string? database, IReadOnlyList<string> bookmarks, CancellationToken cancellationToken = default) =>
        Provider is RoutingConnectionProvider routing
            ? routing.RefreshAsync(database, bookmarks, null, null, cancellationToken)
            : throw new InvalidOperationException("Only a neo4j:// driver has routing tables.");

    /// <summary>In-use and idle connections towards one server.</summary>
    public (int InUse, int Idle) PoolMetrics(ServerAddress address) => Provider.PoolMetrics(address);

    public async ValueTask DisposeAsync()
    {
        _closed = true;
        await Provider.DisposeAsync().ConfigureAwait(false);
    }
}
