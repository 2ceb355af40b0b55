using GraphApi.Knowledge.Export;
using GraphApi.Knowledge.Import;
using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Stores;
using GraphApi.Knowledge.Stores.Embedded;

namespace GraphApi.Knowledge.Tests.Stores;

public class EmbeddedKnowledgeStoreTests
{
    private readonly EmbeddedKnowledgeStore store = StoreFixture.NewStore();

    [Fact]
    public async Task Readiness_and_health()
    {
        var empty = new EmbeddedKnowledgeStore();
        Assert.False(await empty.IsReadyAsync());
        Assert.False((await empty.GetHealthAsync()).Ready);
        await Assert.ThrowsAsync<InvalidOperationException>(() => empty.GetNodesAsync(["x"]));
        Assert.True(await store.IsReadyAsync());
        var health = await store.GetHealthAsync();
        Assert.Equal((3, 5, 2), (health.Sources, health.Claims, health.Conflicts));
    }

    [Fact]
    public async Task Gets_nodes_of_any_kind_in_the_order_asked()
    {
        var nodes = await store.GetNodesAsync(["source/b_002", "nope", "person/habboub", "claim/a-cells-207"]);
        Assert.Equal(NodeKind.Source, nodes[0]!.NodeKind);
        Assert.Null(nodes[1]);
        Assert.Equal("Cherkaoui Habboub", nodes[2]!.DisplayName);
        Assert.IsType<Claim>(nodes[3]);
    }

    [Theory]
    [InlineData("حبوب", "person/habboub")]
    [InlineData("الشرقاوي حبوب", "person/habboub")]
    [InlineData("Haboub", "person/habboub")]       // alias
    [InlineData("Habbub", "person/habboub")]       // phonetic key
    [InlineData("habboob", "person/habboub")]      // one typo
    [InlineData("بالرباط", "place/rabat")]         // proclitics
    [InlineData("للتحقيقات القضائية", "institution/bcij")]
    [InlineData("bcij", "institution/bcij")]
    public async Task Search_finds_names_after_normalization(string query, string expected)
    {
        var hits = await store.SearchAsync(query, null, 5);
        Assert.Equal(expected, hits[0].Node.Id);
    }

    [Theory]
    [InlineData("Zarathustra")]
    [InlineData("xyz")]
    [InlineData("حبوب Zarathustra")]
    [InlineData("   ")]
    public async Task Search_for_an_unknown_name_returns_nothing(string query) =>
        Assert.Empty(await store.SearchAsync(query, null, 5));

    [Fact]
    public async Task Search_keeps_short_words_exact_and_ranks_exact_names_first()
    {
        Assert.Empty(await store.SearchAsync("MAQ", null, 5)); // no typo allowed under 4 letters
        var hits = await store.SearchAsync("حبوب", null, 5);
        Assert.Equal("person/habboub", Assert.Single(hits).Node.Id);
        Assert.Equal("حبوب", hits[0].Matched);
    }

    [Fact]
    public async Task Search_can_look_in_claims_and_sources()
    {
        var claims = await store.SearchAsync("Sahel", [NodeKind.Claim], 5);
        Assert.Equal("claim/a-sahel-cooperation", Assert.Single(claims).Node.Id);
        var entities = await store.SearchAsync("Sahel", null, 5);
        Assert.Equal("place/sahel", Assert.Single(entities).Node.Id);
    }

    [Fact]
    public async Task Lists_entities_with_filters_orders_and_cursors()
    {
        var places = await store.ListEntitiesAsync(new EntityFilter(Kind: EntityKind.Place), EntityOrder.Name, PageRequest.All);
        Assert.Equal(["place/rabat", "place/sahel"], places.Items.Select(e => e.Id));

        var inC = await store.ListEntitiesAsync(new EntityFilter(SourceId: "source/c_003"), EntityOrder.Id, PageRequest.All);
        Assert.Equal(["person/habboub", "place/rabat"], inC.Items.Select(e => e.Id));

        var named = await store.ListEntitiesAsync(new EntityFilter(NameContains: "الشرقاوى"), EntityOrder.Id, PageRequest.All);
        Assert.Equal("person/habboub", Assert.Single(named.Items).Id);

        var conflicted = await store.ListEntitiesAsync(new EntityFilter(HasConflicts: true), EntityOrder.Id, PageRequest.All);
        Assert.Equal(["institution/bcij", "institution/outlet-a", "person/habboub"], conflicted.Items.Select(e => e.Id)); // the outlet is the default speaker

        var byMentions = await store.ListEntitiesAsync(EntityFilter.None, EntityOrder.MentionCount, PageRequest.FirstN(3));
        Assert.Equal(["institution/bcij", "person/habboub", "place/rabat"], byMentions.Items.Select(e => e.Id)); // 3, 3 (tie broken by id), 2
    }

    [Fact]
    public async Task Cursor_paging_forward_and_backward_covers_everything_once()
    {
        var all = await store.ListEntitiesAsync(EntityFilter.None, EntityOrder.Name, PageRequest.All);
        Assert.Equal(7, all.TotalCount);
        Assert.False(all.HasNextPage);

        var seen = new List<string>();
        string? after = null;
        Page<Entity> page;
        do
        {
            page = await store.ListEntitiesAsync(EntityFilter.None, EntityOrder.Name, PageRequest.FirstN(3, after));
            Assert.Equal(7, page.TotalCount);
            Assert.Equal(after is not null, page.HasPreviousPage);
            seen.AddRange(page.Items.Select(e => e.Id));
            after = page.EndCursor;
        }
        while (page.HasNextPage);
        Assert.Equal(all.Items.Select(e => e.Id), seen);

        var tail = await store.ListEntitiesAsync(EntityFilter.None, EntityOrder.Name, new PageRequest(Last: 2));
        Assert.Equal(all.Items.TakeLast(2).Select(e => e.Id), tail.Items.Select(e => e.Id));
        Assert.True(tail.HasPreviousPage);
        var before = await store.ListEntitiesAsync(EntityFilter.None, EntityOrder.Name, new PageRequest(Last: 2, Before: tail.StartCursor));
        Assert.Equal(all.Items.Skip(3).Take(2).Select(e => e.Id), before.Items.Select(e => e.Id));
        Assert.True(before.HasNextPage);
    }

    [Fact]
    public async Task A_foreign_cursor_is_rejected_with_a_clear_message()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => store.ListSourcesAsync(SourceFilter.None, new PageRequest(After: "bm9wZQ")));
        Assert.Contains("is not a cursor", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lists_claims_by_kind_entity_role_source_speaker_date_and_conflict()
    {
        async Task<IEnumerable<string>> Ids(ClaimFilter f, ClaimOrder o = ClaimOrder.Id) => (await store.ListClaimsAsync(f, o, PageRequest.All)).Items.Select(c => c.Id);

        Assert.Equal(["claim/a-cells-207", "claim/b-cells-2009"], await Ids(new ClaimFilter(Kind: ClaimKind.Quantity)));
        Assert.Equal(["claim/a-habboub-heads-bcij", "claim/b-habboub-directs-bcij"], await Ids(new ClaimFilter(EntityId: "person/habboub", Role: ClaimRole.Subject)));
        Assert.Equal(["claim/a-cells-207", "claim/a-sahel-cooperation"], await Ids(new ClaimFilter(SpeakerId: "person/habboub")));
        Assert.Equal(["claim/b-cells-2009", "claim/b-habboub-directs-bcij"], await Ids(new ClaimFilter(SourceId: "source/b_002")));
        Assert.Equal(["claim/a-sahel-cooperation"], await Ids(new ClaimFilter(EntityId: "place/sahel", Role: ClaimRole.Object)));
        Assert.Equal(3, (await Ids(new ClaimFilter(DateFrom: "2020", DateTo: "2020-11"))).Count());
        Assert.Single(await Ids(new ClaimFilter(HasConflicts: false)));
        Assert.Equal(["claim/b-cells-2009", "claim/b-habboub-directs-bcij"], (await Ids(ClaimFilter.None, ClaimOrder.Date)).TakeLast(2)); // undated last, then by id
    }

    [Fact]
    public async Task Lists_sources()
    {
        var byOutlet = await store.ListSourcesAsync(new SourceFilter(OutletId: "institution/outlet-a"), PageRequest.All);
        Assert.Equal("source/a_001", Assert.Single(byOutlet.Items).Id);
        var mentioning = await store.ListSourcesAsync(new SourceFilter(MentionsEntityId: "place/rabat"), PageRequest.All);
        Assert.Equal(["source/b_002", "source/c_003"], mentioning.Items.Select(s => s.Id));
    }

    [Fact]
    public async Task Relationships_are_batched_filtered_by_type_and_direction()
    {
        var result = await store.GetRelationshipsAsync(["institution/bcij", "person/habboub", "nobody"], null, RelationshipDirection.Both, PageRequest.All);
        Assert.Equal(["holds-role", "located-in"], result["institution/bcij"].Items.Select(e => e.Relationship.Type));
        Assert.Equal(RelationshipDirection.Incoming, result["institution/bcij"].Items.First().Direction);
        Assert.Empty(result["nobody"].Items);

        var outgoing = await store.GetRelationshipsAsync(["institution/bcij"], ["holds-role"], RelationshipDirection.Outgoing, PageRequest.All);
        Assert.Empty(outgoing["institution/bcij"].Items);
        var edge = (await store.GetRelationshipsAsync(["person/habboub"], ["holds-role"], RelationshipDirection.Outgoing, PageRequest.All))["person/habboub"].Items.Single();
        Assert.Equal(2, edge.Relationship.ClaimIds.Count);
    }

    [Fact]
    public async Task Shortest_path_walks_either_direction_within_max_hops()
    {
        var path = await store.ShortestPathAsync("person/habboub", "place/rabat", 3);
        Assert.NotNull(path);
        Assert.Equal(["institution/bcij", "place/rabat"], path.Select(h => h.ToId));
        Assert.Equal(["claim/a-habboub-heads-bcij", "claim/b-habboub-directs-bcij"], path[0].Relationship.ClaimIds);
        Assert.Null(await store.ShortestPathAsync("person/habboub", "place/rabat", 1));
        Assert.Null(await store.ShortestPathAsync("person/habboub", "place/sahel", 5)); // not connected
        Assert.Empty((await store.ShortestPathAsync("place/rabat", "place/rabat", 2))!);
    }

    [Fact]
    public async Task Mentions_by_entity_and_by_source_are_batched_and_paged()
    {
        var byEntity = await store.GetMentionsByEntityAsync(["person/habboub", "person/mohammed-vi"], PageRequest.FirstN(2));
        Assert.Equal(2, byEntity["person/habboub"].Items.Count());
        Assert.True(byEntity["person/habboub"].HasNextPage);
        Assert.Equal(0, byEntity["person/mohammed-vi"].TotalCount);
        Assert.Equal("source/a_001", byEntity["person/habboub"].Items.First().SourceId);

        var bySource = await store.GetMentionsBySourceAsync(["source/c_003"], PageRequest.All);
        Assert.Equal(["place/rabat", "person/habboub"], bySource["source/c_003"].Items.Select(m => m.EntityId));
    }

    [Fact]
    public async Task Claims_for_entities_by_role()
    {
        var result = await store.GetClaimsForEntitiesAsync(["person/habboub", "institution/bcij"], ClaimRole.Speaker, PageRequest.All);
        Assert.Equal(["claim/a-cells-207", "claim/a-sahel-cooperation"], result["person/habboub"].Items.Select(c => c.Id));
        Assert.Equal(["claim/b-cells-2009"], result["institution/bcij"].Items.Select(c => c.Id));
        var any = await store.GetClaimsForEntitiesAsync(["institution/bcij"], ClaimRole.Any, PageRequest.All);
        Assert.Equal(4, any["institution/bcij"].TotalCount);
    }

    [Fact]
    public async Task Conflicts_and_corroborations()
    {
        var conflicts = await store.GetConflictsAsync(PageRequest.All);
        Assert.Equal(2, conflicts.TotalCount);
        var forClaims = await store.GetConflictsForClaimsAsync(["claim/a-cells-207", "claim/a-sahel-cooperation"]);
        Assert.Single(forClaims["claim/a-cells-207"]);
        Assert.Empty(forClaims["claim/a-sahel-cooperation"]);
        var corroborations = await store.GetCorroborationsAsync(["claim/a-cells-207", "claim/a-sahel-cooperation", "claim/b-cells-2009"]);
        Assert.Equal("test agreement", Assert.Single(corroborations["claim/a-cells-207"]).Reason);
        Assert.Single(corroborations["claim/a-sahel-cooperation"]);
        Assert.Empty(corroborations["claim/b-cells-2009"]);
    }

    [Fact]
    public async Task Replace_swaps_the_graph_and_the_dump_matches_the_graph()
    {
        var target = new EmbeddedKnowledgeStore();
        await target.ReplaceGraphAsync(StoreFixture.Graph);
        Assert.Equal(CanonicalDump.Write(StoreFixture.Graph), CanonicalDump.Write(await target.ExportGraphAsync()));
        await target.ReplaceGraphAsync(KnowledgeGraph.Empty);
        Assert.Empty((await target.ListSourcesAsync(SourceFilter.None, PageRequest.All)).Items);
    }

    [Fact]
    public async Task Readers_see_the_old_graph_or_the_new_one_never_a_mix()
    {
        var target = new EmbeddedKnowledgeStore(KnowledgeGraph.Empty);
        var full = (3, 5, StoreFixture.Graph.Mentions.Count);
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
            await target.ReplaceGraphAsync(i % 2 == 0 ? StoreFixture.Graph : KnowledgeGraph.Empty);
            await Task.Yield();
        }

        await stop.CancelAsync();
        await reader;
        Assert.True(observed > 0);
        Assert.Equal(0, mixed);
    }

    [Fact]
    public async Task A_bad_corpus_leaves_the_previous_graph_untouched()
    {
        var target = StoreFixture.NewStore();
        var before = await CanonicalDump.WriteAsync(target);
        using var corpus = new TempCorpus();
        corpus.Replace("knowledge/claims/a_001.yaml", "فككت 207 خلايا", "فككت 208 خلايا");
        var outcome = await new ImportPipeline().ImportCorpusIntoAsync(target, corpus.Root);
        Assert.False(outcome.Succeeded);
        Assert.Equal(before, await CanonicalDump.WriteAsync(target));

        File.Delete(corpus.PathOf("knowledge/claims/a_001.yaml"));
        Assert.True((await new ImportPipeline().ImportCorpusIntoAsync(target, corpus.Root)).Succeeded);
        Assert.NotEqual(before, await CanonicalDump.WriteAsync(target));
        Assert.Equal(2, (await target.GetHealthAsync()).Claims);
    }
}
