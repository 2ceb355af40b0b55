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
