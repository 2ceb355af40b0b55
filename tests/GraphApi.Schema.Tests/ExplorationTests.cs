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
    public async Task Query_file_matches_its_snapshot(string queryFile)
    {
        var json = await SchemaHarness.RunQueryFileAsync(queryFile);

        Assert.DoesNotContain("\"errors\"", json, StringComparison.Ordinal);
        json.MatchSnapshot(new SnapshotNameExtension(queryFile));
    }

    [Fact]
    public async Task Timeline_is_ordered_by_date_then_id_and_every_item_is_dated()
    {
        var items = SchemaHarness.Data(await SchemaHarness.ExecuteAsync("""
            { timeline(entityId: "place/morocco") { date kind event { id } claim { id } } }
            """)).GetProperty("timeline").EnumerateArray().ToList();

        Assert.NotEmpty(items);
        var keys = items.Select(i => (Date: i.GetProperty("date").GetString()!, Id: Id(i))).ToList();
        Assert.Equal(keys.OrderBy(k => k.Date, StringComparer.Ordinal).ThenBy(k => k.Id, StringComparer.Ordinal), keys);
        Assert.All(items, i => Assert.True(i.GetProperty(i.GetProperty("kind").GetString() == "EVENT" ? "event" : "claim").ValueKind == JsonValueKind.Object));
    }

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
