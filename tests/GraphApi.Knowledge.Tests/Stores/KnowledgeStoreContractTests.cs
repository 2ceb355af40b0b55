using GraphApi.Knowledge.Export;
using GraphApi.Knowledge.Import;
using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Stores;

namespace GraphApi.Knowledge.Tests.Stores;

/// <summary>
/// The behaviour every <see cref="IKnowledgeStore"/> must have, over the fixture corpus. A store implementation's
/// test project derives from this class and supplies the store (see <see cref="EmbeddedKnowledgeStoreTests"/>).
/// </summary>
public abstract class KnowledgeStoreContractTests : IAsyncLifetime
{
    private IKnowledgeStore? current;

    /// <summary>The store under test, holding <see cref="StoreFixture.Graph"/>.</summary>
    protected IKnowledgeStore Store => current ?? throw new InvalidOperationException("InitializeAsync has not run.");

    /// <summary>The fixture graph every test expects the store to hold.</summary>
    public static KnowledgeGraph FixtureGraph => StoreFixture.Graph;

    /// <summary>Creates an empty store of the implementation under test.</summary>
    protected abstract Task<IKnowledgeStore> CreateEmptyStoreAsync();

    public async Task InitializeAsync()
    {
        current = await CreateEmptyStoreAsync();
        await current.ReplaceGraphAsync(FixtureGraph);
    }

    public Task DisposeAsync() => current is IAsyncDisposable disposable ? disposable.DisposeAsync().AsTask() : Task.CompletedTask;

    [Fact]
    public async Task Health_counts_what_the_store_holds()
    {
        Assert.True(await Store.IsReadyAsync());
        var health = await Store.GetHealthAsync();
        Assert.Equal((3, 5, 2), (health.Sources, health.Claims, health.Conflicts));
        Assert.Equal(FixtureGraph.Run.Id, health.RunId);
    }

    [Fact]
    public async Task The_dump_of_the_store_matches_the_graph()
    {
        Assert.Equal(CanonicalDump.Write(FixtureGraph), await CanonicalDump.WriteAsync(Store));
        await Store.ReplaceGraphAsync(KnowledgeGraph.Empty);
        Assert.Empty((await Store.ListSourcesAsync(SourceFilter.None, PageRequest.All, ReadScope.Everything)).Items);
    }

    [Fact]
    public async Task Gets_nodes_of_any_kind_in_the_order_asked()
    {
        var nodes = await Store.GetNodesAsync(["source/b_002", "nope", "person/habboub", "claim/a-cells-207"], ReadScope.Everything);
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
    [InlineData("المغربي للتحقيقات القضائية", "institution/bcij")] // three words of five, one with لل
    [InlineData("bcij", "institution/bcij")]
    public async Task Search_finds_names_after_normalization(string query, string expected)
    {
        var hits = await Store.SearchAsync(query, null, 5, ReadScope.Everything);
        Assert.Equal(expected, hits[0].Node.Id);
    }

    [Theory]
    [InlineData("Zarathustra")]
    [InlineData("xyz")]
    [InlineData("حبوب Zarathustra")]
    [InlineData("   ")]
    public async Task Search_for_an_unknown_name_returns_nothing(string query) =>
        Assert.Empty(await Store.SearchAsync(query, null, 5, ReadScope.Everything));

    [Theory]
    [InlineData("القضائي")]          // the beginning of a name's last word, but one word of four
    [InlineData("المركزي")]          // one word of four
    [InlineData("للتحقيقات القضائية")] // two words of five: less than half the name
    [InlineData("Haboub Rabat")]     // each word matches, but not in one name
    [InlineData("الشرقاوي حبيب")]    // no typo inside a name of two words
    public async Task Search_finds_a_name_only_when_at_least_half_of_it_is_matched(string query) =>
        Assert.Empty(await Store.SearchAsync(query, null, 5, ReadScope.Everything));

    [Fact]
    public async Task Search_scores_one_for_an_exact_name_and_less_for_a_part_or_a_typo()
    {
        Assert.Equal(1.0, (await Store.SearchAsync("الشرقاوي حبّوب", null, 1, ReadScope.Everything))[0].Score);
        Assert.Equal(0.5, (await Store.SearchAsync("Cherkaoui", null, 1, ReadScope.Everything))[0].Score); // one word of two
        Assert.Equal(0.6, (await Store.SearchAsync("habboob", null, 1, ReadScope.Everything))[0].Score);   // one edit
        Assert.Equal(0.9, (await Store.SearchAsync("Cherkaoui Habb", null, 1, ReadScope.Everything))[0].Score); // (1 + 0.8 for the typed beginning) / 2
        Assert.Empty(await Store.SearchAsync("Cherk", null, 1, ReadScope.Everything)); // type-ahead completes a name's last word only
    }

    [Fact]
    public async Task Search_keeps_short_words_exact_and_ranks_exact_names_first()
    {
        Assert.Empty(await Store.SearchAsync("MAQ", null, 5, ReadScope.Everything)); // no typo allowed under 4 letters
        var hits = await Store.SearchAsync("حبوب", null, 5, ReadScope.Everything);
        Assert.Equal("person/habboub", Assert.Single(hits).Node.Id);
        Assert.Equal("حبوب", hits[0].Matched);
    }

    [Fact]
    public async Task Search_can_look_in_claims_and_sources()
    {
        var claims = await Store.SearchAsync("Sahel", [NodeKind.Claim], 5, ReadScope.Everything);
        Assert.Equal("claim/a-sahel-cooperation", Assert.Single(claims).Node.Id);
        var entities = await Store.SearchAsync("Sahel", null, 5, ReadScope.Everything);
        Assert.Equal("place/sahel", Assert.Single(entities).Node.Id);
    }

    [Fact]
    public async Task Passages_are_body_sentences_with_absolute_offsets_shortest_first()
    {
        var page = await Store.SearchPassagesAsync("حبّوب", PassageFilter.None, PageRequest.FirstN(10), ReadScope.Everything);
        Assert.Equal(["source/c_003", "source/b_002", "source/a_001"], page.Items.Select(p => p.SourceId)); // 7, 8 and 18 words
        Assert.Equal([0.142857, 0.125, 0.055556], page.Items.Select(p => p.Score)); // 1 / words
        Assert.False(page.HasNextPage);
        var sources = (await Store.GetNodesAsync([.. page.Items.Select(p => p.SourceId)], ReadScope.Everything)).Cast<Source>().ToList();
        foreach (var (passage, source) in page.Items.Zip(sources))
        {
            Assert.Equal(source.Text[passage.Start..passage.End], passage.Text);
            Assert.Contains(source.Body, b => b.Start <= passage.Start && passage.End <= b.End);
            var highlight = Assert.Single(passage.Highlights);
            Assert.EndsWith("حبوب", source.Text[highlight.Start..highlight.End], StringComparison.Ordinal); // بالشرقاوي and حبوب are two words
        }

        Assert.Equal("زار وفد أوروبي الرباط والتقى بالشرقاوي حبوب.", page.Items.First().Text);
    }

    [Fact]
    public async Task Passages_never_come_from_tickers_or_boilerplate()
    {
        var a = (Source)(await Store.GetNodesAsync(["source/a_001"], ReadScope.Everything))[0]!;
        Assert.Contains("يستقبل وفدا", a.Text, StringComparison.Ordinal); // the headline ticker
        Assert.Contains("للأنباء", a.Text, StringComparison.Ordinal);     // the "المصدر:" line
        Assert.Empty((await Store.SearchPassagesAsync("يستقبل", PassageFilter.None, PageRequest.All, ReadScope.Everything)).Edges);
        Assert.Empty((await Store.SearchPassagesAsync("للأنباء", PassageFilter.None, PageRequest.All, ReadScope.Everything)).Edges);
    }

    [Fact]
    public async Task Passages_match_phrases_in_order_clitics_and_egyptian_spellings()
    {
        var phrase = await Store.SearchPassagesAsync("\"الشرقاوي حبوب\"", PassageFilter.None, PageRequest.All, ReadScope.Everything);
        Assert.Equal(["source/c_003", "source/a_001"], phrase.Items.Select(p => p.SourceId)); // بالشرقاوي حبوب in c_003
        var whole = phrase.Items.First();
        Assert.Equal("بالشرقاوي حبوب", whole.Text[(Assert.Single(whole.Highlights).Start - whole.Start)..(whole.Highlights[0].End - whole.Start)]);
        Assert.Empty((await Store.SearchPassagesAsync("«حبوب الشرقاوي»", PassageFilter.None, PageRequest.All, ReadScope.Everything)).Edges);

        var egyptian = await Store.SearchPassagesAsync("فى منطقه الساحل", PassageFilter.None, PageRequest.All, ReadScope.Everything);
        var sahel = Assert.Single(egyptian.Items);
        Assert.Equal("وأضاف أن التعاون الأمني في منطقة الساحل شرط لا غنى عنه.", sahel.Text);
        Assert.Equal(2, sahel.Highlights.Count); // منطقة, الساحل; في is a function word outside quotes
        Assert.Empty((await Store.SearchPassagesAsync("حبوب Zarathustra", PassageFilter.None, PageRequest.All, ReadScope.Everything)).Edges);
        Assert.Empty((await Store.SearchPassagesAsync("  ،؟ ", PassageFilter.None, PageRequest.All, ReadScope.Everything)).Edges);
    }

    [Fact]
    public async Task Passages_filter_by_source_outlet_and_publication_date()
    {
        async Task<IEnumerable<string>> Sources(PassageFilter filter) =>
            (await Store.SearchPassagesAsync("حبوب", filter, PageRequest.All, ReadScope.Everything)).Items.Select(p => p.SourceId);

        Assert.Equal(["source/b_002"], await Sources(new PassageFilter(SourceId: "source/b_002")));
        Assert.Empty(await Sources(new PassageFilter(SourceId: "source/nope")));
        Assert.Equal(["source/a_001"], await Sources(new PassageFilter(OutletId: "institution/outlet-a")));
        Assert.Equal(["source/a_001"], await Sources(new PassageFilter(PublishedFrom: "2020"))); // b and c have no date: never in a date range
        Assert.Equal(["source/a_001"], await Sources(new PassageFilter(PublishedFrom: "2020-11", PublishedTo: "2020-11-17")));
        Assert.Empty(await Sources(new PassageFilter(PublishedTo: "2020-11-16")));
    }

    [Fact]
    public async Task Passages_page_forward_with_cursors()
    {
        var all = await Store.SearchPassagesAsync("حبوب", PassageFilter.None, PageRequest.All, ReadScope.Everything);
        var seen = new List<string>();
        string? after = null;
        PassagePage page;
        do
        {
            page = await Store.SearchPassagesAsync("حبوب", PassageFilter.None, PageRequest.FirstN(1, after), ReadScope.Everything);
            Assert.Equal(after is not null, page.HasPreviousPage);
            seen.AddRange(page.Items.Select(p => $"{p.SourceId}@{p.Start}"));
            after = page.EndCursor;
        }
        while (page.HasNextPage);
        Assert.Equal(all.Items.Select(p => $"{p.SourceId}@{p.Start}"), seen);
        Assert.Empty((await Store.SearchPassagesAsync("حبوب", PassageFilter.None, PageRequest.FirstN(0), ReadScope.Everything)).Edges);
        await Assert.ThrowsAsync<ArgumentException>(() => Store.SearchPassagesAsync("حبوب", PassageFilter.None, new PageRequest(Last: 1), ReadScope.Everything));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.SearchPassagesAsync("حبوب", PassageFilter.None, PageRequest.FirstN(1, new PageCursor("x", "y").Encode()), ReadScope.Everything));
    }

    [Fact]
    public async Task Lists_entities_with_filters_orders_and_cursors()
    {
        var places = await Store.ListEntitiesAsync(new EntityFilter(Kind: EntityKind.Place), EntityOrder.Name, PageRequest.All, ReadScope.Everything);
        Assert.Equal(["place/rabat", "place/sahel"], places.Items.Select(e => e.Id));

        var inC = await Store.ListEntitiesAsync(new EntityFilter(SourceId: "source/c_003"), EntityOrder.Id, PageRequest.All, ReadScope.Everything);
        Assert.Equal(["person/habboub", "place/rabat"], inC.Items.Select(e => e.Id));

        var named = await Store.ListEntitiesAsync(new EntityFilter(NameContains: "الشرقاوى"), EntityOrder.Id, PageRequest.All, ReadScope.Everything);
        Assert.Equal("person/habboub", Assert.Single(named.Items).Id);

        var conflicted = await Store.ListEntitiesAsync(new EntityFilter(HasConflicts: true), EntityOrder.Id, PageRequest.All, ReadScope.Everything);
        Assert.Equal(["institution/bcij", "institution/outlet-a", "person/habboub"], conflicted.Items.Select(e => e.Id)); // the outlet is the default speaker

        var byMentions = await Store.ListEntitiesAsync(EntityFilter.None, EntityOrder.MentionCount, PageRequest.FirstN(3), ReadScope.Everything);
        Assert.Equal(["institution/bcij", "person/habboub", "place/rabat"], byMentions.Items.Select(e => e.Id)); // 3, 3 (tie broken by id), 2
    }

    [Fact]
    public async Task Cursor_paging_forward_and_backward_covers_everything_once()
    {
        var all = await Store.ListEntitiesAsync(EntityFilter.None, EntityOrder.Name, PageRequest.All, ReadScope.Everything);
        Assert.Equal(7, all.TotalCount);
        Assert.False(all.HasNextPage);

        var seen = new List<string>();
        string? after = null;
        Page<Entity> page;
        do
        {
            page = await Store.ListEntitiesAsync(EntityFilter.None, EntityOrder.Name, PageRequest.FirstN(3, after), ReadScope.Everything);
            Assert.Equal(7, page.TotalCount);
            Assert.Equal(after is not null, page.HasPreviousPage);
            seen.AddRange(page.Items.Select(e => e.Id));
            after = page.EndCursor;
        }
        while (page.HasNextPage);
        Assert.Equal(all.Items.Select(e => e.Id), seen);

        var tail = await Store.ListEntitiesAsync(EntityFilter.None, EntityOrder.Name, new PageRequest(Last: 2), ReadScope.Everything);
        Assert.Equal(all.Items.TakeLast(2).Select(e => e.Id), tail.Items.Select(e => e.Id));
        Assert.True(tail.HasPreviousPage);
        var before = await Store.ListEntitiesAsync(EntityFilter.None, EntityOrder.Name, new PageRequest(Last: 2, Before: tail.StartCursor), ReadScope.Everything);
        Assert.Equal(all.Items.Skip(3).Take(2).Select(e => e.Id), before.Items.Select(e => e.Id));
        Assert.True(before.HasNextPage);
    }

    [Fact]
    public async Task A_foreign_cursor_is_rejected_with_a_clear_message()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Store.ListSourcesAsync(SourceFilter.None, new PageRequest(After: "bm9wZQ"), ReadScope.Everything));
        Assert.Contains("is not a cursor", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lists_claims_by_kind_entity_role_source_speaker_date_conflict_attribution_and_modality()
    {
        async Task<IEnumerable<string>> Ids(ClaimFilter f, ClaimOrder o = ClaimOrder.Id) => (await Store.ListClaimsAsync(f, o, PageRequest.All, ReadScope.Everything)).Items.Select(c => c.Id);

        Assert.Equal(["claim/a-cells-207", "claim/b-cells-2009"], await Ids(new ClaimFilter(Kind: ClaimKind.Quantity)));
        Assert.Equal(["claim/a-habboub-heads-bcij", "claim/b-habboub-directs-bcij"], await Ids(new ClaimFilter(EntityId: "person/habboub", Role: ClaimRole.Subject)));
        Assert.Equal(["claim/a-cells-207", "claim/a-sahel-cooperation"], await Ids(new ClaimFilter(SpeakerId: "person/habboub")));
        Assert.Equal(["claim/b-cells-2009", "claim/b-habboub-directs-bcij"], await Ids(new ClaimFilter(SourceId: "source/b_002")));
        Assert.Equal(["claim/a-sahel-cooperation"], await Ids(new ClaimFilter(EntityId: "place/sahel", Role: ClaimRole.Object)));
        Assert.Equal(3, (await Ids(new ClaimFilter(DateFrom: "2020", DateTo: "2020-11"))).Count());
        Assert.Single(await Ids(new ClaimFilter(HasConflicts: false)));
        Assert.Equal(["claim/a-habboub-heads-bcij", "claim/b-habboub-directs-bcij"], await Ids(new ClaimFilter(AttributionKind: AttributionKind.Outlet)));
        Assert.Equal(["claim/a-cells-207", "claim/a-sahel-cooperation"], await Ids(new ClaimFilter(SpeakerId: "person/habboub", AttributionKind: AttributionKind.Named, Modality: Modality.Asserted)));
        Assert.Empty(await Ids(new ClaimFilter(AttributionKind: AttributionKind.Anonymous)));
        Assert.Empty(await Ids(new ClaimFilter(Modality: Modality.Future)));
        Assert.Equal(["claim/b-cells-2009", "claim/b-habboub-directs-bcij"], (await Ids(ClaimFilter.None, ClaimOrder.Date)).TakeLast(2)); // undated last, then by id
    }

    [Fact]
    public async Task Lists_sources()
    {
        var byOutlet = await Store.ListSourcesAsync(new SourceFilter(OutletId: "institution/outlet-a"), PageRequest.All, ReadScope.Everything);
        Assert.Equal("source/a_001", Assert.Single(byOutlet.Items).Id);
        var mentioning = await Store.ListSourcesAsync(new SourceFilter(MentionsEntityId: "place/rabat"), PageRequest.All, ReadScope.Everything);
        Assert.Equal(["source/b_002", "source/c_003"], mentioning.Items.Select(s => s.Id));
    }

    [Fact]
    public async Task Relationships_are_batched_filtered_by_type_and_direction()
    {
        var result = await Store.GetRelationshipsAsync(["institution/bcij", "person/habboub", "nobody"], null, RelationshipDirection.Both, PageRequest.All, ReadScope.Everything);
        Assert.Equal(["holds-role", "located-in"], result["institution/bcij"].Items.Select(e => e.Relationship.Type));
        Assert.Equal(RelationshipDirection.Incoming, result["institution/bcij"].Items.First().Direction);
        Assert.Empty(result["nobody"].Items);

        var outgoing = await Store.GetRelationshipsAsync(["institution/bcij"], ["holds-role"], RelationshipDirection.Outgoing, PageRequest.All, ReadScope.Everything);
        Assert.Empty(outgoing["institution/bcij"].Items);
        var edge = (await Store.GetRelationshipsAsync(["person/habboub"], ["holds-role"], RelationshipDirection.Outgoing, PageRequest.All, ReadScope.Everything))["person/habboub"].Items.Single();
        Assert.Equal(2, edge.Relationship.ClaimIds.Count);
    }

    [Fact]
    public async Task Shortest_path_walks_either_direction_within_max_hops()
    {
        var path = await Store.ShortestPathAsync("person/habboub", "place/rabat", 3, ReadScope.Everything);
        Assert.NotNull(path);
        Assert.Equal(["institution/bcij", "place/rabat"], path.Select(h => h.ToId));
        Assert.Equal(["claim/a-habboub-heads-bcij", "claim/b-habboub-directs-bcij"], path[0].Relationship.ClaimIds);
        Assert.Null(await Store.ShortestPathAsync("person/habboub", "place/rabat", 1, ReadScope.Everything));
        Assert.Null(await Store.ShortestPathAsync("person/habboub", "place/sahel", 5, ReadScope.Everything)); // not connected
        Assert.Empty((await Store.ShortestPathAsync("place/rabat", "place/rabat", 2, ReadScope.Everything))!);
    }

    [Fact]
    public async Task Mentions_by_entity_and_by_source_are_batched_and_paged()
    {
        var byEntity = await Store.GetMentionsByEntityAsync(["person/habboub", "person/mohammed-vi"], PageRequest.FirstN(2), ReadScope.Everything);
        Assert.Equal(2, byEntity["person/habboub"].Items.Count());
        Assert.True(byEntity["person/habboub"].HasNextPage);
        Assert.Equal(0, byEntity["person/mohammed-vi"].TotalCount);
        Assert.Equal("source/a_001", byEntity["person/habboub"].Items.First().SourceId);

        var bySource = await Store.GetMentionsBySourceAsync(["source/c_003"], PageRequest.All, ReadScope.Everything);
        Assert.Equal(["place/rabat", "person/habboub"], bySource["source/c_003"].Items.Select(m => m.EntityId));
    }

    [Fact]
    public async Task Claims_for_entities_by_role()
    {
        var result = await Store.GetClaimsForEntitiesAsync(["person/habboub", "institution/bcij"], ClaimRole.Speaker, PageRequest.All, ReadScope.Everything);
        Assert.Equal(["claim/a-cells-207", "claim/a-sahel-cooperation"], result["person/habboub"].Items.Select(c => c.Id));
        Assert.Equal(["claim/b-cells-2009"], result["institution/bcij"].Items.Select(c => c.Id));
        var any = await Store.GetClaimsForEntitiesAsync(["institution/bcij"], ClaimRole.Any, PageRequest.All, ReadScope.Everything);
        Assert.Equal(4, any["institution/bcij"].TotalCount);
    }

    [Fact]
    public async Task Conflicts_and_corroborations()
    {
        var conflicts = await Store.GetConflictsAsync(PageRequest.All, ReadScope.Everything);
        Assert.Equal(2, conflicts.TotalCount);
        var forClaims = await Store.GetConflictsForClaimsAsync(["claim/a-cells-207", "claim/a-sahel-cooperation"], ReadScope.Everything);
        Assert.Single(forClaims["claim/a-cells-207"]);
        Assert.Empty(forClaims["claim/a-sahel-cooperation"]);
        var corroborations = await Store.GetCorroborationsAsync(["claim/a-cells-207", "claim/a-sahel-cooperation", "claim/b-cells-2009"], ReadScope.Everything);
        Assert.Equal("test agreement", Assert.Single(corroborations["claim/a-cells-207"]).Reason);
        Assert.Single(corroborations["claim/a-sahel-cooperation"]);
        Assert.Empty(corroborations["claim/b-cells-2009"]);
    }

    [Fact]
    public async Task A_bad_corpus_leaves_the_previous_graph_untouched()
    {
        var target = Store;
        var before = await CanonicalDump.WriteAsync(target);
        using var corpus = new TempCorpus();
        corpus.Replace("knowledge/claims/a_001.yaml", "فككت 207 خلايا", "فككت 208 خلايا");
        var outcome = await new ImportPipeline().ImportCorpusIntoAsync(target, corpus.Root);
        Assert.False(outcome.Succeeded);
        Assert.Equal(before, await CanonicalDump.WriteAsync(target));

        File.Delete(corpus.PathOf("knowledge/claims/a_001.yaml"));
        Assert.True((await new ImportPipeline().ImportCorpusIntoAsync(target, corpus.Root)).Succeeded);
        Assert.NotEqual(before, await CanonicalDump.WriteAsync(target));
        var claims = (await target.ListClaimsAsync(ClaimFilter.None, ClaimOrder.Id, PageRequest.All, ReadScope.Everything)).Items.ToList();
        Assert.Equal(["claim/b-cells-2009", "claim/b-habboub-directs-bcij"], claims.Where(c => c.Reviewed).Select(c => c.Id));
        Assert.All(claims.Where(c => !c.Reviewed), c => Assert.Equal("source/a_001", c.SourceId)); // a_001 lost its claims file, so extraction reads it
    }
}
