using System.Globalization;
using System.Text;
using System.Text.Json;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Types;
using GraphApi.Knowledge.Neo4j;
using GraphApi.Schema;
using GraphApi.Testing;
using GraphApi.Testing.Corpus;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace GraphApi.Server.Tests.Neo4j;

/// <summary>
/// Issue 11, Bolt round trips per journalist query (scripts/bench/queries/stores-*.graphql, the queries of the
/// latency table): counted on the real Neo4j, over HTTP, once on the seeds and once on the seeds with
/// <see cref="GeneratedArticles"/> generated articles added, so the hub has many times more mentions, sources and
/// relationships. A query's round trips depend on its shape only: the same on both corpora, never more than 1 + the
/// list-nesting depth of the query (a list inside a list adds one level of batched reads), and at most
/// <see cref="Goal"/>. What keeps them there: the reads of one level go out pipelined in one Bolt flush (ReadBatch), and
/// a mention's source and a relationship's other end come back with the page (Page.Related), so the fields that show
/// them cost no further level.
/// </summary>
public sealed class RoundTripTests(ITestOutputHelper output) : IAsyncLifetime
{
    /// <summary>Enough that the hub's lists are longer than the queries' pages (20), and the import stays short.</summary>
    private const int GeneratedArticles = 200;

    /// <summary>The goal for every journalist query.</summary>
    private const int Goal = 3;

    private readonly TestCorpus small = new();
    private readonly TestCorpus large = new();
    private ServerFactory? smallServer;
    private ServerFactory? largeServer;

    public async Task InitializeAsync()
    {
        await AddGeneratedArticlesAsync(large.Directory, GeneratedArticles);
        smallServer = new ServerFactory(small.Directory, Settings(small.Directory));
        largeServer = new ServerFactory(large.Directory, Settings(large.Directory));
        await GraphQLEndpointTests.WaitForReadyAsync(smallServer.CreateClient());
        await GraphQLEndpointTests.WaitForReadyAsync(largeServer.CreateClient(), TimeSpan.FromMinutes(5));
    }

    /// <summary>Neo4j settings with the import-stamp poll out of the way, so only the requests' own round trips are counted.</summary>
    private static Dictionary<string, string?> Settings(string corpus)
    {
        var settings = Neo4jServer.Settings(corpus);
        settings["Neo4j:StampPollInterval"] = "01:00:00";
        return settings;
    }

    public async Task DisposeAsync()
    {
        await smallServer!.DisposeAsync();
        await largeServer!.DisposeAsync();
        small.Dispose();
        large.Dispose();
    }

    [Fact]
    public async Task Journalist_queries_cost_the_same_few_round_trips_on_a_small_and_a_large_corpus()
    {
        var schema = KnowledgeGraphSchema.Create();
        var failures = new List<string>();
        var (totalSmall, totalLarge) = (0L, 0L);
        output.WriteLine("| query | list depth | bound | seeds | seeds + generated | totalCounts (seeds / + generated) |");
        output.WriteLine("|---|---:|---:|---:|---:|---|");
        foreach (var (name, query) in JournalistQueries())
        {
            var depth = ListDepth(schema, query);
            var bound = Math.Min(1 + depth, Goal);
            var (onSmall, countsSmall) = await RoundTripsAsync(smallServer!, query);
            var (onLarge, countsLarge) = await RoundTripsAsync(largeServer!, query);
            (totalSmall, totalLarge) = (totalSmall + countsSmall, totalLarge + countsLarge);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {depth} | {bound} | {onSmall} | {onLarge} | {countsSmall} / {countsLarge} |"));
            if (onSmall != onLarge)
            {
                failures.Add($"{name}: {onSmall} round trips on the seeds, {onLarge} with {GeneratedArticles} more articles");
            }

            if (Math.Max(onSmall, onLarge) > bound)
            {
                failures.Add($"{name}: {Math.Max(onSmall, onLarge)} round trips, more than {bound} (list depth {depth}, goal {Goal})");
            }
        }

        // The large corpus must be larger where the queries look, or the comparison says nothing.
        Assert.True(totalLarge > totalSmall, $"the queries' totalCounts add up to {totalLarge} on the large corpus, {totalSmall} on the seeds");
        Assert.Empty(failures);
    }

    /// <summary>The list-nesting depth: how many list types lie on the deepest path of selected fields.</summary>
    [Fact]
    public void List_depth_counts_lists_within_lists()
    {
        var schema = KnowledgeGraphSchema.Create();
        Assert.Equal(0, ListDepth(schema, "{ node(id: \"x\") { id } }"));
        Assert.Equal(1, ListDepth(schema, "{ search(text: \"x\") { entity { id } } }"));
        Assert.Equal(2, ListDepth(schema, "{ claims(first: 2) { nodes { evidence { quote } } } }"));
        Assert.Equal(2, ListDepth(schema, "{ node(id: \"x\") { ... on Entity { claims(first: 2) { nodes { evidence { quote } } } } } }"));
    }

    private static IEnumerable<(string Name, string Query)> JournalistQueries() =>
        Directory.GetFiles(Repository.PathOf("scripts/bench/queries"), "stores-*.graphql")
            .Order(StringComparer.Ordinal)
            .Select(path => File.ReadAllText(path))
            .Select(text => (text[..text.IndexOf('\n', StringComparison.Ordinal)].TrimStart('#', ' '), text));

    /// <summary>Round trips of the query once warm (the pool's connections opened), and the sum of the totalCounts in its answer.</summary>
    private static async Task<(long RoundTrips, long TotalCounts)> RoundTripsAsync(ServerFactory server, string query)
    {
        var store = server.Services.GetRequiredService<Neo4jKnowledgeStore>();
        await AskAsync(server, query);
        await AskAsync(server, query);
        var before = store.RoundTrips;
        var answer = await AskAsync(server, query);
        var trips = store.RoundTrips - before;
        using var json = JsonDocument.Parse(answer);
        Assert.False(json.RootElement.TryGetProperty("errors", out var errors), $"{query}: {errors}");
        return (trips, TotalCounts(json.RootElement.GetProperty("data")));
    }

    private static async Task<string> AskAsync(ServerFactory server, string query)
    {
        using var client = server.CreateClient();
        using var body = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/graphql", UriKind.Relative), body);
        return await response.Content.ReadAsStringAsync();
    }

    private static long TotalCounts(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().Sum(p => p.Name == "totalCount" ? p.Value.GetInt64() : TotalCounts(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().Sum(TotalCounts),
        _ => 0,
    };

    private static int ListDepth(GraphQLSchema schema, string query)
    {
        var operation = Parser.Parse(query).Definitions.OfType<OperationDefinitionNode>().Single();
        return ListDepth(schema, schema.QueryType, operation.SelectionSet);
    }

    private static int ListDepth(GraphQLSchema schema, NamedType parent, SelectionSetNode selections)
    {
        var deepest = 0;
        foreach (var selection in selections.Selections)
        {
            switch (selection)
            {
                case FieldNode field when parent is ComplexType complex && complex.GetField(field.Name.Value) is { } definition:
                    var lists = 0;
                    for (var type = definition.Type; type is ListType or NonNullType; type = type is ListType list ? list.OfType : ((NonNullType)type).OfType)
                    {
                        lists += type is ListType ? 1 : 0;
                    }

                    var below = field.SelectionSet is { } inner ? ListDepth(schema, definition.Type.GetNamedType(), inner) : 0;
                    deepest = Math.Max(deepest, lists + below);
                    break;
                case InlineFragmentNode fragment:
                    var on = fragment.TypeCondition is { } condition ? schema.GetType(condition.Name.Value)! : parent;
                    deepest = Math.Max(deepest, ListDepth(schema, on, fragment.SelectionSet));
                    break;
            }
        }

        return deepest;
    }

    /// <summary>
    /// Adds generated articles (the benchmarks' generator, seed 1) to a copy of the seeds: their texts, their claims and
    /// their entries in sources.yaml, next to the seeds' own.
    /// </summary>
    private static async Task AddGeneratedArticlesAsync(string corpus, int articles)
    {
        var generated = Path.Combine(Path.GetTempPath(), "graphapi-generated-" + Guid.NewGuid().ToString("N"));
        try
        {
            var seeds = await SeedKnowledge.LoadAsync(corpus);
            await new CorpusGenerator(seeds, randomSeed: 1).WriteAsync(generated, articles);
            foreach (var file in Directory.GetFiles(Path.Combine(generated, "sources")))
            {
                File.Copy(file, Path.Combine(corpus, "sources", Path.GetFileName(file)));
            }

            foreach (var file in Directory.GetFiles(Path.Combine(generated, "knowledge", "claims")))
            {
                File.Copy(file, Path.Combine(corpus, "knowledge", "claims", Path.GetFileName(file)));
            }

            var entries = await File.ReadAllTextAsync(Path.Combine(generated, "knowledge", "sources.yaml"));
            await File.AppendAllTextAsync(Path.Combine(corpus, "knowledge", "sources.yaml"), entries[(entries.IndexOf("\nsources:\n", StringComparison.Ordinal) + "\nsources:\n".Length)..]);
        }
        finally
        {
            Directory.Delete(generated, recursive: true);
        }
    }
}
