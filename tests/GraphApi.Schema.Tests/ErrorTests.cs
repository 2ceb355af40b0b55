using System.Text.Json;
using GraphApi.GraphQL.Execution;

namespace GraphApi.Schema.Tests;

/// <summary>Unknown ids, bad cursors, invalid filters and empty searches: what a client sees, with codes it can act on.</summary>
public sealed class ErrorTests
{
    [Fact]
    public async Task Unknown_node_id_is_null_without_an_error()
    {
        var result = await SchemaHarness.ExecuteAsync("""{ node(id: "person/nobody") { id } nodes(ids: ["person/habboub", "claim/nothing"]) { id } }""");

        var data = SchemaHarness.Data(result);
        Assert.Equal(JsonValueKind.Null, data.GetProperty("node").ValueKind);
        var nodes = data.GetProperty("nodes");
        Assert.Equal("person/habboub", nodes[0].GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, nodes[1].ValueKind);
    }

    [Fact]
    public async Task Node_resolves_to_the_concrete_type()
    {
        var result = await SchemaHarness.ExecuteAsync("""
            { a: node(id: "person/habboub") { __typename } b: node(id: "institution/unoct") { __typename } c: node(id: "source/003_ac3f4d661c3c58c8") { __typename } }
            """);

        var data = SchemaHarness.Data(result);
        Assert.Equal("Person", data.GetProperty("a").GetProperty("__typename").GetString());
        Assert.Equal("Institution", data.GetProperty("b").GetProperty("__typename").GetString());
        Assert.Equal("Source", data.GetProperty("c").GetProperty("__typename").GetString());
    }

    [Theory]
    [InlineData("""{ people(after: "not-a-cursor") { totalCount } }""", "after")]
    [InlineData("""{ claims(last: 2, before: "%%%") { totalCount } }""", "before")]
    [InlineData("""{ node(id: "person/habboub") { ... on Person { mentions(after: "bm9wZQ") { totalCount } } } }""", "after")]
    [InlineData("""{ passages(text: "الساحل", after: "bm9wZQ") { nodes { text } } }""", "after")]
    [InlineData("""{ passages(text: "الساحل", after: "YzEfH3BlcnNvbi9oYWJib3Vi") { nodes { text } } }""", "after")] // a cursor of another list
    public async Task Bad_cursor_is_a_BAD_CURSOR_error(string query, string argument)
    {
        var error = SingleError(await SchemaHarness.ExecuteAsync(query));

        Assert.Equal("BAD_CURSOR", Code(error));
        Assert.Contains($"\"{argument}\"", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ claims(where: { dateFrom: "yesterday" }) { totalCount } }""", "dateFrom")]
    [InlineData("""{ claims(where: { dateTo: "2020-13-01" }) { totalCount } }""", "dateTo")]
    [InlineData("""{ people(first: -1) { totalCount } }""", "first")]
    [InlineData("""{ sources(first: 501) { totalCount } }""", "first")]
    [InlineData("""{ search(text: "Habboub", first: 1000) { score } }""", "first")]
    [InlineData("""{ passages(text: "الساحل", first: 501) { nodes { text } } }""", "first")]
    [InlineData("""{ passages(text: "الساحل", where: { publishedFrom: "last year" }) { nodes { text } } }""", "publishedFrom")]
    [InlineData("""{ passages(text: "الساحل", where: { publishedTo: "2020-02-30" }) { nodes { text } } }""", "publishedTo")]
    [InlineData("""{ path(from: "person/habboub", to: "institution/unoct", maxHops: 99) { length } }""", "maxHops")]
    [InlineData("""{ neighborhood(id: "person/habboub", depth: 9) { truncated } }""", "depth")]
    [InlineData("""{ people(order: [{ field: NAME }, { field: ID }]) { totalCount } }""", "order")]
    public async Task Invalid_argument_is_a_BAD_USER_INPUT_error_naming_it(string query, string argument)
    {
        var error = SingleError(await SchemaHarness.ExecuteAsync(query));

        Assert.Equal("BAD_USER_INPUT", Code(error));
        Assert.Contains($"\"{argument}\"", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Zzyzxqwerty Plumbus")]
    [InlineData("غغغغغغ")]
    public async Task Search_without_a_match_is_an_empty_list(string text)
    {
        var result = await SchemaHarness.ExecuteAsync("query($t: String!) { search(text: $t) { entity { id } } }", new Dictionary<string, object?> { ["t"] = text });

        Assert.Equal(0, SchemaHarness.Data(result).GetProperty("search").GetArrayLength());
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \" \" ")]
    [InlineData("ترامب")]      // only in a headline ticker, which is not searched
    [InlineData("الساحل ترامب")] // every word must occur
    public async Task Passage_search_without_a_match_is_an_empty_page(string text)
    {
        var result = await SchemaHarness.ExecuteAsync("query($t: String!) { passages(text: $t) { nodes { text } pageInfo { hasNextPage endCursor } } }", new Dictionary<string, object?> { ["t"] = text });

        var passages = SchemaHarness.Data(result).GetProperty("passages");
        Assert.Equal(0, passages.GetProperty("nodes").GetArrayLength());
        Assert.False(passages.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task Unknown_ids_in_exploration_give_empty_results()
    {
        var result = await SchemaHarness.ExecuteAsync("""
            { path(from: "person/nobody", to: "person/habboub") { length } neighborhood(id: "person/nobody") { nodes { id } edges { id } } timeline(entityId: "person/nobody") { totalCount nodes { date } } }
            """);

        var data = SchemaHarness.Data(result);
        Assert.Equal(JsonValueKind.Null, data.GetProperty("path").ValueKind);
        Assert.Equal(0, data.GetProperty("neighborhood").GetProperty("nodes").GetArrayLength());
        Assert.Equal(0, data.GetProperty("timeline").GetProperty("totalCount").GetInt32());
        Assert.Equal(0, data.GetProperty("timeline").GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task Missing_store_is_reported_with_how_to_provide_one()
    {
        var executor = new GraphQLExecutor(SchemaHarness.Schema, new ExecutionOptions { DevelopmentMode = true });

        var result = await executor.ExecuteAsync(new ExecutionRequest { Query = "{ people { totalCount } }" });

        var error = Assert.Single(result.Errors);
        Assert.Contains("IKnowledgeStore", error.Message, StringComparison.Ordinal);
        Assert.Contains("RequestServices", error.Message, StringComparison.Ordinal);
    }

    private static JsonElement SingleError(ExecutionResult result)
    {
        var json = JsonDocument.Parse(result.ToJson()).RootElement;
        Assert.True(json.TryGetProperty("errors", out var errors), "expected an error: " + result.ToJson());
        Assert.Equal(1, errors.GetArrayLength());
        return errors[0];
    }

    private static string? Code(JsonElement error) =>
        error.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var code) ? code.GetString() : null;
}
