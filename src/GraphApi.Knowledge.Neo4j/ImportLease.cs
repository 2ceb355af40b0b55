namespace GraphApi.Knowledge.Neo4j;

/// <summary>
/// The import lock of one partition, held by one store: an <c>:ImportLock</c> node with the owner and the end of
/// its lease in the server's clock (<c>timestamp()</c>, so the clocks of the API processes never matter). While held,
/// a background loop renews the lease every third of its length, and every write transaction of the import ends with
/// <see cref="Guard"/>, which renews it too and rolls the transaction back if another process has taken the lock over
/// (after this one stopped renewing for a whole lease): a process that lost the lock cannot commit. Disposing releases it.
/// </summary>
internal sealed class ImportLease : IAsyncDisposable
{
    private readonly Func<IReadOnlyList<CypherStatement>, CancellationToken, Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>>> write;
    private readonly CypherQueries.ImportQueries queries;
    private readonly Dictionary<string, object?> parameters;
    private readonly CancellationTokenSource stop = new();
    private readonly CancellationTokenSource lost = new();
    private readonly Task renewal;

    private ImportLease(
        Func<IReadOnlyList<CypherStatement>, CancellationToken, Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>>> write,
        CypherQueries.ImportQueries queries,
        Dictionary<string, object?> parameters,
        TimeSpan lease)
    {
        this.write = write;
        this.queries = queries;
        this.parameters = parameters;
        renewal = RenewAsync(lease);
    }

    /// <summary>Cancelled when a renewal finds that another process holds the lock.</summary>
    public CancellationToken Lost => lost.Token;

    /// <summary>The last statement of every import transaction: renews the lease, or rolls the transaction back.</summary>
    public CypherStatement Guard() => new(
        queries.RenewLock,
        parameters,
        $"the import lock of Neo4j partition '{parameters["partition"]}' is no longer held by {parameters["owner"]}; another process took it over");

    /// <summary>
    /// Takes the lock, waiting while another owner holds a live lease (it renews while it imports; a crashed owner's
    /// lease runs out). <paramref name="waiting"/> is told once who holds it and for how long at most.
    /// </summary>
    public static async Task<ImportLease> AcquireAsync(
        Func<IReadOnlyList<CypherStatement>, CancellationToken, Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>>> write,
        CypherQueries.ImportQueries queries,
        string partition,
        string owner,
        TimeSpan lease,
        Action<string, TimeSpan> waiting,
        CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["partition"] = partition,
            ["owner"] = owner,
            ["leaseMs"] = (long)lease.TotalMilliseconds,
        };
        var poll = TimeSpan.FromTicks(Math.Clamp(lease.Ticks / 10, TimeSpan.FromMilliseconds(100).Ticks, TimeSpan.FromSeconds(2).Ticks));
        var told = false;
        while (true)
        {
            var answer = await write(
                [new CypherStatement(queries.TouchLock, parameters), new CypherStatement(queries.AcquireLock, parameters)],
                cancellationToken).ConfigureAwait(false);
            var row = answer.Single();
            if (row["acquired"] is true)
            {
                return new ImportLease(write, queries, parameters, lease);
            }

            if (!told)
            {
                waiting((string)row["owner"]!, TimeSpan.FromMilliseconds(RowReader.Long(row, "remainingMs")));
                told = true;
            }

            await Task.Delay(poll, cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await renewal.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        try
        {
            using var bounded = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await write([new CypherStatement(queries.ReleaseLock, parameters)], bounded.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The lease runs out by itself; a failed release only makes the next importer wait for it.
        }

        stop.Dispose();
        lost.Dispose();
    }

    private async Task RenewAsync(TimeSpan lease)
    {
        var period = lease / 3;
        while (!stop.IsCancellationRequested)
        {
            await Task.Delay(period, stop.Token).ConfigureAwait(false);
            try
            {
                await write([Guard()], stop.Token).ConfigureAwait(false);
            }
            catch (CypherGuardException)
            {
                await lost.CancelAsync().ConfigureAwait(false);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Neo4j unreachable for a moment: the next renewal, or the import's own guards, try again.
            }
        }
    }
}
