using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Validation;

namespace GraphApi.Benchmarks.Engine;

/// <summary>
/// Executing a request (spec §6) three ways: a parsed document alone (execution and JSON writing only); the whole
/// pipeline with the document cache disabled (parse + validate + execute); and the cached-document path a server
/// takes for a repeated query, where <see cref="DocumentCache"/> skips parsing and validation.
/// </summary>
[MemoryDiagnoser]
public class ExecuteBenchmarks
{
    private readonly ArrayBufferWriter<byte> buffer = new(64 * 1024);
    private GraphQLExecutor bare = null!;
    private GraphQLExecutor uncached = null!;
    private GraphQLExecutor cached = null!;
    private ExecutionRequest parsedRequest = null!;
    private ExecutionRequest textRequest = null!;

    [Params(QueryCase.Typename, QueryCase.SmallNested, QueryCase.Introspection)]
    public QueryCase Query { get; set; }

    [GlobalSetup]
    public async Task Setup()
    {
        var schema = BenchmarkSchema.Build();
        var text = Query.Text();
        var variables = BenchmarkQueries.VariablesFor(text);
        bare = new GraphQLExecutor(schema, new ExecutionOptions { DocumentCacheCapacity = 0, Validator = null });
        uncached = new GraphQLExecutor(schema, new ExecutionOptions { DocumentCacheCapacity = 0, Validator = DocumentValidator.Validate });
        cached = new GraphQLExecutor(schema, new ExecutionOptions { Validator = DocumentValidator.Validate });
        parsedRequest = new ExecutionRequest { Document = Parser.Parse(text), Variables = variables };
        textRequest = new ExecutionRequest { Query = text, Variables = variables };

        var warm = await cached.ExecuteAsync(textRequest).ConfigureAwait(false);
        if (warm.Errors.Count > 0)
        {
            throw new InvalidOperationException($"{Query} fails: {warm.Errors[0].Message}");
        }
    }

    [Benchmark(Description = "execute (parsed document, no validation)")]
    public Task<int> ExecuteParsed() => RunAsync(bare, parsedRequest);

    [Benchmark(Baseline = true, Description = "parse + validate + execute")]
    public Task<int> ExecuteUncached() => RunAsync(uncached, textRequest);

    [Benchmark(Description = "cached document + execute")]
    public Task<int> ExecuteCached() => RunAsync(cached, textRequest);

    private async Task<int> RunAsync(GraphQLExecutor executor, ExecutionRequest request)
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
