namespace GraphApi.Bolt.Connections;

/// <summary>
/// What every handed-out connection's failures mean to its pool, routing or not: an expired authorization retires all
/// connections of that server, and a security error is offered to the auth token manager (unless the session brought
/// its own credentials), which may handle it and so make the work retryable.
/// </summary>
internal class PoolErrorHandler(ConnectionPool pool, bool sessionAuth) : IConnectionErrorHandler
{
    public virtual ValueTask<Neo4jException> OnConnectionFailureAsync(BoltConnection connection, Neo4jException error) =>
        ValueTask.FromResult(error);

    public virtual async ValueTask<Neo4jException> OnServerFailureAsync(BoltConnection connection, Neo4jException error)
    {
        if (error.Code == "Neo.ClientError.Security.AuthorizationExpired")
        {
            await pool.InvalidateAsync().ConfigureAwait(false);
        }

        if (error.IsSecurityError && !sessionAuth)
        {
            error.MarkedRetryable =
                await pool.AuthManager.HandleSecurityExceptionAsync(connection.Auth, error, CancellationToken.None).ConfigureAwait(false);
        }

        return error;
    }
}
