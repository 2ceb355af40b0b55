namespace GraphApi.Bolt.Connections;

/// <summary>bolt://: every unit of work goes to the one server in the URI, whatever its access mode.</summary>
internal sealed class DirectConnectionProvider(ConnectionPool pool) : IConnectionProvider
{
    public async Task<BoltConnection> AcquireAsync(ConnectionRequest request, CancellationToken cancellationToken)
    {
        var connection = await pool.AcquireAsync(request.SessionAuth, request.ForceLivenessCheck, request.ForceAuthentication, cancellationToken).ConfigureAwait(false);
        connection.ErrorHandler = new PoolErrorHandler(pool, request.SessionAuth is not null);
        return connection;
    }

    public ValueTask ReleaseAsync(BoltConnection connection) => pool.ReleaseAsync(connection);

    public (int InUse, int Idle) PoolMetrics(ServerAddress address) =>
        address == pool.Address ? (pool.InUseCount, pool.IdleCount) : (0, 0);

    public ValueTask DisposeAsync() => pool.DisposeAsync();
}
