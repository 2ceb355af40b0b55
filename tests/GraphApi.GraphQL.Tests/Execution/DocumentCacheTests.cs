using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Language;
using static GraphApi.GraphQL.Tests.TestSchema;

namespace GraphApi.GraphQL.Tests.Execution;

/// <summary>The bounded LRU cache of parsed and validated documents.</summary>
public class DocumentCacheTests
{
    private static CachedDocument Entry(string query) => new(query, Parser.Parse(query), []);

    [Fact]
    public void Evicts_the_least_recently_used_entry()
    {
        var cache = new DocumentCache(2);
        cache.Add("{ a }", Entry("{ a }"));
        cache.Add("{ b }", Entry("{ b }"));
        Assert.True(cache.TryGet("{ a }", out _));
        cache.Add("{ c }", Entry("{ c }"));
        Assert.True(cache.TryGet("{ a }", out _));
        Assert.False(cache.TryGet("{ b }", out _));
        Assert.True(cache.TryGet("{ c }", out _));
        Assert.Equal(2, cache.Count);
    }

    [Fact]
    public async Task Executor_reuses_validated_documents_and_skips_syntax_errors()
    {
        var validations = 0;
        var executor = new GraphQLExecutor(Build(), new ExecutionOptions
        {
            DocumentCacheCapacity = 10,
            Validator = (schema, document, max) =>
            {
                validations++;
                return GraphApi.GraphQL.Validation.DocumentValidator.Validate(schema, document, max);
            },
        });
        for (var i = 0; i < 3; i++)
        {
            var result = await executor.ExecuteAsync(new ExecutionRequest { Query = "{ hello }" });
            Assert.Equal("""{"data":{"hello":"world"}}""", result.ToJson());
        }

        var invalid = await executor.ExecuteAsync(new ExecutionRequest { Query = "{ nope }" });
        var again = await executor.ExecuteAsync(new ExecutionRequest { Query = "{ nope }" });
        Assert.Equal(invalid.Errors[0].Message, again.Errors[0].Message);
        await executor.ExecuteAsync(new ExecutionRequest { Query = "{ broken" });
        Assert.Equal(2, validations);
        Assert.Equal(2, executor.DocumentCache!.Count);
    }

    [Fact]
    public void Capacity_must_be_positive() => Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentCache(0));

    [Fact]
    public async Task Pre_parsed_documents_are_validated_once_per_query_text()
    {
        var validations = 0;
        var executor = new GraphQLExecutor(Build(), new ExecutionOptions
        {
            Validator = (schema, document, max) =>
            {
                validations++;
                return GraphApi.GraphQL.Validation.DocumentValidator.Validate(schema, document, max);
            },
        });
        const string query = "{ hello }";
        for (var i = 0; i < 3; i++)
        {
            var result = await executor.ExecuteAsync(new ExecutionRequest { Query = query, Document = Parser.Parse(query) });
            Assert.Equal("""{"data":{"hello":"world"}}""", result.ToJson());
        }

        await executor.ExecuteAsync(new ExecutionRequest { Document = Parser.Parse(query) });
        Assert.Equal(2, validations);
    }

    [Fact]
    public async Task A_cached_document_with_variables_collects_its_fields_anew_for_each_request()
    {
        var executor = new GraphQLExecutor(Build(), new ExecutionOptions { Validator = GraphApi.GraphQL.Validation.DocumentValidator.Validate });
        const string query = "query($no: Boolean!) { person(id: 1) { name @skip(if: $no) ...F } } fragment F on Person { age @include(if: $no) }";
        var skipped = await executor.ExecuteAsync(new ExecutionRequest { Query = query, Variables = new Dictionary<string, object?> { ["no"] = true } });
        var included = await executor.ExecuteAsync(new ExecutionRequest { Query = query, Variables = new Dictionary<string, object?> { ["no"] = false } });
        var skippedAgain = await executor.ExecuteAsync(new ExecutionRequest { Query = query, Variables = new Dictionary<string, object?> { ["no"] = true } });
        Assert.Equal("""{"data":{"person":{"age":36}}}""", skipped.ToJson());
        Assert.Equal("""{"data":{"person":{"name":"Ada"}}}""", included.ToJson());
        Assert.Equal(skipped.ToJson(), skippedAgain.ToJson());
    }

    [Fact]
    public async Task A_cached_document_without_variables_answers_the_same_to_concurrent_requests()
    {
        var executor = new GraphQLExecutor(Build(), new ExecutionOptions { Validator = GraphApi.GraphQL.Validation.DocumentValidator.Validate });
        const string query = "{ people { ...P knows { ...P } } pets { __typename ... on Dog { barks } ... on Cat { lives } } } fragment P on Person { id name }";
        var expected = (await new GraphQLExecutor(Build(), new ExecutionOptions { DocumentCacheCapacity = 0 })
            .ExecuteAsync(new ExecutionRequest { Query = query })).ToJson();
        var answers = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(() => executor.ExecuteAsync(new ExecutionRequest { Query = query }))));
        Assert.Contains("\"knows\"", expected, StringComparison.Ordinal);
        Assert.All(answers, answer => Assert.Equal(expected, answer.ToJson()));
    }

    [Fact]
    public async Task A_cached_document_without_variables_is_held_to_the_limits_on_every_request()
    {
        var executor = new GraphQLExecutor(Build(), new ExecutionOptions { Limits = ExecutionLimits.Default with { MaxDepth = 2 } });
        for (var i = 0; i < 2; i++)
        {
            var result = await executor.ExecuteAsync(new ExecutionRequest { Query = "{ people { knows { name } } }" });
            Assert.False(result.HasData);
            Assert.Equal("The operation is nested deeper than the maximum depth of 2 at field \"knows\".", Assert.Single(result.Errors).Message);
        }
    }
}
