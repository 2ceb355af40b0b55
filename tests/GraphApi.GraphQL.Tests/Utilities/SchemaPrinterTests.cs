using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Utilities;
using Snapshooter.Xunit;

namespace GraphApi.GraphQL.Tests.Utilities;

/// <summary>SDL printing in the graphql-js <c>printSchema</c> format, and SDL → schema → SDL round trips.</summary>
public class SchemaPrinterTests
{
    private const string Sdl = TestSdl.Text;

    [Fact]
    public void Sdl_round_trips()
    {
        var schema = SchemaBuilder.FromSdl(Sdl);
        Assert.Equal(Sdl, SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Schema_block_is_printed_for_non_standard_root_names()
    {
        const string sdl = """
            schema {
              query: Root
              mutation: Change
            }

            type Root {
              a: Int
            }

            type Change {
              b: Int
            }
            """;
        Assert.Equal(sdl, SchemaPrinter.Print(SchemaBuilder.FromSdl(sdl)));
    }

    [Fact]
    public void Code_first_schema_prints()
    {
        SchemaPrinter.Print(TestSchema.Build()).MatchSnapshot();
    }

    [Fact]
    public void Sdl_schema_builder_reports_invalid_schemas()
    {
        var error = Assert.Throws<SchemaValidationException>(() => SchemaBuilder.FromSdl("type Query { a: Missing } type Query { b: Int }"));
        Assert.Contains("There can be only one type named \"Query\".", error.Errors);
        Assert.Contains("Query root type must be provided.", Assert.Throws<SchemaValidationException>(() => SchemaBuilder.FromSdl("type Foo { a: Int }")).Errors);
        var unknown = Assert.Throws<SchemaValidationException>(() => SchemaBuilder.FromSdl("type Query { a: Missing }"));
        Assert.Contains("Unknown type \"Missing\" referenced by Query.a; declare it or pass it in the schema's types.", unknown.Errors);
    }

    [Fact]
    public async Task Sdl_schema_executes_with_dictionary_sources_and_resolvers()
    {
        var resolvers = new SdlResolvers()
            .Field("Query", "hello", c => $"hello {c.Argument<string>("name")}")
            .Field("Query", "node", c => new Dictionary<string, object?> { ["__typename"] = "Person", ["id"] = c.Argument<string>("id"), ["name"] = "Ada" })
            .Field("Query", "search", _ => new object[]
            {
                new Dictionary<string, object?> { ["__typename"] = "Robot", ["id"] = "r2" },
            });
        var schema = SchemaBuilder.FromSdl(Sdl, resolvers);
        var json = await TestSchema.RunAsync(schema, "{ hello node(id: 7) { id ... on Named { name } } search(text: \"x\") { __typename ... on Robot { id } } }");
        Assert.Equal("""{"data":{"hello":"hello world","node":{"id":"7","name":"Ada"},"search":[{"__typename":"Robot","id":"r2"}]}}""", json);
    }
}
