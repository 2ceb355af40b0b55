using GraphApi.Bolt;

namespace GraphApi.Knowledge.Neo4j;

/// <summary><see cref="ICypherRunner"/> over our Bolt driver, reads as retried auto-commit queries (one round trip each), writes as managed transactions (retried on transient errors).</summary>
internal sealed class BoltCypherRunner(BoltDriver driver) : ICypherRunner
{
    public long RoundTrips => driver.Metrics.RoundTrips;

    public async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ReadAsync(string query, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        // One statement per read: an auto-commit query (one round trip) with the same retries as a managed transaction.
        var records = await driver.ExecuteQueryAsync(query, parameters, AccessMode.Read, cancellationToken).ConfigureAwait(false);
        return Rows(records);
    }

    public async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> WriteAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
    {
        await using var session = driver.AsyncSession(c => c.DefaultAccessMode = AccessMode.Write);
        return await session.ExecuteWriteAsync(async tx =>
        {
            IReadOnlyList<IReadOnlyDictionary<string, object?>> last = [];
            foreach (var statement in statements)
            {
                var cursor = await tx.RunAsync(statement.Query, statement.Parameters, cancellationToken).ConfigureAwait(false);
                last = Rows(await cursor.ToListAsync(cancellationToken).ConfigureAwait(false));
                if (statement.Guard is { } guard && last.Count == 0)
                {
                    throw new CypherGuardException(guard);
                }
            }

            return last;
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<string> GetServerAgentAsync(CancellationToken cancellationToken) =>
        (await driver.GetServerInfoAsync(cancellationToken).ConfigureAwait(false)).Agent;

    public ValueTask DisposeAsync() => driver.DisposeAsync();

    private static List<IReadOnlyDictionary<string, object?>> Rows(IReadOnlyList<Record> records)
    {
        var rows = new List<IReadOnlyDictionary<string, object?>>(records.Count);
        foreach (var record in records)
        {
            var row = new Dictionary<string, object?>(record.Keys.Count, StringComparer.Ordinal);
            for (var i = 0; i < record.Keys.Count; i++)
            {
                row[record.Keys[i]] = record.Values[i];
            }

            rows.Add(row);
        }

        return rows;
    }
}
