using System.Text.Json;
using Snapshooter;
using Snapshooter.Xunit;

namespace GraphApi.Schema.Tests;

/// <summary>timeline, neighborhood, conflicts and the typed entity fields, checked for their documented order and bounds.</summary>
public sealed class ExplorationTests
{
    [Theory]
    [InlineData("all-conflicts")]
    [InlineData("events")]
    [InlineData("timeline")]
    public async Task Query_file_matches_its_snapshot(string queryFile)
    {
        var json = await SchemaHarness.RunQueryFileAsync(queryFile);

        Assert.DoesNotContain("\"errors\"", json, StringComparison.Ordinal);
        json.MatchSnapshot(new SnapshotNameExtension(queryFile));
    }

    [Theory]
    [InlineData("place/morocco")]
    [InlineData(null)]
    public async Task Timeline_is_ordered_by_date_then_id_and_every_item_is_dated(string? entityId)
    {
        var timeline = SchemaHarness.Data(await SchemaHarness.ExecuteAsync(
            "query($id: ID) { timeline(entityId: $id, first: 500) { totalCount nodes { date kind event { id } claim { id } } } }",
            new Dictionary<string, object?> { ["id"] = entityId })).GetProperty("timeline");
        var items = timeline.GetProperty("nodes").EnumerateArray().ToList();

        Assert.NotEmpty(items);
        Assert.Equal(timeline.GetProperty("totalCount").GetInt32(), items.Count);
        var keys = items.Select(i => (Date: i.GetProperty("date").GetString()!, Id: Id(i))).ToList();
        Assert.Equal(keys.OrderBy(k => k.Date, StringComparer.Ordinal).ThenBy(k => k.Id, StringComparer.Ordinal), keys);
        Assert.All(items, i => Assert.True(i.GetProperty(i.GetProperty("kind").GetString() == "EVENT" ? "event" : "claim").ValueKind == JsonValueKind.Object));
    }

    [Fact]
    public async Task Corpus_timeline_holds_every_dated_event_and_claim_and_entity_timelines_are_part_of_it()
    {
        var corpus = await TimelineIdsAsync(null);
        var dated = SchemaHarness.Data(await SchemaHarness.ExecuteAsync("""
            { events(first: 500) { nodes { id date } } claims(first: 500, where: { dateTo: "9999" }) { totalCount } }
            """));
        var datedEvents = dated.GetProperty("events").GetProperty("nodes").EnumerateArray().Count(e => e.GetProperty("date").ValueKind == JsonValueKind.String);

        Assert.Equal(datedEvents + dated.GetProperty("claims").GetProperty("totalCount").GetInt32(), corpus.Count);
        Assert.Equal(corpus.Count, corpus.Distinct().Count());
        Assert.Superset((await TimelineIdsAsync("person/habboub")).ToHashSet(), corpus.ToHashSet());
    }

    [Theory]
    [InlineData(null, 3)]
    [InlineData(null, 7)]
    [InlineData("place/morocco", 2)]
    public async Task Timeline_pages_resume_after_their_end_cursor_without_gaps_or_repeats(string? entityId, int pageSize)
    {
        var everything = await TimelineIdsAsync(entityId);
        var paged = new List<string>();
        string? after = null;
        for (var pages = 0; ; pages++)
        {
            Assert.True(pages <= everything.Count, "paging did not end");
            var page = SchemaHarness.Data(await SchemaHarness.ExecuteAsync(
                "query($id: ID, $n: Int, $after: String) { timeline(entityId: $id, first: $n, after: $after) { totalCount nodes { event { id } claim { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }",
                new Dictionary<string, object?> { ["id"] = entityId, ["n"] = pageSize, ["after"] = after })).GetProperty("timeline");
            var ids = page.GetProperty("nodes").EnumerateArray().Select(Id).ToList();
            Assert.Equal(everything.Count, page.GetProperty("totalCount").GetInt32());
            Assert.InRange(ids.Count, 0, pageSize);
            Assert.Equal(after is not null, page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
            paged.AddRange(ids);
            if (!page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }

            after = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }

        Assert.Equal(everything, paged);
    }

    [Fact]
    public async Task Timeline_page_size_is_bounded()
    {
        var result = await SchemaHarness.ExecuteAsync("{ timeline(first: 501) { totalCount } }");

        Assert.Contains("between 0 and 500", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    private static async Task<List<string>> TimelineIdsAsync(string? entityId) =>
        [.. SchemaHarness.Data(await SchemaHarness.ExecuteAsync(
                "query($id: ID) { timeline(entityId: $id, first: 500) { nodes { event { id } claim { id } } } }",
                new Dictionary<string, object?> { ["id"] = entityId }))
            .GetProperty("timeline").GetProperty("nodes").EnumerateArray().Select(Id)];

    [Fact]
    public async Task Neighborhood_caps_edges_per_entity_and_says_so()
    {
        var wide = Subgraph(await SchemaHarness.ExecuteAsync("""{ neighborhood(id: "place/morocco", depth: 1, first: 500) { nodes { id } edges { id source target } truncated } }"""));
        var capped = Subgraph(await SchemaHarness.ExecuteAsync("""{ neighborhood(id: "place/morocco", depth: 1, first: 2) { nodes { id } edges { id source target } truncated } }"""));
        var centreOnly = Subgraph(await SchemaHarness.ExecuteAsync("""{ neighborhood(id: "place/morocco", depth: 0) { nodes { id } edges { id } truncated } }"""));

        Assert.True(wide.GetProperty("edges").GetArrayLength() > 2);
        Assert.False(wide.GetProperty("truncated").GetBoolean());
        Assert.Equal(2, capped.GetProperty("edges").GetArrayLength());
        Assert.True(capped.GetProperty("truncated").GetBoolean());
        Assert.Equal("place/morocco", centreOnly.GetProperty("nodes")[0].GetProperty("id").GetString());
        Assert.Equal(1, centreOnly.GetProperty("nodes").GetArrayLength());
        Assert.Equal(0, centreOnly.GetProperty("edges").GetArrayLength());

        var nodeIds = wide.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToHashSet();
        Assert.All(wide.GetProperty("edges").EnumerateArray(), e =>
        {
            Assert.Contains(e.GetProperty("source").GetString(), nodeIds);
            Assert.Contains(e.GetProperty("target").GetString(), nodeIds);
        });
    }

    [Fact]
    public async Task Every_conflict_shows_both_sides_with_evidence()
    {
        var conflicts = SchemaHarness.Data(await SchemaHarness.ExecuteAsync("{ conflicts { id reason left { id evidence { quote } } right { id evidence { quote } } } }"))
            .GetProperty("conflicts").EnumerateArray().ToList();

        Assert.NotEmpty(conflicts);
        Assert.Equal(conflicts.Select(c => c.GetProperty("id").GetString()).Order(StringComparer.Ordinal), conflicts.Select(c => c.GetProperty("id").GetString()));
        Assert.All(conflicts, c =>
        {
            Assert.NotEqual(c.GetProperty("left").GetProperty("id").GetString(), c.GetProperty("right").GetProperty("id").GetString());
            Assert.True(c.GetProperty("left").GetProperty("evidence").GetArrayLength() > 0);
            Assert.True(c.GetProperty("right").GetProperty("evidence").GetArrayLength() > 0);
        });
    }

    [Theory]
    [InlineData("حبّوب", "person/habboub")]
    [InlineData("habboub", "person/habboub")]
    [InlineData("فورونكوف", "person/voronkov")]
    public async Task Name_filter_ignores_case_and_diacritics(string needle, string expectedId)
    {
        var people = SchemaHarness.Data(await SchemaHarness.ExecuteAsync(
            "query($n: String) { people(where: { nameContains: $n }) { nodes { id } } }", new Dictionary<string, object?> { ["n"] = needle }));

        Assert.Contains(expectedId, people.GetProperty("people").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Source_exposes_text_offsets_that_match_its_mentions()
    {
        var source = SchemaHarness.Data(await SchemaHarness.ExecuteAsync("""
            { sources(first: 1) { nodes { text url citation mentions(first: 5) { nodes { start end text } } } } }
            """)).GetProperty("sources").GetProperty("nodes")[0];
        var text = source.GetProperty("text").GetString()!;

        Assert.Equal(JsonValueKind.Null, source.GetProperty("url").ValueKind);
        Assert.Contains("URL unknown", source.GetProperty("citation").GetString(), StringComparison.Ordinal);
        Assert.All(source.GetProperty("mentions").GetProperty("nodes").EnumerateArray(), m =>
            Assert.Equal(m.GetProperty("text").GetString(), text[m.GetProperty("start").GetInt32()..m.GetProperty("end").GetInt32()]));
    }

    private static string Id(JsonElement item) =>
        (item.GetProperty("event").ValueKind == JsonValueKind.Object ? item.GetProperty("event") : item.GetProperty("claim")).GetProperty("id").GetString()!;

    private static JsonElement Subgraph(GraphApi.GraphQL.Execution.ExecutionResult result) => SchemaHarness.Data(result).GetProperty("neighborhood");
}
