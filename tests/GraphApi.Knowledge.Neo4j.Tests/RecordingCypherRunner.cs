namespace GraphApi.Knowledge.Neo4j.Tests;

/// <summary>
/// A stand-in server that records every statement with its parameters and answers as an empty partition would: no
/// rows, except that the import lock is free and no node of the old layout is left. Its agent is configurable, so the
/// store sends the Cypher of any dialect.
/// </summary>
internal sealed class RecordingCypherRunner(string agent = "Neo4j/3.1.1") : ICypherRunner
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
        if (query == queries.Imports.AcquireLock)
        {
            return [new Dictionary<string, object?> { ["acquired"] = true, ["owner"] = parameters["owner"], ["remainingMs"] = 30_000L }];
        }

        if (query == queries.Imports.RenewLock)
        {
            return [new Dictionary<string, object?> { ["owner"] = parameters["owner"] }];
        }

        return query == queries.Imports.LegacyCount ? [new Dictionary<string, object?> { ["count"] = 0L }] : [];
    }
}
