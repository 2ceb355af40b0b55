using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using GraphApi.GraphQL.Execution;
using GraphApi.Knowledge.Import;
using GraphApi.Knowledge.Stores;
using GraphApi.Knowledge.Stores.Embedded;
using GraphApi.Schema;

namespace GraphApi.Benchmarks.Engine;

/// <summary>
/// The load test's journalist mix (scripts/bench/queries/mix-*.graphql) executed in process on the real schema over
/// the embedded store holding the seeds, through the cached-document path: engine, resolvers, data loaders and the
/// store, without HTTP. The gap between this and the load test's latency is the transport.
/// </summary>
[MemoryDiagnoser]
public class KnowledgeSchemaBenchmarks
{
    private readonly ArrayBufferWriter<byte> buffer = new(64 * 1024);
    private GraphQLExecutor executor = null!;
    private ExecutionRequest request = null!;

    [Params("mix-search", "mix-entity", "mix-path", "mix-conflicts", "mix-neighborhood")]
    public string Query { get; set; } = "mix-search";

    [GlobalSetup]
    public async Task Setup()
    {
        var root = GraphApi.Testing.Repository.Root;
        var outcome = await new ImportPipeline().ImportCorpusAsync(Path.Combine(root, "seeds")).ConfigureAwait(false);
        var store = new EmbeddedKnowledgeStore();
        await store.ReplaceGraphAsync(outcome.Graph ?? throw new InvalidOperationException("the seeds do not import")).ConfigureAwait(false);
        executor = new GraphQLExecutor(KnowledgeGraphSchema.Create());
        var text = await File.ReadAllTextAsync(Path.Combine(root, "scripts", "bench", "queries", Query + ".graphql")).ConfigureAwait(false);
        request = new ExecutionRequest { Query = text, RequestServices = new StoreServices(store) };
        var warm = await executor.ExecuteAsync(request).ConfigureAwait(false);
        if (warm.Errors.Count > 0)
        {
            throw new InvalidOperationException($"{Query} fails: {warm.Errors[0].Message}");
        }
    }

    [Benchmark]
    public async Task<int> Execute()
    {
        var result = await executor.ExecuteAsync(request).ConfigureAwait(false);
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            result.WriteTo(writer);
        }

        return buffer.WrittenCount;
    }
}
