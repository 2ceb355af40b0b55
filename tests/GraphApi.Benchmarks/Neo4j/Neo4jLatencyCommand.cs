using System.Diagnostics;
using System.Globalization;
using GraphApi.Bolt;
using Path = System.IO.Path;
using GraphApi.GraphQL.Execution;
using GraphApi.Knowledge.Import;
using GraphApi.Knowledge.Neo4j;
using GraphApi.Schema;

namespace GraphApi.Benchmarks.Neo4j;

/// <summary>
/// <c>neo4j-latency [--iterations 200] [--rounds 4]</c> (NEO4J_* from the environment): for each query of the journalist
/// mix, the latency of the API on the Neo4j store (GraphQL executor with the cached document, resolvers, data loaders,
/// store and Bolt, JSON written; no HTTP) against the latency of sending the very same Cypher statements with the same
/// parameters straight through our Bolt client, one after the other. Alternating rounds (A B A B); p50 and p99 over
/// every round; the ratio is API p50 / direct p50. The seeds are imported into the partition <c>bench-latency</c> first.
/// </summary>
public static class Neo4jLatencyCommand
{
    private static readonly string[] Mix = ["mix-search", "mix-entity", "mix-path", "mix-conflicts", "mix-neighborhood"];

    public static async Task<int> RunAsync(CommandArguments arguments)
    {
        var iterations = arguments.GetInt("iterations", 200);
        var rounds = arguments.GetInt("rounds", 4);
        var root = GraphApi.Testing.Repository.Root;
        var options = Neo4jStoreOptions.FromEnvironment() with { Partition = "bench-latency" };
        var password = options.ResolvePassword();
        await using var driver = BoltDriver.Create(options.Uri, password is null ? AuthTokens.None : AuthTokens.Basic(options.Username, password));
        var recorder = new RecordingRunner(new BoltCypherRunner(driver));
        var store = new Neo4jKnowledgeStore(recorder, options);
        var graph = (await new ImportPipeline().ImportCorpusAsync(Path.Combine(root, "seeds")).ConfigureAwait(false)).GraphOrThrow();
        await store.ReplaceGraphAsync(graph).ConfigureAwait(false);
        var executor = new GraphQLExecutor(KnowledgeGraphSchema.Create());

        Console.WriteLine($"Neo4j {(await driver.GetServerInfoAsync().ConfigureAwait(false)).Agent}, {iterations} requests per round, {rounds} rounds (A B A B)");
        Console.WriteLine("query\tcypher statements\tbolt round trips\tapi p50 ms\tapi p99 ms\tdirect p50 ms\tdirect p99 ms\tratio p50");
        foreach (var name in Mix)
        {
            var text = await File.ReadAllTextAsync(Path.Combine(root, "scripts", "bench", "queries", name + ".graphql")).ConfigureAwait(false);
            var request = new ExecutionRequest { Query = text, RequestServices = new StoreServices(store) };

            // Record the statements one request sends (after a warm-up that fills the document cache).
            await ApiAsync(executor, request).ConfigureAwait(false);
            recorder.Recorded.Clear();
            var trips = driver.Metrics.RoundTrips;
            await ApiAsync(executor, request).ConfigureAwait(false);
            trips = driver.Metrics.RoundTrips - trips;
            var statements = recorder.Recorded.ToList();

            var api = new List<double>();
            var direct = new List<double>();
            for (var round = 0; round < rounds; round++)
            {
                await MeasureAsync(api, iterations, () => ApiAsync(executor, request)).ConfigureAwait(false);
                await MeasureAsync(direct, iterations, async () =>
                {
                    foreach (var (query, parameters) in statements)
                    {
                        await driver.ExecuteQueryAsync(query, parameters).ConfigureAwait(false);
                    }
                }).ConfigureAwait(false);
            }

            var ratio = Percentile(api, 0.5) / Percentile(direct, 0.5);
            Console.WriteLine(string.Join('\t', name, statements.Count, trips, Ms(Percentile(api, 0.5)), Ms(Percentile(api, 0.99)), Ms(Percentile(direct, 0.5)), Ms(Percentile(direct, 0.99)), ratio.ToString("0.00", CultureInfo.InvariantCulture)));
        }

        return 0;
    }

    private static async Task ApiAsync(GraphQLExecutor executor, ExecutionRequest request)
    {
        var result = await executor.ExecuteAsync(request).ConfigureAwait(false);
        if (result.Errors.Count > 0)
        {
            throw new InvalidOperationException(result.Errors[0].Message);
        }

        using var sink = new MemoryStream();
        await using var writer = new System.Text.Json.Utf8JsonWriter(sink);
        result.WriteTo(writer);
    }

    private static async Task MeasureAsync(List<double> samples, int iterations, Func<Task> action)
    {
        for (var i = 0; i < 10; i++)
        {
            await action().ConfigureAwait(false);
        }

        for (var i = 0; i < iterations; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await action().ConfigureAwait(false);
            samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    private static double Percentile(List<double> samples, double p)
    {
        var sorted = samples.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }

    private static string Ms(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>Passes everything through and keeps the read statements, to replay them directly.</summary>
    private sealed class RecordingRunner(ICypherRunner inner) : ICypherRunner
    {
        public List<(string Query, IReadOnlyDictionary<string, object?> Parameters)> Recorded { get; } = [];

        public long RoundTrips => inner.RoundTrips;

        public Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ReadAsync(string query, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
        {
            lock (Recorded)
            {
                Recorded.Add((query, parameters));
            }

            return inner.ReadAsync(query, parameters, cancellationToken);
        }

        public Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> WriteAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken) =>
            inner.WriteAsync(statements, cancellationToken);

        public Task<string> GetServerAgentAsync(CancellationToken cancellationToken) => inner.GetServerAgentAsync(cancellationToken);

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
