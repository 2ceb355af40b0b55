using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Validation;
using GraphApi.Schema;

namespace GraphApi.Server.Tests.Explorer;

/// <summary>
/// The documents the explorer ships in graphql-documents.json (the trusted-documents manifest the server can load) are
/// keyed by their SHA-256 and valid against the schema, so the explorer works with introspection off and in
/// trusted-documents mode, and a schema change that breaks the explorer fails here.
/// </summary>
public sealed class ExplorerDocumentsTests
{
    public static string Manifest => Path.Combine(AppContext.BaseDirectory, "wwwroot", "graphql-documents.json");

    [Fact]
    public void Every_shipped_document_is_keyed_by_its_hash_and_valid_against_the_schema()
    {
        Assert.True(File.Exists(Manifest), $"{Manifest} is missing: the server's build builds the explorer into wwwroot/.");
        var documents = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Manifest))!;
        var schema = KnowledgeGraphSchema.Create();

        Assert.True(documents.Count >= 10, $"expected the explorer's documents, found {documents.Count}");
        Assert.All(documents, pair =>
        {
            Assert.Equal(pair.Key, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(pair.Value))));
            var errors = DocumentValidator.Validate(schema, Parser.Parse(pair.Value));
            Assert.True(errors.Count == 0, $"{pair.Value.Split('\n')[0]}: {string.Join("; ", errors.Select(e => e.Message))}");
        });
    }

    /// <summary>The variables the explorer sends, at their largest.</summary>
    private static readonly Dictionary<string, object?> LargestVariables = new()
    {
        ["id"] = "person/habboub",
        ["ids"] = new List<object?> { "person/habboub", "institution/bcij" },
        ["from"] = "person/habboub",
        ["to"] = "institution/bcij",
        ["text"] = "حبوب",
        ["depth"] = 2,
    };

    /// <summary>
    /// The largest <c>first</c> each view sends: the network's widest cap (views/network.ts), the timeline's page
    /// (views/timeline.ts) and the search box's hits (ui/search.ts).
    /// </summary>
    private static readonly Dictionary<string, int> LargestFirst = new() { ["Neighborhood"] = 500, ["Timeline"] = 50, ["Search"] = 10 };

    /// <summary>
    /// The server refuses operations whose estimated cost is above <see cref="ExecutionLimits.MaxCost"/> (lists count their
    /// <c>first</c>, other lists 10), so every shipped document must fit the default budget with room for a few more
    /// fields: each must fit three quarters of it.
    /// </summary>
    [Fact]
    public async Task Every_shipped_document_fits_three_quarters_of_the_default_cost_budget()
    {
        var documents = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Manifest))!;
        var limits = ExecutionLimits.Default with { MaxCost = ExecutionLimits.Default.MaxCost * 3 / 4 };
        var executor = new GraphQLExecutor(KnowledgeGraphSchema.Create(), new ExecutionOptions { Limits = limits });
        foreach (var text in documents.Values)
        {
            var operation = Parser.Parse(text).Definitions.OfType<OperationDefinitionNode>().Single();
            var declared = operation.VariableDefinitions.Select(v => v.Variable.Name.Value).ToHashSet();
            var variables = LargestVariables.Where(v => declared.Contains(v.Key)).ToDictionary(v => v.Key, v => v.Value);
            if (declared.Contains("first"))
            {
                Assert.True(LargestFirst.TryGetValue(operation.Name!.Value, out var first), $"{operation.Name.Value} takes $first: add the largest the explorer sends");
                variables["first"] = first;
            }

            var result = await executor.ExecuteAsync(new ExecutionRequest { Query = text, Variables = variables });
            var refused = result.Errors.Where(e => e.Extensions?.GetValueOrDefault("code") is GraphQLErrorCodes.MaxCostExceeded).ToList();
            Assert.True(refused.Count == 0, $"{text.Split('\n')[0]}: {string.Join("; ", refused.Select(e => e.Message))}");
        }
    }
}
