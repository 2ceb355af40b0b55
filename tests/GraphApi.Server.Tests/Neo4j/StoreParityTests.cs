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
        neo4j = new ServerFactory(corpus.Directory, Neo4jServer.Settings(corpus.Directory));
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

    private static async Task<string> AskAsync(ServerFactory server, string query)
    {
        using var client = server.CreateClient();
        using var body = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/graphql", UriKind.Relative), body);
        return Canonical(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The same JSON with the same property order, written compactly, so formatting alone never differs.</summary>
    private static string Canonical(string json) => JsonNode.Parse(json)!.ToJsonString();
}
