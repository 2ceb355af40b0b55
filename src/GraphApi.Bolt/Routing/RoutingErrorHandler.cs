using GraphApi.Bolt.Connections;

namespace GraphApi.Bolt.Routing;

/// <summary>
/// What a failure on a routed connection means for the routing tables: a lost connection forgets the member everywhere;
/// NotALeader and ForbiddenOnReadOnlyDatabase make it stop taking writes for that database (and become retryable, so
/// the retry goes to the new leader); DatabaseUnavailable drops it from that database's table.
/// </summary>
internal sealed class RoutingErrorHandler(RoutingConnectionProvider provider, ConnectionPool pool, string? database, bool sessionAuth)
    : PoolErrorHandler(pool, sessionAuth)
{
    public override async ValueTask<Neo4jException> OnConnectionFailureAsync(BoltConnection connection, Neo4jException error)
    {
        await provider.ForgetAsync(connection.Address).ConfigureAwait(false);
        return error;
    }

    public override async ValueTask<Neo4jException> OnServerFailureAsync(BoltConnection connection, Neo4jException error)
    {
        switch (error.Code)
        {
            case "Neo.ClientError.Cluster.NotALeader" or "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase":
                provider.ForgetWriter(connection.Address, database);
                error.MarkedRetryable = true;
                break;
            case "Neo.TransientError.General.DatabaseUnavailable":
                provider.ForgetInDatabase(connection.Address, database);
                break;
        }

        return await base.OnServerFailureAsync(connection, error).ConfigureAwait(false);
    }
}
