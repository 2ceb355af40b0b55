namespace GraphApi.Knowledge.Neo4j;

/// <summary>
/// The store's only way to the database: parameterised Cypher in, rows out. Query texts are constants of
/// <see cref="CypherQueries"/>; every value travels in <c>parameters</c>. A test can record what is sent.
/// </summary>
internal interface ICypherRunner : IAsyncDisposable
{
    /// <summary>Runs one read query in a read transaction (one round trip) and returns its rows.</summary>
    Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ReadAsync(string query, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken);

    /// <summary>Runs the statements in one write transaction: all of them are committed, or none.</summary>
    Task WriteAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken);

    /// <summary>The server's agent string, e.g. <c>Neo4j/3.1.1</c>.</summary>
    Task<string> GetServerAgentAsync(CancellationToken cancellationToken);

    /// <summary>Request batches sent and awaited so far.</summary>
    long RoundTrips { get; }
}

/// <summary>One parameterised statement of a write transaction.</summary>
internal sealed record CypherStatement(string Query, IReadOnlyDictionary<string, object?> Parameters);
