namespace GraphApi.Bolt.Connections;

/// <summary>
/// Learns of the failures of a handed-out connection before its user does, and may replace the error: routing forgets
/// a member that went away or is no longer the leader, the pool drops connections whose authorization expired, and an
/// auth token manager gets the chance to handle a security error.
/// </summary>
internal interface IConnectionErrorHandler
{
    /// <summary>The connection broke (I/O error, read timeout, protocol violation).</summary>
    ValueTask<Neo4jException> OnConnectionFailureAsync(BoltConnection connection, Neo4jException error);

    /// <summary>The server answered FAILURE; the connection was reset and stays usable unless it was a security error.</summary>
    ValueTask<Neo4jException> OnServerFailureAsync(BoltConnection connection, Neo4jException error);
}
