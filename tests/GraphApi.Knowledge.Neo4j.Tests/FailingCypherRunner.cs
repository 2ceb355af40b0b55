namespace GraphApi.Knowledge.Neo4j.Tests;

/// <summary>
/// Passes writes through, except the <c>failAt</c>-th transaction of the import's data (the transactions that end
/// with the import lock's guard, leaving out the lock's own renewals): half its statements, then one the server refuses.
/// </summary>
internal sealed class FailingCypherRunner(ICypherRunner inner, int failAt) : ICypherRunner
{
    public int Writes { get; private set; }

    public long RoundTrips => inner.RoundTrips;

    public Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ReadAsync(string query, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken) =>
        inner.ReadAsync(query, parameters, cancellationToken);

    public Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> WriteAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
    {
        if (statements.Count < 2 || statements[^1].Guard is null || ++Writes != failAt)
        {
            return inner.WriteAsync(statements, cancellationToken);
        }

        var refused = new CypherStatement("RETURN 1 / $zero", new Dictionary<string, object?> { ["zero"] = 0L });
        return inner.WriteAsync([.. statements.Take(Math.Max(1, statements.Count / 2)), refused], cancellationToken);
    }

    public Task<string> GetServerAgentAsync(CancellationToken cancellationToken) => inner.GetServerAgentAsync(cancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
