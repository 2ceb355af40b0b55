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
}
