using System.Text.Json;

namespace GraphApi.Schema.Tests;

/// <summary>
/// Relay connections: cursors resume where a page ended, last/before page backwards, DESC reverses the documented order,
/// and a connection given neither first nor last returns a default page, never everything.
/// </summary>
public sealed class PagingTests
{
    [Fact]
    public async Task After_end_cursor_continues_without_gaps_or_repeats()
    {
        var everything = Ids(await Page("{ places(order: [{ field: ID }]) { nodes { id } pageInfo { hasNextPage } } }", "places"));
        var first = await Page("{ places(first: 3, order: [{ field: ID }]) { nodes { id } totalCount pageInfo { hasNextPage hasPreviousPage endCursor } } }", "places");
        var cursor = first.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var second = await Page($$"""{ places(first: 3, after: "{{cursor}}", order: [{ field: ID }]) { nodes { id } pageInfo { hasPreviousPage } } }""", "places");

        Assert.Equal(everything.Count, first.GetProperty("totalCount").GetInt32());
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.False(first.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.True(second.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.Equal(everything.Take(6), Ids(first).Concat(Ids(second)));
        Assert.Equal(everything.Order(StringComparer.Ordinal), everything);
    }

    [Fact]
    public async Task Desc_is_the_asc_order_reversed_and_pages_the_same_way()
    {
        var asc = Ids(await Page("{ institutions(order: [{ field: NAME }]) { nodes { id } } }", "institutions"));
        var desc = Ids(await Page("{ institutions(order: [{ field: NAME, direction: DESC }]) { nodes { id } } }", "institutions"));
        var firstDesc = await Page("{ institutions(first: 4, order: [{ field: NAME, direction: DESC }]) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }", "institutions");
        var cursor = firstDesc.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var nextDesc = Ids(await Page($$"""{ institutions(first: 4, after: "{{cursor}}", order: [{ field: NAME, direction: DESC }]) { nodes { id } } }""", "institutions"));

        Assert.Equal(Enumerable.Reverse(asc), desc);
        Assert.True(firstDesc.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(desc.Skip(4).Take(4), nextDesc);
    }

    [Fact]
    public async Task Last_before_pages_backwards()
    {
        var all = Ids(await Page("{ claims(first: 500) { nodes { id } } }", "claims"));
        var tail = await Page("{ claims(last: 2) { nodes { id } pageInfo { hasPreviousPage startCursor } } }", "claims");
        var cursor = tail.GetProperty("pageInfo").GetProperty("startCursor").GetString();
        var before = Ids(await Page($$"""{ claims(last: 2, before: "{{cursor}}") { nodes { id } } }""", "claims"));

        Assert.Equal(all.TakeLast(2), Ids(tail));
        Assert.True(tail.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.Equal(all.SkipLast(2).TakeLast(2), before);
    }

    [Fact]
    public async Task Without_first_or_last_a_connection_returns_its_first_100_and_a_cursor_to_the_rest()
    {
        var all = Ids(await Page("{ claims(first: 500) { nodes { id } } }", "claims"));
        var page = await Page("{ claims { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }", "claims");
        var cursor = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var rest = await Page($$"""{ claims(after: "{{cursor}}") { nodes { id } pageInfo { hasNextPage } } }""", "claims");
        var backwards = Ids(await Page("{ claims(last: 120) { nodes { id } } }", "claims"));

        Assert.True(all.Count > 100, $"the seeds should hold more than 100 claims, found {all.Count}");
        Assert.Equal(all.Count, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(all.Take(100), Ids(page));
        Assert.True(page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(all.Skip(100).Take(100), Ids(rest));
        Assert.Equal(all.Count > 200, rest.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(all.TakeLast(120), backwards);
    }

    [Theory]
    [InlineData("{ claims(last: null) { nodes { id } } }")]
    [InlineData("query($n: Int) { claims(first: $n) { nodes { id } } }")]
    public async Task A_null_count_is_a_count_left_out(string query)
    {
        Assert.Equal(100, Ids(await Page(query, "claims")).Count);
    }

    [Fact]
    public async Task Claims_filter_by_kind_and_metric_and_entity_role()
    {
        var quantities = await Page("""{ claims(where: { metric: "terrorist-cells-dismantled" }) { totalCount nodes { kind quantity { metric } } } }""", "claims");
        var spoken = await Page("""{ claims(where: { entityId: "person/habboub", role: SPEAKER }) { nodes { speaker { id } } } }""", "claims");

        Assert.True(quantities.GetProperty("totalCount").GetInt32() >= 2);
        Assert.All(quantities.GetProperty("nodes").EnumerateArray(), n => Assert.Equal("terrorist-cells-dismantled", n.GetProperty("quantity").GetProperty("metric").GetString()));
        Assert.All(spoken.GetProperty("nodes").EnumerateArray(), n => Assert.Equal("person/habboub", n.GetProperty("speaker").GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Entity_claims_filtered_by_kind_page_with_cursors()
    {
        var all = Ids(await Page("""{ node(id: "place/morocco") { ... on Place { claims(kind: STATEMENT) { nodes { id kind } } } } }""", "node", "claims"));
        var first = await Page("""{ node(id: "place/morocco") { ... on Place { claims(kind: STATEMENT, first: 2) { nodes { id } pageInfo { endCursor } } } } }""", "node", "claims");
        var cursor = first.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var next = Ids(await Page($$"""{ node(id: "place/morocco") { ... on Place { claims(kind: STATEMENT, first: 2, after: "{{cursor}}") { nodes { id } } } } }""", "node", "claims"));

        Assert.True(all.Count > 4, $"Morocco should have several statements, found {all.Count}");
        Assert.Equal(all.Take(4), Ids(first).Concat(next));
    }

    private static async Task<JsonElement> Page(string query, params string[] path)
    {
        var element = SchemaHarness.Data(await SchemaHarness.ExecuteAsync(query));
        foreach (var step in path)
        {
            element = element.GetProperty(step);
        }

        return element;
    }

    private static List<string> Ids(JsonElement connection) =>
        [.. (connection.TryGetProperty("nodes", out var nodes) ? nodes.EnumerateArray() : connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")))
            .Select(n => n.GetProperty("id").GetString()!)];
}
