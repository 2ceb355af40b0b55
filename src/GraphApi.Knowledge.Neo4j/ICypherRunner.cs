namespace GraphApi.Knowledge.Neo4j;

/// <summary>
/// The store's only way to the database: parameterised Cypher in, rows out. Query texts come from
/// <see cref="CypherQueries"/>; every value travels in <c>parameters</c>. A test can record what is sent.
/// </summary>
internal interface ICypherRunner : IAsyncDisposable
{
    /// <summary>Runs one read query in a read transaction (one round trip) and returns its rows.</summary>
    Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ReadAsync(string query, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken);

    /// <summary>
    /// Runs the statements in one write transaction: all of them are committed, or none. A statement with a
    /// <see cref="CypherStatement.Guard"/> that returns no row rolls the transaction back with a
    /// <see cref="CypherGuardException"/>. Returns the rows of the last statement.
    /// </summary>
    Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> WriteAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken);

    /// <summary>The server's agent string, e.g. <c>Neo4j/3.1.1</c>.</summary>
    Task<string> GetServerAgentAsync(CancellationToken cancellationToken);

    /// <summary>Request batches sent and awaited so far.</summary>
    long RoundTrips { get; }
}

/// <summary>One parameterised statement of a write transaction.</summary>
/// <param name="Guard">When set, the statement must return a row, or the transaction is rolled back; the text says what was expected.</param>
internal sealed record CypherStatement(string Query, IReadOnlyDictionary<string, object?> Parameters, string? Guard = null);

/// <summary>A guarded statement returned no row, so its transaction was rolled back.</summary>
internal sealed class CypherGuardException(string guard) : InvalidOperationException(guard);
