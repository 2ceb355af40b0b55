using System.Text.Json;
using System.Text.Json.Serialization;
using GraphApi.Knowledge.Export;
using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Stores;
using GraphApi.Knowledge.Stores.Embedded;
using GraphApi.Testing;

namespace GraphApi.Knowledge.Neo4j.Tests;

/// <summary>
/// Parity on the real seeds: the same calls on Neo4j and on the embedded store give identical answers, serialized
/// value for value (orders, cursors, scores and ids included), and the graph read back from Neo4j is the imported one.
/// </summary>
public sealed class SeedsParityTests : IAsyncLifetime
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };
    private static readonly Lazy<KnowledgeGraph> Seeds = SeedGraph.Imported;

    private readonly EmbeddedKnowledgeStore embedded = new(Seeds.Value);
    private readonly Neo4jKnowledgeStore neo4j = RealServer.Store();

    public async Task InitializeAsync() => await neo4j.ReplaceGraphAsync(Seeds.Value);

    public async Task DisposeAsync() => await neo4j.DisposeAsync();

    public static TheoryData<string> Calls() => [.. CallTable.Keys];

    private static readonly Dictionary<string, Func<IKnowledgeStore, Task<object?>>> CallTable = new(StringComparer.Ordinal)
    {
        ["search Arabic with clitic"] = async s => await s.SearchAsync("للشرقاوي حبّوب", null, 10, ReadScope.Everything),
        ["search Latin variant"] = async s => await s.SearchAsync("Haboub", null, 10, ReadScope.Everything),
        ["search Voronkov people"] = async s => await s.SearchAsync("Voronkov", [NodeKind.Person], 5, ReadScope.Everything),
        ["search places"] = async s => await s.SearchAsync("والمغرب", [NodeKind.Place], 5, ReadScope.Everything),
        ["search claims and sources"] = async s => await s.SearchAsync("خلية", [NodeKind.Claim, NodeKind.Source], 10, ReadScope.Everything),
        ["search nothing"] = async s => await s.SearchAsync("zzzzqqq", null, 10, ReadScope.Everything),
        ["search a ticker name"] = async s => await s.SearchAsync("ترامب", null, 10, ReadScope.Everything),
        ["search type-ahead"] = async s => await s.SearchAsync("Nasser Bour", null, 10, ReadScope.Everything),
        ["search a partial name"] = async s => await s.SearchAsync("الساحل", null, 10, ReadScope.Everything),
        ["search every kind"] = async s => await s.SearchAsync("الإرهاب", [NodeKind.Person, NodeKind.Institution, NodeKind.Event, NodeKind.Place, NodeKind.Program, NodeKind.Claim, NodeKind.Source], 10, ReadScope.Everything),
        ["passages"] = async s => await s.SearchPassagesAsync("الساحل", PassageFilter.None, new PageRequest(First: 3), ReadScope.Everything),
        ["passages, page 2"] = async s =>
        {
            var first = await s.SearchPassagesAsync("مكافحة الإرهاب", PassageFilter.None, new PageRequest(First: 4), ReadScope.Everything);
            return await s.SearchPassagesAsync("مكافحة الإرهاب", PassageFilter.None, new PageRequest(First: 4, After: first.EndCursor), ReadScope.Everything);
        },
        ["passages with a phrase"] = async s => await s.SearchPassagesAsync("\"فى منطقه الساحل\" الإرهاب", PassageFilter.None, PageRequest.All, ReadScope.Everything),
        ["passages of one source"] = async s => await s.SearchPassagesAsync("المغرب", new PassageFilter(SourceId: "source/002_dd3754d337638b4a"), new PageRequest(First: 5), ReadScope.Everything),
        ["passages by outlet and date"] = async s => await s.SearchPassagesAsync("الإرهاب", new PassageFilter(OutletId: "institution/agora-press", PublishedFrom: "2020-11", PublishedTo: "2020"), new PageRequest(First: 5), ReadScope.Everything),
        ["passages, none"] = async s => await s.SearchPassagesAsync("ترامب", PassageFilter.None, PageRequest.All, ReadScope.Everything),
        ["nodes"] = async s => (await s.GetNodesAsync(["person/habboub", "nope", "claim/004-bcij-cells-2009", "source/004_fcad1568809268b8"], ReadScope.Everything)).Cast<object?>().ToList(),
        ["people by name"] = async s => await s.ListEntitiesAsync(new EntityFilter(Kind: EntityKind.Person), EntityOrder.Name, PageRequest.All, ReadScope.Everything),
        ["institutions by mentions, page 2"] = async s =>
        {
            var first = await s.ListEntitiesAsync(new EntityFilter(Kind: EntityKind.Institution), EntityOrder.MentionCount, new PageRequest(First: 5), ReadScope.Everything);
            return await s.ListEntitiesAsync(new EntityFilter(Kind: EntityKind.Institution), EntityOrder.MentionCount, new PageRequest(First: 5, After: first.Edges[^1].Cursor), ReadScope.Everything);
        },
        ["entities in 004 with conflicts"] = async s => await s.ListEntitiesAsync(new EntityFilter(SourceId: "source/004_fcad1568809268b8", HasConflicts: true), EntityOrder.Id, PageRequest.All, ReadScope.Everything),
        ["entities named like league"] = async s => await s.ListEntitiesAsync(new EntityFilter(NameContains: "الرابطه"), EntityOrder.Name, new PageRequest(Last: 3), ReadScope.Everything),
        ["quantity claims by date"] = async s => await s.ListClaimsAsync(new ClaimFilter(Kind: ClaimKind.Quantity), ClaimOrder.Date, PageRequest.All, ReadScope.Everything),
        ["claims spoken by Habboub"] = async s => await s.ListClaimsAsync(new ClaimFilter(SpeakerId: "person/habboub"), ClaimOrder.Id, PageRequest.All, ReadScope.Everything),
        ["claims with conflicts"] = async s => await s.ListClaimsAsync(new ClaimFilter(HasConflicts: true), ClaimOrder.Id, PageRequest.All, ReadScope.Everything),
        ["documents by name"] = async s => await s.ListEntitiesAsync(new EntityFilter(Kind: EntityKind.Document), EntityOrder.Name, PageRequest.All, ReadScope.Everything),
        ["what the CRT 2021 says"] = async s => await s.GetClaimsForEntitiesAsync(["document/us-crt-2021", "document/moroccan-press-reports"], ClaimRole.Speaker, PageRequest.All, ReadScope.Everything),
        ["what unnamed sources say, by date"] = async s => await s.ListClaimsAsync(new ClaimFilter(AttributionKind: AttributionKind.Anonymous), ClaimOrder.Date, PageRequest.All, ReadScope.Everything),
        ["future and possible claims"] = async s => new[] { await s.ListClaimsAsync(new ClaimFilter(Modality: Modality.Future), ClaimOrder.Id, PageRequest.All, ReadScope.Everything), await s.ListClaimsAsync(new ClaimFilter(Kind: ClaimKind.Quantity, Modality: Modality.Possible), ClaimOrder.Id, new PageRequest(First: 1), ReadScope.Everything) },
        // A list that starts from one property (metric, kind, review state, attribution, modality) keeps its other filters.
        ["statements of a metric"] = async s => await s.ListClaimsAsync(new ClaimFilter(Kind: ClaimKind.Statement, Metric: "terrorist-cells-dismantled"), ClaimOrder.Id, PageRequest.All, ReadScope.Everything),
        ["curated figures, extracted figures"] = async s => new[] { await s.ListClaimsAsync(new ClaimFilter(Kind: ClaimKind.Quantity, Reviewed: true), ClaimOrder.Id, PageRequest.All, ReadScope.Everything), await s.ListClaimsAsync(new ClaimFilter(Kind: ClaimKind.Quantity, Reviewed: false), ClaimOrder.Id, PageRequest.All, ReadScope.Everything) },
        ["curated claims of unnamed sources, asserted"] = async s => await s.ListClaimsAsync(new ClaimFilter(Reviewed: true, AttributionKind: AttributionKind.Anonymous, Modality: Modality.Asserted), ClaimOrder.Id, PageRequest.All, ReadScope.Everything),
        ["named and announced"] = async s => await s.ListClaimsAsync(new ClaimFilter(AttributionKind: AttributionKind.Named, Modality: Modality.Future), ClaimOrder.Id, PageRequest.All, ReadScope.Everything),
        ["what unnamed DGST sources say"] = async s => await s.ListClaimsAsync(new ClaimFilter(SpeakerId: "person/dgst-sources"), ClaimOrder.Date, PageRequest.All, ReadScope.Everything),
        ["search documents"] = async s => await s.SearchAsync("التقارير الأممية", [NodeKind.Document], 5, ReadScope.Everything),
        ["sources mentioning Morocco"] = async s => await s.ListSourcesAsync(new SourceFilter(MentionsEntityId: "place/morocco"), new PageRequest(First: 2), ReadScope.Everything),
        ["all sources, last 2"] = async s => await s.ListSourcesAsync(SourceFilter.None, new PageRequest(Last: 2), ReadScope.Everything),
        ["relationships"] = async s => await s.GetRelationshipsAsync(["person/habboub", "person/voronkov", "institution/unoct"], null, RelationshipDirection.Both, PageRequest.All, ReadScope.Everything),
        ["outgoing holds-role"] = async s => await s.GetRelationshipsAsync(["person/voronkov"], ["holds-role"], RelationshipDirection.Outgoing, new PageRequest(First: 1), ReadScope.Everything),
        ["path Fischer to UNOCT"] = async s => await s.ShortestPathAsync("person/david-fischer", "institution/unoct", 4, ReadScope.Everything),
        ["no path within one hop"] = async s => await s.ShortestPathAsync("person/david-fischer", "institution/unoct", 1, ReadScope.Everything),
        ["mentions by entity"] = async s => await s.GetMentionsByEntityAsync(["place/morocco", "person/habboub"], new PageRequest(First: 3), ReadScope.Everything),
        ["mentions by source"] = async s => await s.GetMentionsBySourceAsync(["source/001_a2f0a9acf6273409"], PageRequest.All, ReadScope.Everything),
        ["claims for entities as subject"] = async s => await s.GetClaimsForEntitiesAsync(["person/voronkov", "place/morocco"], ClaimRole.Subject, PageRequest.All, ReadScope.Everything),
        ["claims for entities, any role"] = async s => await s.GetClaimsForEntitiesAsync(["person/habboub"], ClaimRole.Any, new PageRequest(First: 2), ReadScope.Everything),
        ["conflicts"] = async s => await s.GetConflictsAsync(PageRequest.All, ReadScope.Everything),
        ["conflicts for claims"] = async s => await s.GetConflictsForClaimsAsync(["claim/004-bcij-cells-2009", "claim/000-voronkov-title-asg", "nope"], ReadScope.Everything),
        ["corroborations"] = async s => await s.GetCorroborationsAsync(["claim/004-bcij-cells-2009"], ReadScope.Everything),
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task Neo4j_answers_exactly_as_the_embedded_store(string call)
    {
        var expected = JsonSerializer.Serialize(await CallTable[call](embedded), Json);
        var actual = JsonSerializer.Serialize(await CallTable[call](neo4j), Json);
        Assert.Equal(expected, actual);
    }

    /// <summary>
    /// Issue 11, round trips: a page of an entity's mentions brings their sources along, and a page of relationships the
    /// entities at their other ends, and a page of claims their own sources (Page.Related), so the API need not read them
    /// again; they must be exactly the nodes that a read by id gives.
    /// </summary>
    [Fact]
    public async Task Nodes_read_along_with_a_page_are_the_nodes_read_by_id()
    {
        var mentions = (await neo4j.GetMentionsByEntityAsync(["place/morocco", "person/habboub"], new PageRequest(First: 3), ReadScope.Everything))
            .Values.ToList();
        var relationships = (await neo4j.GetRelationshipsAsync(["place/morocco"], null, RelationshipDirection.Both, new PageRequest(First: 4), ReadScope.Everything))
            .Values.ToList();
        var claims = await neo4j.ListClaimsAsync(ClaimFilter.None, ClaimOrder.Id, new PageRequest(First: 5), ReadScope.Everything);

        var claimSourceIds = claims.Items.Select(c => c.SourceId).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(claimSourceIds, claims.Related.Select(n => n.Id).Order(StringComparer.Ordinal));
        var sourceIds = mentions.SelectMany(p => p.Items).Select(m => m.SourceId).Distinct().Order(StringComparer.Ordinal).ToList();
        var otherIds = relationships.SelectMany(p => p.Items).Select(e => e.OtherId).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(sourceIds);
        Assert.NotEmpty(otherIds);
        var relatedSources = mentions.SelectMany(p => p.Related).DistinctBy(n => n.Id).ToList();
        var relatedEntities = relationships.SelectMany(p => p.Related).DistinctBy(n => n.Id).ToList();
        Assert.Subset(relatedSources.Select(n => n.Id).ToHashSet(), sourceIds.ToHashSet());
        Assert.Subset(relatedEntities.Select(n => n.Id).ToHashSet(), otherIds.ToHashSet());

        foreach (var node in relatedSources.Concat(relatedEntities).Concat(claims.Related))
        {
            var byId = (await embedded.GetNodesAsync([node.Id], ReadScope.Everything))[0];
            Assert.Equal(JsonSerializer.Serialize(byId, byId!.GetType(), Json), JsonSerializer.Serialize(node, node.GetType(), Json));
        }
    }

    /// <summary>
    /// A page of mentions whose reader does not show their sources (<see cref="PageRequest.WithRelated"/> false) carries
    /// none of them, so none of their texts; the page itself, cursors and counts included, is the same.
    /// </summary>
    [Theory]
    [InlineData(null)]
    [InlineData(2)]
    public async Task A_page_whose_reader_shows_no_related_nodes_carries_none(int? first)
    {
        string[] ids = ["place/morocco", "person/habboub"];
        var with = await neo4j.GetMentionsByEntityAsync(ids, new PageRequest(First: first), ReadScope.Everything);
        var without = await neo4j.GetMentionsByEntityAsync(ids, new PageRequest(First: first) { WithRelated = false }, ReadScope.Everything);
        var relationshipsWithout = await neo4j.GetRelationshipsAsync(["place/morocco"], null, RelationshipDirection.Both, new PageRequest(First: first) { WithRelated = false }, ReadScope.Everything);

        Assert.NotEmpty(with.Values.SelectMany(p => p.Related));
        Assert.Empty(without.Values.SelectMany(p => p.Related));
        Assert.Empty(relationshipsWithout.Values.SelectMany(p => p.Related));
        Assert.NotEmpty(relationshipsWithout["place/morocco"].Items);
        var claimsWith = await neo4j.ListClaimsAsync(ClaimFilter.None, ClaimOrder.Id, new PageRequest(First: first), ReadScope.Everything);
        var claimsWithout = await neo4j.ListClaimsAsync(ClaimFilter.None, ClaimOrder.Id, new PageRequest(First: first) { WithRelated = false }, ReadScope.Everything);
        Assert.NotEmpty(claimsWith.Related);
        Assert.Empty(claimsWithout.Related);
        Assert.Equal(JsonSerializer.Serialize(claimsWith, Json), JsonSerializer.Serialize(claimsWithout, Json));
        foreach (var id in ids)
        {
            Assert.Equal(JsonSerializer.Serialize(with[id], Json), JsonSerializer.Serialize(without[id], Json));
        }
    }

    [Fact]
    public async Task The_graph_read_back_is_the_imported_graph_and_health_counts_it()
    {
        Assert.Equal(CanonicalDump.Write(Seeds.Value), await CanonicalDump.WriteAsync(neo4j));
        var health = await neo4j.GetHealthAsync();
        Assert.True(health.Ready);
        Assert.Equal((5, Seeds.Value.Entities.Count, Seeds.Value.Claims.Count, Seeds.Value.Mentions.Count), (health.Sources, health.Entities, health.Claims, health.Mentions));
    }

    /// <summary>
    /// Issue 18 in the property graph: attribution, modality, dates as written and notes are properties of <c>:Claim</c>,
    /// an affiliation is an <c>AFFILIATION</c> relationship, a document is a <c>:Document</c> <c>PUBLISHED_BY</c> its
    /// issuer, and a conflict's flags are a property of <c>CONFLICTS_WITH</c>, so a Cypher reader asks for them directly.
    /// </summary>
    [Fact]
    public async Task Attribution_modality_documents_and_conflict_flags_are_properties_a_Cypher_reader_can_query()
    {
        var partition = new Dictionary<string, object?>(StringComparer.Ordinal) { ["partition"] = neo4j.Partition };
        async Task<List<string>> Rows(string query) =>
            [.. (await neo4j.Runner.ReadAsync(query, partition, CancellationToken.None)).Select(r => string.Join(" | ", r.Values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture))))];

        var claims = await Rows(
            "MATCH (c:Claim) WHERE c.partition = $partition OPTIONAL MATCH (c)-[:AFFILIATION]->(a:Entity) " +
            "RETURN c.id AS id, c.attributionKind AS kind, a.id AS affiliation, c.attributionText AS text, c.attributionEn AS en, c.attributionStart AS start, " +
            "c.modality AS modality, c.dateAsWritten AS dateAsWritten, c.dateAsWrittenStart AS dateStart, c.note AS note ORDER BY id");
        Assert.Equal(
            Seeds.Value.Claims.OrderBy(c => c.Id, StringComparer.Ordinal).Select(c => string.Join(" | ",
                c.Id, c.Attribution.Kind, c.Attribution.AffiliationId, c.Attribution.Phrase?.Text, c.Attribution.Phrase?.En, c.Attribution.Phrase?.Start,
                c.Modality, c.DateAsWritten?.Text, c.DateAsWritten?.Start, c.Note)),
            claims);

        // Every attributing phrase and date as written is verbatim at its offsets, checked in Cypher (UTF-16, as the API counts).
        Assert.Equal(["True"], (await Rows(
            "MATCH (c:Claim)-[:READ_FROM]->(s:Source) WHERE c.partition = $partition " +
            "UNWIND [[c.attributionText, c.attributionStart, c.attributionEnd], [c.dateAsWritten, c.dateAsWrittenStart, c.dateAsWrittenEnd]] AS p " +
            "WITH s, p WHERE p[0] IS NOT NULL RETURN substring(s.text, p[1], p[2] - p[1]) = p[0] AS verbatim")).Distinct());

        Assert.Equal(
            Seeds.Value.Entities.Where(e => e.Kind == EntityKind.Document).OrderBy(e => e.Id, StringComparer.Ordinal).Select(e => e.Id + " | " + e.PublisherId),
            await Rows("MATCH (d:Document) WHERE d.partition = $partition OPTIONAL MATCH (d)-[:PUBLISHED_BY]->(p:Entity) RETURN d.id AS id, p.id AS publisher ORDER BY id"));
        Assert.Contains("conflict/claim/003-dgst-cells-207-since-2002|claim/004-bcij-cells-2009", await Rows(
            "MATCH (:Claim)-[x:CONFLICTS_WITH]->(:Claim) WHERE x.id STARTS WITH 'conflict/' AND 'magnitude-outlier' IN x.flags AND startNode(x).partition = $partition RETURN x.id AS id"));
    }

    [Fact]
    public async Task Importing_again_is_idempotent_and_a_removed_article_disappears()
    {
        await neo4j.ReplaceGraphAsync(Seeds.Value);
        Assert.Equal(CanonicalDump.Write(Seeds.Value), await CanonicalDump.WriteAsync(neo4j));

        var removed = "source/002_dd3754d337638b4a";
        var smaller = Seeds.Value with
        {
            Sources = [.. Seeds.Value.Sources.Where(s => s.Id != removed)],
            Mentions = [.. Seeds.Value.Mentions.Where(m => m.SourceId != removed)],
            Claims = [.. Seeds.Value.Claims.Where(c => c.SourceId != removed)],
        };
        await neo4j.ReplaceGraphAsync(smaller);

        Assert.Equal(CanonicalDump.Write(smaller), await CanonicalDump.WriteAsync(neo4j));
        Assert.Null((await neo4j.GetNodesAsync([removed], ReadScope.Everything))[0]);
        Assert.Empty((await neo4j.GetMentionsBySourceAsync([removed], PageRequest.All, ReadScope.Everything))[removed].Edges);
    }

    [Fact]
    public async Task A_reimport_writes_only_the_sources_that_changed()
    {
        var log = new CapturingLogger();
        await using var store = Neo4jKnowledgeStore.Connect(RealServer.Options(neo4j.Partition), logger: log);
        string Last() => log.Lines[^1].Message;

        await store.ReplaceGraphAsync(Seeds.Value);
        Assert.Contains("already holds this graph", Last(), StringComparison.Ordinal);

        var retitled = Seeds.Value with { Sources = [.. Seeds.Value.Sources.Select((s, i) => i == 1 ? s with { Title = "a new title" } : s)] };
        await store.ReplaceGraphAsync(retitled);
        Assert.Contains("wrote 1 of 5 sources (0 removed)", Last(), StringComparison.Ordinal);
        Assert.Equal(CanonicalDump.Write(retitled), await CanonicalDump.WriteAsync(store));

        var removed = "source/002_dd3754d337638b4a";
        var smaller = retitled with
        {
            Sources = [.. retitled.Sources.Where(s => s.Id != removed)],
            Mentions = [.. retitled.Mentions.Where(m => m.SourceId != removed)],
            Claims = [.. retitled.Claims.Where(c => c.SourceId != removed)],
        };
        await store.ReplaceGraphAsync(smaller);
        Assert.Contains("wrote 0 of 4 sources (1 removed)", Last(), StringComparison.Ordinal);
        Assert.Equal(CanonicalDump.Write(smaller), await CanonicalDump.WriteAsync(store));
    }

    [Fact]
    public async Task Round_trips_do_not_grow_with_the_number_of_ids()
    {
        var ids = Seeds.Value.Entities.Select(e => e.Id).ToList();
        var before = neo4j.RoundTrips;
        await neo4j.GetNodesAsync(ids.Take(2).ToList(), ReadScope.Everything);
        await neo4j.GetMentionsByEntityAsync(ids.Take(2).ToList(), PageRequest.All, ReadScope.Everything);
        var forTwo = neo4j.RoundTrips - before;

        before = neo4j.RoundTrips;
        await neo4j.GetNodesAsync(ids.Take(20).ToList(), ReadScope.Everything);
        await neo4j.GetMentionsByEntityAsync(ids.Take(20).ToList(), PageRequest.All, ReadScope.Everything);
        var forTwenty = neo4j.RoundTrips - before;

        Assert.Equal(forTwo, forTwenty);
    }
}
