using GraphApi.Knowledge.Export;
using GraphApi.Knowledge.Model;
using GraphApi.Testing;

namespace GraphApi.Knowledge.Neo4j.Tests;

/// <summary>
/// Issue 11, imports that stream: conflicts and corroborations (n(n-1)/2 of them for a figure n articles repeat) are
/// compared with what the partition holds and only the pairs that changed are written, in batches. A re-import must
/// then leave exactly the corpus's pairs: a pair it no longer holds gone, a changed one rewritten, an unchanged one
/// left as it was (not deleted and created again).
/// </summary>
public sealed class ClaimPairWriteTests
{
    private static readonly Lazy<KnowledgeGraph> Seeds = SeedGraph.Imported;

    [Fact]
    public async Task A_reimport_writes_only_the_pairs_that_changed_and_removes_the_rest()
    {
        // The seeds' conflicts, and two corroborations between claims they do not compare (the seeds hold none).
        var claims = Seeds.Value.Claims.Take(4).ToList();
        var kept = new Corroboration(Corroboration.IdFor(claims[0].Id, claims[1].Id), claims[0].Id, claims[1].Id, "in both imports");
        var gone = new Corroboration(Corroboration.IdFor(claims[2].Id, claims[3].Id), claims[2].Id, claims[3].Id, "only in the previous import");
        var seeds = Seeds.Value with { Corroborations = [kept] };
        Assert.True(seeds.Conflicts.Count >= 2, $"the seeds hold {seeds.Conflicts.Count} conflicts");
        var (changed, missing) = (seeds.Conflicts[0], seeds.Conflicts[1]);
        var previous = seeds with
        {
            Conflicts = [.. seeds.Conflicts.Where(c => c.Id != missing.Id).Select(c => c.Id == changed.Id ? c with { Reason = "previous reason" } : c)],
            Corroborations = [.. seeds.Corroborations, gone],
        };

        // Batches of one pair, so the pairs go over several transactions.
        var options = RealServer.Options() with { WriteBatchSize = 1 };
        await using var store = Neo4jKnowledgeStore.Connect(options);
        await store.ReplaceGraphAsync(previous);
        await store.Runner.WriteAsync(
            [new CypherStatement("MATCH (a:Claim)-[x:CONFLICTS_WITH|CORROBORATES]->(:Claim) WHERE a.partition = $partition SET x.untouched = true", new Dictionary<string, object?> { ["partition"] = options.Partition })],
            CancellationToken.None);

        await store.ReplaceGraphAsync(seeds);

        Assert.Equal(CanonicalDump.Write(seeds), await CanonicalDump.WriteAsync(store));
        var rows = await store.Runner.ReadAsync(
            "MATCH (a:Claim)-[x:CONFLICTS_WITH|CORROBORATES]->(:Claim) WHERE a.partition = $partition RETURN x.id AS id, x.untouched AS untouched, x.digest AS digest",
            new Dictionary<string, object?> { ["partition"] = options.Partition },
            CancellationToken.None);
        var pairs = rows.ToDictionary(r => (string)r["id"]!, r => (Untouched: r["untouched"] as bool? ?? false, Digest: r["digest"] as long?));
        Assert.Equal(seeds.Conflicts.Count + seeds.Corroborations.Count, pairs.Count);
        Assert.DoesNotContain(gone.Id, pairs.Keys);
        Assert.False(pairs[changed.Id].Untouched, "the conflict whose reason changed was not rewritten");
        Assert.False(pairs[missing.Id].Untouched);
        Assert.True(pairs[kept.Id].Untouched, "an unchanged corroboration was deleted and created again");
        Assert.All(pairs.Values, p => Assert.NotNull(p.Digest));
        Assert.Equal(pairs.Count - 2, pairs.Values.Count(p => p.Untouched));
    }
}
