using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphApi.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace GraphApi.Server.Tests.Neo4j;

/// <summary>
/// Issue 5, parity: the snapshot suite of journalist queries (tests/GraphApi.Schema.Tests/Queries) sent over HTTP to the
/// real server, once on the embedded store and once on Neo4j with the seeds imported through Bolt at start-up. Both
/// answers must equal the committed snapshot exactly: same JSON, same order, ids and cursors included.
/// </summary>
public sealed class StoreParityTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly TestCorpus corpus = new();
    private ServerFactory? embedded;
    private ServerFactory? neo4j;

    private const string JournalistQuestion = "JournalistQuestionTests.Question_is_answered_in_one_query";
    private const string Exploration = "ExplorationTests.Query_file_matches_its_snapshot";

    /// <summary>Each query file with the snapshot Snapshooter keeps for it (<c>{class}.{test}_{query file}.snap</c>).</summary>
    public static TheoryData<string, string> Queries() => new()
    {
        { "who-is-habboub", JournalistQuestion },
        { "voronkov-titles", JournalistQuestion },
        { "dismantled-cells", JournalistQuestion },
        { "fischer-to-unoct", JournalistQuestion },
        { "mohammadia-league-mentions", JournalistQuestion },
        { "arabic-search", JournalistQuestion },
        { "latin-variant-search", JournalistQuestion },
        { "what-reports-say", JournalistQuestion },
        { "sahel-passages", JournalistQuestion },
        { "all-conflicts", Exploration },
        { "events", Exploration },
        { "timeline", Exploration },
    };

    public async Task InitializeAsync()
    {
        embedded = new ServerFactory(corpus.Directory, new Dictionary<string, string?> { ["GraphApi:WatchCorpus"] = "false" });
        // The import-stamp poll out of the way, so that the round trips counted below are the requests' own.
        var settings = Neo4jServer.Settings(corpus.Directory);
        settings["Neo4j:StampPollInterval"] = "01:00:00";
        neo4j = new ServerFactory(corpus.Directory, settings);
        await GraphQLEndpointTests.WaitForReadyAsync(embedded.CreateClient());
        await GraphQLEndpointTests.WaitForReadyAsync(neo4j.CreateClient());
    }

    public async Task DisposeAsync()
    {
        await embedded!.DisposeAsync();
        await neo4j!.DisposeAsync();
        corpus.Dispose();
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Both_stores_answer_exactly_the_snapshot(string queryFile, string snapshotTest)
    {
        var schemaTests = Path.Combine(Repository.Root, "tests", "GraphApi.Schema.Tests");
        var query = await File.ReadAllTextAsync(Path.Combine(schemaTests, "Queries", queryFile + ".graphql"));
        var snapshot = Canonical(await File.ReadAllTextAsync(Path.Combine(schemaTests, "__snapshots__", $"{snapshotTest}_{queryFile}.snap")));

        Assert.Equal(snapshot, await AskAsync(embedded!, query));
        Assert.Equal(snapshot, await AskAsync(neo4j!, query));
    }

    /// <summary>
    /// Issue 6, Cypher round trips per request: they depend on the query's shape, never on how many items it returns.
    /// The same nested query over 2 and over 20 people costs the same number of Bolt round trips.
    /// </summary>
    [Fact]
    public async Task Bolt_round_trips_do_not_grow_with_the_number_of_items()
    {
        const string Shape = "{ people(first: FIRST) { nodes { id mentions(first: 3) { nodes { source { id outlet { name } } } } claims(first: 2) { nodes { id conflicts { reason } } } } } }";
        var store = neo4j!.Services.GetRequiredService<GraphApi.Knowledge.Neo4j.Neo4jKnowledgeStore>();

        async Task<long> RoundTripsAsync(string query)
        {
            var before = store.RoundTrips;
            Assert.DoesNotContain("\"errors\"", await AskAsync(neo4j!, query), StringComparison.Ordinal);
            return store.RoundTrips - before;
        }

        // Warm-up: the pool opens the connections the shape runs on at once (a handshake is a round trip too).
        await RoundTripsAsync(Shape.Replace("FIRST", "2", StringComparison.Ordinal));
        await RoundTripsAsync(Shape.Replace("FIRST", "20", StringComparison.Ordinal));
        var forTwo = await RoundTripsAsync(Shape.Replace("FIRST", "2", StringComparison.Ordinal));
        var forTwenty = await RoundTripsAsync(Shape.Replace("FIRST", "20", StringComparison.Ordinal));
        output.WriteLine($"nested people query: {forTwo} round trips for 2 people, {forTwenty} for 20");
        Assert.Equal(forTwo, forTwenty);

        foreach (var (queryFile, _) in Queries().Select(row => ((string)row[0], (string)row[1])))
        {
            var query = await File.ReadAllTextAsync(Path.Combine(Repository.Root, "tests", "GraphApi.Schema.Tests", "Queries", queryFile + ".graphql"));
            output.WriteLine($"{queryFile}: {await RoundTripsAsync(query)} Bolt round trips");
        }
    }

    /// <summary>
    /// Issue 11: a node's entity lists (mentions, claims, relationships, sources) are read in the node's own round trip
    /// (<c>EntityFields.ReadAhead</c>), not one after it, with the arguments each list is given; and the answers stay the
    /// embedded store's, whatever the node turns out to be and whatever the type conditions on its lists.
    /// </summary>
    [Fact]
    public async Task An_entity_node_and_its_lists_are_read_in_one_round_trip()
    {
        const string Card = "{ node(id: \"person/habboub\") { id ... on Entity { name mentions(first: 2) { totalCount nodes { text source { id title } } } " +
            "claims(first: 3) { totalCount nodes { id evidence { quote } } } relationships(first: 2) { totalCount nodes { id type from { id } to { id name } } } sources { id } } } }";
        var store = neo4j!.Services.GetRequiredService<GraphApi.Knowledge.Neo4j.Neo4jKnowledgeStore>();
        async Task<long> RoundTripsAsync(string query, object? variables = null)
        {
            var before = store.RoundTrips;
            var answer = await AskAsync(neo4j!, query, variables);
            var trips = store.RoundTrips - before;
            Assert.Equal(await AskAsync(embedded!, query, variables), answer);
            return trips;
        }

        await RoundTripsAsync(Card);
        Assert.Equal(1, await RoundTripsAsync(Card));
        Assert.Equal(1, await RoundTripsAsync("{ nodes(ids: [\"place/morocco\", \"person/habboub\"]) { ... on Entity { id mentions(first: 2) { nodes { start source { title } } } } } }"));

        // The lists' arguments come from variables and defaults, and a kind filter pages the entity's claims of that kind.
        Assert.Equal(1, await RoundTripsAsync(
            "query($n: Int, $after: String) { node(id: \"place/morocco\") { ... on Entity { claims(kind: QUANTITY, first: $n) { totalCount edges { cursor } } relationships(first: 2, after: $after, direction: OUTGOING) { nodes { id } } } } }",
            new { n = 2, after = (string?)null }));

        // Type conditions: only the fragment of the node's own type is answered, whatever was read ahead for the others.
        const string ByKind = "{ node(id: \"person/habboub\") { ... on Person { mentions(first: 1) { nodes { start } } } ... on Place { mentions(first: 3) { nodes { start } } } } }";
        Assert.Equal(1, await RoundTripsAsync(ByKind));
        Assert.Contains("\"mentions\":{\"nodes\":[{", await AskAsync(neo4j!, ByKind), StringComparison.Ordinal);

        // A claim, a source and an unknown id asked as entities: their entity lists are simply not part of the answer.
        foreach (var id in new[] { "claim/004-habboub-heads-bcij", "source/004_fcad1568809268b8", "person/nobody" })
        {
            await RoundTripsAsync("{ node(id: \"" + id + "\") { id ... on Entity { mentions(first: 2) { totalCount } claims(first: 2) { totalCount } } } }");
        }

        // Wrong paging arguments are reported by the list's own field, as without the read-ahead.
        foreach (var list in new[] { "mentions(first: -1)", "claims(after: \"not a cursor\")" })
        {
            var query = "{ node(id: \"person/habboub\") { id ... on Entity { " + list + " { totalCount } } } }";
            var bad = await AskAsync(neo4j!, query);
            Assert.Equal(await AskAsync(embedded!, query), bad);
            Assert.True(JsonNode.Parse(bad)!["errors"]!.AsArray().Single()!["path"]!.ToJsonString() == $"[\"node\",\"{list[..list.IndexOf('(', StringComparison.Ordinal)]}\"]", bad);
        }
    }

    /// <summary>
    /// Issue 11, the default page: a connection given neither first nor last answers its first 100 items on both stores,
    /// with hasNextPage and an endCursor from which after: reads the rest, in either order (a descending list asks the
    /// store for the last 100 of its ascending order). The seeds hold 140 claims.
    /// </summary>
    [Theory]
    [InlineData("ASC")]
    [InlineData("DESC")]
    public async Task Without_first_or_last_both_stores_answer_the_first_100_and_a_cursor_to_the_rest(string direction)
    {
        async Task<JsonNode> PageAsync(string arguments)
        {
            var query = $"{{ claims(order: [{{ field: ID, direction: {direction} }}]{arguments}) {{ totalCount nodes {{ id }} pageInfo {{ hasNextPage endCursor }} }} }}";
            var answer = await AskAsync(neo4j!, query);
            Assert.Equal(await AskAsync(embedded!, query), answer);
            return JsonNode.Parse(answer)!["data"]!["claims"]!;
        }

        static List<string> Ids(JsonNode connection) => [.. connection["nodes"]!.AsArray().Select(n => (string)n!["id"]!)];

        var all = Ids(await PageAsync(", first: 500"));
        var page = await PageAsync(string.Empty);
        var rest = await PageAsync($", after: \"{(string)page["pageInfo"]!["endCursor"]!}\"");

        Assert.True(all.Count > 100, $"the seeds should hold more than 100 claims, found {all.Count}");
        Assert.Equal(all.Count, (int)page["totalCount"]!);
        Assert.Equal(all.Take(100), Ids(page));
        Assert.True((bool)page["pageInfo"]!["hasNextPage"]!);
        Assert.Equal(all.Skip(100).Take(100), Ids(rest));
        Assert.Equal(all.Count > 200, (bool)rest["pageInfo"]!["hasNextPage"]!);
    }

    private static async Task<string> AskAsync(ServerFactory server, string query, object? variables = null)
    {
        using var client = server.CreateClient();
        using var body = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/graphql", UriKind.Relative), body);
        return Canonical(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The same JSON with the same property order, written compactly, so formatting alone never differs.</summary>
    private static string Canonical(string json) => JsonNode.Parse(json)!.ToJsonString();
}
