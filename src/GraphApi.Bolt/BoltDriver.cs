using GraphApi.Bolt.Connections;

namespace GraphApi.Bolt;

/// <summary>
/// Entry point, shaped like the official Neo4j drivers:
/// <c>BoltDriver.Create(new Uri("bolt://127.0.0.1:7687"), AuthTokens.Basic("neo4j", "pw"))</c>, then
/// <see cref="AsyncSession"/> for work. Thread-safe; create one per application and dispose it at shutdown.
/// </summary>
public sealed class BoltDriver : IAsyncDisposable
{
    private readonly ServerAddress _address;

    private BoltDriver(ServerAddress address, AuthToken auth, DriverOptions options)
    {
        _address = address;
        Options = options;
        RetryPolicy = new TransactionRetryPolicy(options);
        Pool = new ConnectionPool(options, ct => BoltConnection.OpenAsync(address, auth, options, Metrics, ct));
    }

    public DriverMetrics Metrics { get; } = new();

    internal DriverOptions Options { get; }

    internal ConnectionPool Pool { get; }

    internal TransactionRetryPolicy RetryPolicy { get; }

    /// <summary>
    /// Accepts bolt, bolt+s, bolt+ssc, neo4j, neo4j+s and neo4j+ssc URIs. The neo4j schemes talk to the one
    /// server named in the URI; no routing table is fetched (see README.md).
    /// </summary>
    public static BoltDriver Create(Uri uri, AuthToken auth, DriverOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(auth);
        options ??= new DriverOptions();
        options.Validate();
        return new BoltDriver(ServerAddress.Parse(uri), auth, options);
    }

    public AsyncSession AsyncSession(Action<SessionConfig>? configure = null)
    {
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
        return new TransactionRetryPolicy(Options).ExecuteAsync(async () =>
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
    /// round trip for the batch where <see cref="ExecuteQueryAsync"/> would cost one each. Returns each query's records
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

        return new TransactionRetryPolicy(Options).ExecuteAsync(async () =>
        {
            await using var session = AsyncSession(c => c.DefaultAccessMode = mode);
            return await session.RunPipelinedAsync(queries, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
    }

    /// <summary>Opens (or reuses) a connection, proving the server is reachable and accepts the credentials.</summary>
    public async Task VerifyConnectivityAsync(CancellationToken cancellationToken = default)
    {
        var connection = await Pool.AcquireAsync(cancellationToken).ConfigureAwait(false);
        await Pool.ReleaseAsync(connection).ConfigureAwait(false);
    }

    public async Task<ServerInfo> GetServerInfoAsync(CancellationToken cancellationToken = default)
    {
        var connection = await Pool.AcquireAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return new ServerInfo(_address.ToString(), connection.ServerAgent, connection.Version, connection.ConnectionId);
        }
        finally
        {
            await Pool.ReleaseAsync(connection).ConfigureAwait(false);
        }
    }

    public ValueTask DisposeAsync() => Pool.DisposeAsync();
}
