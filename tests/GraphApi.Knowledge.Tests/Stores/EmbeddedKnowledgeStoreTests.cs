using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Stores;
using GraphApi.Knowledge.Stores.Embedded;

namespace GraphApi.Knowledge.Tests.Stores;

public class EmbeddedKnowledgeStoreTests : KnowledgeStoreContractTests
{
    protected override Task<IKnowledgeStore> CreateEmptyStoreAsync() => Task.FromResult<IKnowledgeStore>(new EmbeddedKnowledgeStore());

    [Fact]
    public async Task An_empty_store_is_not_ready_and_says_so()
    {
        var empty = new EmbeddedKnowledgeStore();
        Assert.False(await empty.IsReadyAsync());
        Assert.False((await empty.GetHealthAsync()).Ready);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => empty.GetNodesAsync(["x"], ReadScope.Everything));
        Assert.Contains("import a corpus first", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readers_see_the_old_graph_or_the_new_one_never_a_mix()
    {
        var target = new EmbeddedKnowledgeStore(KnowledgeGraph.Empty);
        var full = (3, 5, FixtureGraph.Mentions.Count);
        var observed = 0;
        var mixed = 0;
        using var stop = new CancellationTokenSource();
        var reader = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var health = await target.GetHealthAsync();
                var seen = (health.Sources, health.Claims, health.Mentions);
                if (seen != (0, 0, 0) && seen != full)
                {
                    Interlocked.Increment(ref mixed);
                }

                Interlocked.Increment(ref observed);
            }
        });
        for (var i = 0; i < 10_000 && Volatile.Read(ref observed) < 2_000; i++)
        {
            await target.ReplaceGraphAsync(i % 2 == 0 ? FixtureGraph : KnowledgeGraph.Empty);
            await Task.Yield();
        }

        await stop.CancelAsync();
        await reader;
        Assert.True(observed > 0);
        Assert.Equal(0, mixed);
    }

}
