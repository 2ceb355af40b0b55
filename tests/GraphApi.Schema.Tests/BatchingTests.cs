using System.Globalization;
using Xunit.Abstractions;

namespace GraphApi.Schema.Tests;

/// <summary>
/// No N+1: a query over N people makes a number of store calls that depends on the query's depth, not on N,
/// because every child field loads through a DataLoader that batches one tree level into one store call.
/// </summary>
public sealed class BatchingTests(ITestOutputHelper output)
{
    private const string PeopleQuery = """
        query($n: Int!) {
          people(first: $n) {
            totalCount
            nodes {
              id
              mentions(first: 3) { totalCount nodes { text source { id title } } }
              claims(first: 5) {
                nodes {
                  id
                  subject { name }
                  speaker { name }
                  evidence { quote source { id } }
                  conflicts { reason }
                  corroboratedBy { id }
                }
              }
              ... on Person { roles { title institution { name } } }
              sources { id }
            }
          }
        }
        """;

    /// <summary>
    /// The most calls each operation may make for <see cref="PeopleQuery"/>: one per tree level (and per distinct
    /// page request) that loads through it. An N+1 resolver would make at least N calls of one operation.
    /// </summary>
    private static readonly Dictionary<string, int> CallsPerOperation = new(StringComparer.Ordinal)
    {
        ["ListEntitiesAsync"] = 1,
        ["GetMentionsByEntityAsync"] = 2,
        ["GetClaimsForEntitiesAsync"] = 2,
        ["GetConflictsForClaimsAsync"] = 1,
        ["GetCorroborationsAsync"] = 1,
        ["GetNodesAsync"] = 4,
    };

    [Fact]
    public async Task Store_calls_do_not_grow_with_the_number_of_people()
    {
        var all = await CountCallsAsync(int.MaxValue);
        var two = await CountCallsAsync(2);
        output.WriteLine($"2 people: {Describe(two.Store)}");
        output.WriteLine($"{all.People} people: {Describe(all.Store)}");

        Assert.True(all.People > CallsPerOperation.Values.Max(), $"the seed corpus should hold more people than any bound, it holds {all.People}");
        foreach (var run in new[] { two, all })
        {
            Assert.All(run.Store.Calls, call => Assert.True(
                CallsPerOperation.TryGetValue(call.Key, out var bound) && call.Value <= bound,
                $"{call.Key} was called {call.Value} times for {run.People} people; the query's depth allows {bound}. All calls: {Describe(run.Store)}"));
        }
    }

    [Fact]
    public async Task Source_children_load_in_one_call_per_level()
    {
        var store = new CountingKnowledgeStore(await SchemaHarness.SeedStoreAsync());

        var result = await SchemaHarness.ExecuteAsync("""
            { sources { totalCount nodes { id citation outlet { name } claims(first: 2) { nodes { id } } mentions(first: 2) { nodes { entity { name } } } } } }
            """, store: store);

        output.WriteLine(Describe(store));
        Assert.Empty(result.Errors);
        Assert.True(SchemaHarness.Data(result).GetProperty("sources").GetProperty("totalCount").GetInt32() > 3);
        Assert.Equal(1, store.Calls["ListSourcesAsync"]);
        Assert.Equal(1, store.Calls["ListClaimsAsync"]);
        Assert.Equal(1, store.Calls["GetMentionsBySourceAsync"]);
        Assert.InRange(store.Calls["GetNodesAsync"], 1, 3);
    }

    [Fact]
    public async Task Nodes_of_one_request_load_in_one_store_call()
    {
        var store = new CountingKnowledgeStore(await SchemaHarness.SeedStoreAsync());

        var result = await SchemaHarness.ExecuteAsync("""{ nodes(ids: ["person/habboub", "person/voronkov", "institution/unoct", "place/rabat"]) { id } }""", store: store);

        Assert.Empty(result.Errors);
        Assert.Equal(1, store.Calls["GetNodesAsync"]);
        Assert.Equal(1, store.Total);
    }

    private static async Task<(int Calls, int People, CountingKnowledgeStore Store)> CountCallsAsync(int n)
    {
        var seed = await SchemaHarness.SeedStoreAsync();
        var people = int.Parse(SchemaHarness.Data(await SchemaHarness.ExecuteAsync("{ people { totalCount } }", store: seed)).GetProperty("people").GetProperty("totalCount").GetRawText(), CultureInfo.InvariantCulture);
        var store = new CountingKnowledgeStore(seed);
        var result = await SchemaHarness.ExecuteAsync(PeopleQuery, new Dictionary<string, object?> { ["n"] = Math.Min(n, people) }, store);
        Assert.Empty(result.Errors);
        return (store.Total, Math.Min(n, people), store);
    }

    private static string Describe(CountingKnowledgeStore store) => string.Join(", ", store.Calls.Select(p => $"{p.Key}×{p.Value}"));
}
