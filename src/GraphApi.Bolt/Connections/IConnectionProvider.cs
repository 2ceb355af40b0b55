namespace GraphApi.Bolt.Connections;

/// <summary>Where a unit of work gets its connection: the one server of a bolt:// URI, or a cluster member chosen by routing.</summary>
internal interface IConnectionProvider : IAsyncDisposable
{
    Task<BoltConnection> AcquireAsync(ConnectionRequest request, CancellationToken cancellationToken);

    ValueTask ReleaseAsync(BoltConnection connection);

    /// <summary>In-use and idle connection counts towards one server (zero for a server the driver never contacted).</summary>
    (int InUse, int Idle) PoolMetrics(ServerAddress address);
}
