namespace GraphApi.Knowledge.Neo4j.Tests;

/// <summary>
/// A stand-in server that records every statement with its parameters and answers as an empty partition would: no
/// rows, except that the import lock is free and the partition holds <paramref name="legacyNodes"/> nodes of the old
/// layout until the store deletes them. Its agent is configurable, so the store sends the Cypher of any dialect, and
/// <paramref name="script"/> may answer chosen queries (a previous import's entities and sources, say).
/// </summary>
internal sealed class RecordingCypherRunner(
    string agent = "Neo4j/3.1.1",
    long legacyNodes = 0,
    Func<CypherQueries, string, IReadOnlyList<IReadOnlyDictionary<string, object?>>?>? script = null) : ICypherRunner
{
    private readonly List<(string Query, IReadOnlyDictionary<string, object?> Parameters)> sent = [];

    public IReadOnlyList<(string Query, IReadOnlyDictionary<string, object?> Parameters)> Sent
    {
        get
        {
            lock (sent)
            {
                return [.. sent];
            }
        }
    }

    public IEnumerable<string> Queries => Sent.Select(s => s.Query);

    public long RoundTrips => Sent.Count;

    public Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ReadAsync(string query, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken) =>
        Task.FromResult(Answer(query, parameters));

    public Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> WriteAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
    {
        IReadOnlyList<IReadOnlyDictionary<string, object?>> last = [];
        foreach (var statement in statements)
        {
            last = Answer(statement.Query, statement.Parameters);
        }

        return Task.FromResult(last);
    }

    public Task<string> GetServerAgentAsync(CancellationToken cancellationToken) => Task.FromResult(agent);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private IReadOnlyList<IReadOnlyDictionary<string, object?>> Answer(string query, IReadOnlyDictionary<string, object?> parameters)
    {
        lock (sent)
        {
            sent.Add((query, parameters));
        }

        var queries = CypherQueries.For(CypherDialects.FromAgent(agent));
        if (script?.Invoke(queries, query) is { } scripted)
        {
            return scripted;
        }

        if (query == queries.Imports.AcquireLock)
        {
            return [new Dictionary<string, object?> { ["acquired"] = true, ["owner"] = parameters["owner"], ["remainingMs"] = 30_000L }];
        }

        if (query == queries.Imports.RenewLock)
        {
            return [new Dictionary<string, object?> { ["owner"] = parameters["owner"] }];
        }

        if (query == queries.Imports.DeleteLegacyBatch)
        {
            legacyNodes = 0;
        }

        return query == queries.Imports.LegacyCount ? [new Dictionary<string, object?> { ["count"] = legacyNodes }] : [];
    }
}
