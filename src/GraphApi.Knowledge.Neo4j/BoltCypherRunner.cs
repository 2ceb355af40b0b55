using GraphApi.Bolt;
using GraphApi.Knowledge.Stores;

namespace GraphApi.Knowledge.Neo4j;

/// <summary>
/// <see cref="ICypherRunner"/> over our Bolt driver: reads as retried auto-commit queries, writes as managed transactions
/// (retried on transient errors). Reads begun while a <see cref="ReadBatch"/> is open are held and pipelined together
/// when it closes (<see cref="BoltDriver.ExecuteQueriesAsync"/>), so the reads of one level of a GraphQL query cost one
/// round trip; other reads cost one each.
/// </summary>
internal sealed class BoltCypherRunner(BoltDriver driver) : ICypherRunner
{
    public long RoundTrips => driver.Metrics.RoundTrips;

    public async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ReadAsync(string query, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        if (ReadBatch.Current?.Part(this, () => new HeldReads(driver)) is { } held)
        {
            return await held.Add(query, parameters, cancellationToken).ConfigureAwait(false);
        }

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

    /// <summary>The reads held in one <see cref="ReadBatch"/>, sent in one pipelined batch when it closes.</summary>
    private sealed class HeldReads(BoltDriver driver) : ReadBatch.IPart
    {
        private readonly List<(string Query, object? Parameters)> queries = [];
        private readonly List<TaskCompletionSource<IReadOnlyList<IReadOnlyDictionary<string, object?>>>> waiting = [];
        private CancellationToken cancellationToken;

        public Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> Add(string query, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellation)
        {
            var completion = new TaskCompletionSource<IReadOnlyList<IReadOnlyDictionary<string, object?>>>(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (queries)
            {
                // The reads of one window belong to one request and share its cancellation.
                cancellationToken = queries.Count == 0 ? cancellation : cancellationToken;
                queries.Add((query, parameters));
                waiting.Add(completion);
            }

            return completion.Task;
        }

        public void Send() => _ = SendAsync();

        private async Task SendAsync()
        {
            try
            {
                var results = await driver.ExecuteQueriesAsync(queries, AccessMode.Read, cancellationToken).ConfigureAwait(false);
                for (var i = 0; i < waiting.Count; i++)
                {
                    waiting[i].TrySetResult(Rows(results[i]));
                }
            }
            catch (Exception ex)
            {
                foreach (var completion in waiting)
                {
                    completion.TrySetException(ex);
                }
            }
        }
    }
}
