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

    public async Task WriteAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
    {
        await using var session = driver.AsyncSession(c => c.DefaultAccessMode = AccessMode.Write);
        await session.ExecuteWriteAsync(async tx =>
        {
            foreach (var statement in statements)
            {
                await (await tx.RunAsync(statement.Query, statement.Parameters, cancellationToken).ConfigureAwait(false)).ConsumeAsync(cancellationToken).ConfigureAwait(false);
            }
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<string> GetServerAgentAsync(CancellationToken cancellationToken) =>
        (await driver.GetServerInfoAsync(cancellationToken).ConfigureAwait(false)).Agent;

    public ValueTask DisposeAsync() => driver.DisposeAsync();
}
