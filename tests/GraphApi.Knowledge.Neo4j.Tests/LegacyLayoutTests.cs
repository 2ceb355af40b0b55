using GraphApi.Knowledge.Export;
using GraphApi.Knowledge.Model;
using GraphApi.Testing;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace GraphApi.Knowledge.Neo4j.Tests;

/// <summary>
/// Issue 11, an old database: a partition written in the document layout of earlier versions (<c>:KgNode</c> with the
/// record as JSON) is detected by the next import, which says so in the log and rebuilds it in the property-graph
/// model; interrupted at any transaction, it is never left half old and half new, and the next import completes it.
/// </summary>
public sealed class LegacyLayoutTests(ITestOutputHelper output)
{
    private static readonly Lazy<KnowledgeGraph> Seeds = SeedGraph.Imported;

    [Fact]
    public async Task An_old_layout_is_detected_logged_and_rebuilt()
    {
        var options = RealServer.Options();
        await LegacyLayout.WriteAsync(options, Seeds.Value);
        var logger = new CapturingLogger();
        await using var store = Neo4jKnowledgeStore.Connect(options, logger: logger);
        Assert.False((await store.GetHealthAsync()).Ready);

        await store.ReplaceGraphAsync(Seeds.Value);

        Assert.Equal(CanonicalDump.Write(Seeds.Value), await CanonicalDump.WriteAsync(store));
        Assert.Equal(0, (await LegacyLayout.CountAsync(options)).Old);
        var line = Assert.Single(logger.Lines, l => l.Message.Contains("document layout of earlier versions", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Warning, line.Level);
        Assert.Contains(options.Partition, line.Message, StringComparison.Ordinal);
        output.WriteLine(line.Message);
    }

    [Fact]
    public async Task A_rebuild_that_fails_at_any_transaction_is_never_half_old_and_half_new()
    {
        var options = RealServer.Options() with { WriteBatchSize = 100 };
        await LegacyLayout.WriteAsync(options, Seeds.Value);
        var counting = new FailingCypherRunner(Neo4jKnowledgeStore.Connect(options).Runner, failAt: 0);
        await new Neo4jKnowledgeStore(counting, options).ReplaceGraphAsync(Seeds.Value);
        var transactions = counting.Writes;
        Assert.True(transactions > 5, $"a rebuild took {transactions} write transactions");

        for (var failAt = 1; failAt <= transactions; failAt++)
        {
            // A fresh partition in the old layout each time: the old layout never meets a new one in real life.
            var partition = options with { Partition = RealServer.Options().Partition };
            await LegacyLayout.WriteAsync(partition, Seeds.Value);
            await using var healthy = Neo4jKnowledgeStore.Connect(partition);

            var failing = new Neo4jKnowledgeStore(new FailingCypherRunner(healthy.Runner, failAt), partition);
            await Assert.ThrowsAsync<GraphApi.Bolt.Neo4jException>(() => failing.ReplaceGraphAsync(Seeds.Value));
            var (old, fresh) = await LegacyLayout.CountAsync(partition);
            Assert.True(old == 0 || fresh == 0, $"transaction {failAt} of {transactions} failed and left {old} old and {fresh} new nodes");

            await healthy.ReplaceGraphAsync(Seeds.Value);
            Assert.Equal(CanonicalDump.Write(Seeds.Value), await CanonicalDump.WriteAsync(healthy));
            Assert.Equal(0, (await LegacyLayout.CountAsync(partition)).Old);
        }

        output.WriteLine($"failed each of the {transactions} transactions of a rebuild in turn; never half old and half new, every re-run complete");
    }
}
