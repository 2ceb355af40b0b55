using GraphApi.Knowledge.Export;
using GraphApi.Knowledge.Model;
using GraphApi.Testing;
using Xunit.Abstractions;

namespace GraphApi.Knowledge.Neo4j.Tests;

/// <summary>
/// Issue 11, more than one process on one Neo4j: an import holds the partition's <c>:ImportLock</c> with a lease it
/// renews, so two importers never write at once; a dead holder's lease runs out; and a process that lost the lock
/// cannot commit another transaction.
/// </summary>
public sealed class ImportLockTests(ITestOutputHelper output)
{
    private static readonly Lazy<KnowledgeGraph> Seeds = SeedGraph.Imported;

    [Fact]
    public async Task Two_stores_importing_together_write_the_graph_once()
    {
        var options = RealServer.Options() with { WriteBatchSize = 1 };
        var (firstLog, secondLog) = (new CapturingLogger(), new CapturingLogger());
        await using var first = Neo4jKnowledgeStore.Connect(options, logger: firstLog);
        await using var second = Neo4jKnowledgeStore.Connect(options, logger: secondLog);

        await Task.WhenAll(first.ReplaceGraphAsync(Seeds.Value), second.ReplaceGraphAsync(Seeds.Value));

        var lines = firstLog.Lines.Concat(secondLog.Lines).Select(l => l.Message).ToList();
        lines.ForEach(output.WriteLine);
        Assert.Single(lines, l => l.Contains("wrote 5 of 5 sources", StringComparison.Ordinal));
        Assert.Single(lines, l => l.Contains("already holds this graph", StringComparison.Ordinal));
        Assert.Equal(CanonicalDump.Write(Seeds.Value), await CanonicalDump.WriteAsync(first));
    }

    [Fact]
    public async Task A_lock_left_by_a_dead_process_is_taken_over_when_its_lease_ends()
    {
        // The graph is built before the dead holder's lock exists: building it takes seconds on a busy machine, and a
        // lease that ran out meanwhile would leave nothing to wait for. The lease is long enough that the store always
        // finds it held, however slowly the next lines run.
        var graph = Seeds.Value;
        var options = RealServer.Options();
        var log = new CapturingLogger();
        await using var store = Neo4jKnowledgeStore.Connect(options, logger: log);
        await store.Runner.WriteAsync(
            [new CypherStatement(
                "CREATE (:ImportLock {partition: $partition, owner: 'crashed-host:4242:dead', expires: timestamp() + 8000})",
                new Dictionary<string, object?> { ["partition"] = options.Partition })],
            CancellationToken.None);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        await store.ReplaceGraphAsync(graph);

        output.WriteLine($"imported after {clock.ElapsedMilliseconds} ms");
        var waited = Assert.Single(log.Lines, l => l.Message.Contains("waiting for its import lock", StringComparison.Ordinal));
        Assert.Contains("crashed-host:4242:dead", waited.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed > TimeSpan.FromSeconds(1), "the import did not wait for the dead holder's lease");
        Assert.True((await store.GetHealthAsync()).Ready);
    }

    [Fact]
    public async Task An_importer_that_lost_its_lock_cannot_commit_again()
    {
        var options = RealServer.Options() with { WriteBatchSize = 1 };
        await using var healthy = Neo4jKnowledgeStore.Connect(options);
        var stealing = new StealingRunner(healthy.Runner, options.Partition, afterTransactions: 2);
        var loser = new Neo4jKnowledgeStore(stealing, options);

        // The guard of the first transaction after the theft, or the lease's renewal if it runs first on a busy machine:
        // either way one error.
        var error = await Assert.ThrowsAsync<ImportLockLostException>(() => loser.ReplaceGraphAsync(Seeds.Value));

        output.WriteLine(error.Message);
        Assert.Contains("no longer held", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, stealing.Attempted);
        Assert.False((await healthy.GetHealthAsync()).Ready);
    }

    /// <summary>Passes writes through; after the first few import transactions, another owner takes the lock over.</summary>
    private sealed class StealingRunner(ICypherRunner inner, string partition, int afterTransactions) : ICypherRunner
    {
        public int Attempted { get; private set; }

        public long RoundTrips => inner.RoundTrips;

        public Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ReadAsync(string query, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken) =>
            inner.ReadAsync(query, parameters, cancellationToken);

        public async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> WriteAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
        {
            if (statements.Count > 1 && statements[^1].Guard is not null && ++Attempted > afterTransactions)
            {
                await inner.WriteAsync(
                    [new CypherStatement("MATCH (l:ImportLock {partition: $partition}) SET l.owner = 'thief', l.expires = timestamp() + 60000", new Dictionary<string, object?> { ["partition"] = partition })],
                    cancellationToken);
            }

            return await inner.WriteAsync(statements, cancellationToken);
        }

        public Task<string> GetServerAgentAsync(CancellationToken cancellationToken) => inner.GetServerAgentAsync(cancellationToken);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
