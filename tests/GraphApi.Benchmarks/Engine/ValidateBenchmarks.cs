using BenchmarkDotNet.Attributes;
using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Validation;

namespace GraphApi.Benchmarks.Engine;

/// <summary>Validating a parsed document against the schema with every rule of spec §5.</summary>
[MemoryDiagnoser]
public class ValidateBenchmarks
{
    private GraphQLSchema schema = null!;
    private DocumentNode document = null!;

    [Params(QueryCase.Typename, QueryCase.SmallNested, QueryCase.Introspection)]
    public QueryCase Query { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        schema = BenchmarkSchema.Build();
        document = Parser.Parse(Query.Text());
        var errors = DocumentValidator.Validate(schema, document);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"{Query} does not validate: {errors[0].Message}");
        }
    }

    [Benchmark]
    public IReadOnlyList<GraphQLError> Validate() => DocumentValidator.Validate(schema, document);
}
