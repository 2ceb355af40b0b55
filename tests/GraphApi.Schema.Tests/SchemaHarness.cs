using System.Text.Json;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Validation;
using GraphApi.Knowledge.Import;
using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Stores;
using GraphApi.Knowledge.Stores.Embedded;

namespace GraphApi.Schema.Tests;

/// <summary>
/// The shared harness: one schema, the graph imported once from the repository's seeds/, and helpers that run a
/// query (validated with the specified rules) against a store and return the response.
/// </summary>
internal static class SchemaHarness
{
    private static readonly Lazy<Task<KnowledgeGraph>> SeedGraph = new(() => LoadSeedsAsync());

    public static GraphQLSchema Schema { get; } = KnowledgeGraphSchema.Create();

    private static GraphQLExecutor Executor { get; } = new(Schema, new ExecutionOptions { Validator = (schema, document, max) => DocumentValidator.Validate(schema, document, max), DevelopmentMode = true });

    public static async Task<IKnowledgeStore> SeedStoreAsync() => new EmbeddedKnowledgeStore(await SeedGraph.Value);

    public static async Task<ExecutionResult> ExecuteAsync(string query, IReadOnlyDictionary<string, object?>? variables = null, IKnowledgeStore? store = null) =>
        await Executor.ExecuteAsync(new ExecutionRequest
        {
            Query = query,
            Variables = variables,
            RequestServices = new StoreServices(store ?? await SeedStoreAsync()),
        });

    /// <summary>Runs Queries/<paramref name="name"/>.graphql and returns the indented JSON response.</summary>
    public static async Task<string> RunQueryFileAsync(string name, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var query = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Queries, name + ".graphql"));
        return (await ExecuteAsync(query, variables)).ToJson(indented: true);
    }

    public static JsonElement Data(ExecutionResult result)
    {
        Assert.True(result.Errors.Count == 0, "unexpected errors: " + result.ToJson());
        return JsonDocument.Parse(result.ToJson()).RootElement.GetProperty("data");
    }

    private static async Task<KnowledgeGraph> LoadSeedsAsync() =>
        (await new ImportPipeline().ImportCorpusAsync(RepositoryPaths.Seeds)).GraphOrThrow();
}
