using GraphApi.GraphQL.Execution;
using static GraphApi.GraphQL.Tests.TestSchema;

namespace GraphApi.GraphQL.Tests.Execution;

/// <summary>Limits checked before execution; violations are request errors without data.</summary>
public class ExecutionLimitsTests
{
    private static async Task<ExecutionResult> RunWithAsync(ExecutionLimits limits, string query)
    {
        var executor = new GraphQLExecutor(Build(), new ExecutionOptions { Limits = limits });
        return await executor.ExecuteAsync(new ExecutionRequest { Query = query });
    }

    [Fact]
    public async Task Depth_limit()
    {
        var result = await RunWithAsync(ExecutionLimits.Default with { MaxDepth = 3 }, "{ person(id: 1) { knows { knows { name } } } }");
        Assert.False(result.HasData);
        var error = Assert.Single(result.Errors);
        Assert.Equal("The operation is nested deeper than the maximum depth of 3 at field \"knows\".", error.Message);
        Assert.Equal(1, error.Locations[0].Line);
        Assert.Equal(27, error.Locations[0].Column);
        Assert.Empty((await RunWithAsync(ExecutionLimits.Default with { MaxDepth = 4 }, "{ person(id: 1) { knows { knows { name } } } }")).Errors);
    }

    [Fact]
    public async Task Fields_per_selection_set_count_aliases_and_fragments()
    {
        var result = await RunWithAsync(
            ExecutionLimits.Default with { MaxFieldsPerSelectionSet = 3 },
            "{ a: hello b: hello ...F } fragment F on Query { c: hello d: hello }");
        Assert.Equal("A selection set on \"Query\" has 4 fields, more than the maximum of 3.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task Total_fields()
    {
        var result = await RunWithAsync(ExecutionLimits.Default with { MaxTotalFields = 4 }, "{ person(id: 1) { id name age knows { id } } }");
        Assert.Equal("The operation selects 5 fields, more than the maximum of 4.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task Cost_multiplies_by_first_or_default_list_size()
    {
        // people(first: 200) → 1 + 200 × (name + knows) + 200 × 10 × id = 1 + 400 + 2000 = 2401
        var limits = ExecutionLimits.Default with { MaxCost = 2400 };
        var result = await RunWithAsync(limits, "{ people(first: 200) { name knows { id } } }");
        Assert.StartsWith("The operation has an estimated cost of 2401, more than the maximum of 2400.", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
        Assert.Empty((await RunWithAsync(limits with { MaxCost = 2401 }, "{ people(first: 200) { name knows { id } } }")).Errors);
    }

    [Fact]
    public async Task Defaults_allow_introspection_and_pages_of_200()
    {
        Assert.Empty((await RunWithAsync(ExecutionLimits.Default, Introspection.IntrospectionQuery.Full)).Errors);
        Assert.Empty((await RunWithAsync(ExecutionLimits.Default, "{ people(first: 200) { id name age knows { id name } } }")).Errors);
    }

    [Fact]
    public async Task Variable_page_sizes_count()
    {
        var executor = new GraphQLExecutor(Build(), new ExecutionOptions { Limits = ExecutionLimits.Default with { MaxCost = 100 } });
        var result = await executor.ExecuteAsync(new ExecutionRequest
        {
            Query = "query($n: Int) { people(first: $n) { name } }",
            Variables = new Dictionary<string, object?> { ["n"] = 500 },
        });
        Assert.StartsWith("The operation has an estimated cost of 501", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }
}
