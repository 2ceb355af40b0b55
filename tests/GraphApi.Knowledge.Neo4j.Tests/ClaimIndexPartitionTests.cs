using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Stores;
using GraphApi.Knowledge.Stores.Embedded;
using GraphApi.Testing;

namespace GraphApi.Knowledge.Neo4j.Tests;

/// <summary>
/// The claim lists that start from an index on a value (<c>kindKey</c>, <c>metricKey</c>: the partition and the value in
/// one property, since Neo4j 3.1 has no composite index) hold their own partition's claims only, while another partition
/// of the same database holds the very same claims.
/// </summary>
public sealed class ClaimIndexPartitionTests : IAsyncLifetime
{
    private static readonly Lazy<KnowledgeGraph> Seeds = SeedGraph.Imported;

    private readonly Neo4jKnowledgeStore own = RealServer.Store();
    private readonly Neo4jKnowledgeStore other = RealServer.Store();

    public async Task InitializeAsync()
    {
        await own.ReplaceGraphAsync(Seeds.Value);
        await other.ReplaceGraphAsync(Seeds.Value);
    }

    public async Task DisposeAsync()
    {
        await own.DisposeAsync();
        await other.DisposeAsync();
    }

    [Fact]
    public async Task A_list_of_a_kind_or_a_metric_holds_its_own_partitions_claims_once()
    {
        var embedded = new EmbeddedKnowledgeStore(Seeds.Value);
        var metric = Seeds.Value.Claims.First(c => c.Quantity is not null).Quantity!.Metric;
        foreach (var filter in new[] { new ClaimFilter(Kind: ClaimKind.Quantity), new ClaimFilter(Metric: metric), new ClaimFilter(Kind: ClaimKind.Relation) })
        {
            var expected = await embedded.ListClaimsAsync(filter, ClaimOrder.Id, PageRequest.All, ReadScope.Everything);
            var read = await own.ListClaimsAsync(filter, ClaimOrder.Id, PageRequest.All, ReadScope.Everything);
            Assert.NotEmpty(expected.Items);
            Assert.Equal(expected.TotalCount, read.TotalCount);
            Assert.Equal(expected.Items.Select(c => c.Id), read.Items.Select(c => c.Id));
        }
    }
}
