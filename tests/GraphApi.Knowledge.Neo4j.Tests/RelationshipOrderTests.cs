using System.Text.Json;
using System.Text.Json.Serialization;
using AccessMode = GraphApi.Bolt.AccessMode;
using AuthTokens = GraphApi.Bolt.AuthTokens;
using BoltDriver = GraphApi.Bolt.BoltDriver;
using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Stores;
using GraphApi.Knowledge.Stores.Embedded;
using GraphApi.Testing;

namespace GraphApi.Knowledge.Neo4j.Tests;

/// <summary>
/// The relationship order kept per entity at import (<c>:RelationshipBlock</c>s): on the seeds with a hub given more
/// links than two blocks hold, in both directions, of every type and with a link to itself, a forward page of an
/// entity's links walks the order and answers exactly as the embedded store does, page after page across the blocks'
/// edges; a re-import with fewer links leaves no stale entry; and a partition whose order was not written (one imported
/// by an earlier version) answers the same by sorting.
/// </summary>
public sealed class RelationshipOrderTests : IAsyncLifetime
{
    private const string Hub = "place/morocco";
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    private static readonly Lazy<KnowledgeGraph> Seeds = SeedGraph.Imported;

    /// <summary>The seeds, and the hub linked to every other entity by every predicate, outgoing for even ones, incoming for odd ones.</summary>
    private static readonly Lazy<KnowledgeGraph> Dense = new(() =>
    {
        var seeds = Seeds.Value;
        var taken = seeds.Relationships.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var added = new List<Relationship> { new(Relationship.IdFor(Predicates.All[6], Hub, Hub), Predicates.All[6], Hub, Hub, []) };
        var others = seeds.Entities.Where(e => e.Id != Hub).Select(e => e.Id).Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < others.Count; i++)
        {
            foreach (var predicate in Predicates.All)
            {
                var (from, to) = i % 2 == 0 ? (Hub, others[i]) : (others[i], Hub);
                var id = Relationship.IdFor(predicate, from, to);
                if (taken.Add(id))
                {
                    added.Add(new Relationship(id, predicate, from, to, []));
                }
            }
        }

        return seeds with { Relationships = [.. seeds.Relationships, .. added] };
    });

    private readonly Neo4jKnowledgeStore neo4j = RealServer.Store();

    public async Task InitializeAsync() => await neo4j.ReplaceGraphAsync(Dense.Value);

    public async Task DisposeAsync() => await neo4j.DisposeAsync();

    [Fact]
    public async Task The_hub_has_more_links_than_two_blocks_hold()
    {
        var all = await neo4j.GetRelationshipsAsync([Hub], null, RelationshipDirection.Both, new PageRequest(First: 1), ReadScope.Everything);
        Assert.True(all[Hub].TotalCount > 2 * GraphModel.RelationshipBlockSize, $"{all[Hub].TotalCount} links");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(100)]
    [InlineData(255)]
    [InlineData(256)]
    public async Task Paging_an_entitys_links_forward_answers_page_after_page_as_the_embedded_store(int first) =>
        await AssertPagesAsync(new EmbeddedKnowledgeStore(Dense.Value), neo4j, first);

    [Fact]
    public async Task Every_link_at_once_and_several_entities_in_one_call_answer_as_the_embedded_store()
    {
        var embedded = new EmbeddedKnowledgeStore(Dense.Value);
        string[] ids = [Hub, "person/habboub", "institution/unoct", "nope", "person/bourita"];
        foreach (var page in new[] { PageRequest.All, new PageRequest(First: 3), new PageRequest(First: 3) { WithRelated = false } })
        {
            Assert.Equal(
                JsonSerializer.Serialize(await embedded.GetRelationshipsAsync(ids, null, RelationshipDirection.Both, page, ReadScope.Everything), Json),
                JsonSerializer.Serialize(await neo4j.GetRelationshipsAsync(ids, null, RelationshipDirection.Both, page, ReadScope.Everything), Json));
        }
    }

    [Theory]
    [InlineData("person/habboub", "institution/unoct", 4)]
    [InlineData("institution/unoct", "person/habboub", 4)]
    [InlineData("person/david-fischer", "person/bourita", 4)]
    [InlineData("person/david-fischer", "person/bourita", 1)]
    [InlineData("institution/bcij", "place/rabat", 3)]
    public async Task Shortest_paths_among_many_equally_short_ones_answer_as_the_embedded_store(string from, string to, int maxHops)
    {
        // Through the hub every pair is two hops apart by every predicate in both directions, so the last hop chooses among
        // many steps onto the target, from several entities of the frontier, by hop key.
        var want = await new EmbeddedKnowledgeStore(Dense.Value).ShortestPathAsync(from, to, maxHops, ReadScope.Everything);
        var got = await neo4j.ShortestPathAsync(from, to, maxHops, ReadScope.Everything);
        Assert.Equal(JsonSerializer.Serialize(want, Json), JsonSerializer.Serialize(got, Json));
        if (maxHops > 1)
        {
            Assert.NotNull(got);
        }
    }

    [Fact]
    public async Task A_reimport_with_fewer_links_leaves_no_stale_entry_in_the_order()
    {
        var seeded = Seeds.Value.Relationships.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var fewer = Dense.Value with { Relationships = [.. Dense.Value.Relationships.Where((r, i) => seeded.Contains(r.Id) || i % 3 == 0)] };
        await neo4j.ReplaceGraphAsync(fewer);
        await AssertPagesAsync(new EmbeddedKnowledgeStore(fewer), neo4j, 50);

        // Back to the seeds: an entity linked only to the hub before has no link left, and an empty order.
        var alone = Seeds.Value.Entities.Select(e => e.Id).First(id => id != Hub && !Seeds.Value.Relationships.Any(r => r.FromId == id || r.ToId == id));
        await neo4j.ReplaceGraphAsync(Seeds.Value);
        await AssertPagesAsync(new EmbeddedKnowledgeStore(Seeds.Value), neo4j, 5);
        var page = await neo4j.GetRelationshipsAsync([alone], null, RelationshipDirection.Both, new PageRequest(First: 5), ReadScope.Everything);
        Assert.Equal(0, page[alone].TotalCount);
        Assert.Empty(page[alone].Edges);
    }

    [Fact]
    public async Task A_partition_without_the_order_answers_the_same_by_sorting()
    {
        // What an import by an earlier version left: the links, but neither the blocks nor the order on the entities.
        var options = RealServer.Options(neo4j.Partition);
        await using (var driver = BoltDriver.Create(options.Uri, AuthTokens.Basic(options.Username, options.ResolvePassword()!)))
        {
            var parameters = new Dictionary<string, object?> { ["partition"] = options.Partition };
            await driver.ExecuteQueryAsync("MATCH (b:RelationshipBlock) WHERE b.partition = $partition DELETE b", parameters, AccessMode.Write);
            await driver.ExecuteQueryAsync(
                "MATCH (e:Entity) WHERE e.partition = $partition REMOVE e.relationshipBlocks, e.relationshipCount, e.relationshipsVisibleFrom", parameters, AccessMode.Write);
        }

        await AssertPagesAsync(new EmbeddedKnowledgeStore(Dense.Value), neo4j, 100);
    }

    /// <summary>Pages through the hub's links <paramref name="first"/> at a time to the end, each page compared whole.</summary>
    private static async Task AssertPagesAsync(IKnowledgeStore expected, IKnowledgeStore actual, int first)
    {
        string? after = null;
        var pages = 0;
        while (true)
        {
            var page = new PageRequest(First: first, After: after);
            var want = (await expected.GetRelationshipsAsync([Hub], null, RelationshipDirection.Both, page, ReadScope.Everything))[Hub];
            var got = (await actual.GetRelationshipsAsync([Hub], null, RelationshipDirection.Both, page, ReadScope.Everything))[Hub];
            Assert.Equal(JsonSerializer.Serialize(want, Json), JsonSerializer.Serialize(got, Json));
            pages++;
            if (!want.HasNextPage || pages > 2000)
            {
                break;
            }

            after = want.EndCursor;
        }

        Assert.True(pages > 1 || first >= 256, $"{pages} pages of {first}");
    }
}
