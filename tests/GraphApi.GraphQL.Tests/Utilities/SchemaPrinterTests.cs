using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Utilities;
using GraphApi.Testing;

namespace GraphApi.GraphQL.Tests.Utilities;

/// <summary>SDL printing in the graphql-js <c>printSchema</c> format, and SDL → schema → SDL round trips.</summary>
public class SchemaPrinterTests
{
    private const string Sdl = """"
        """Marks a field as costly."""
        directive @cost(weight: Int = 1) repeatable on FIELD_DEFINITION | OBJECT

        """
        The root of all reads.

        Second paragraph.
        """
        type Query {
          """Say hello."""
          hello(name: String = "world", times: Int): String @deprecated
          node(id: ID!): Node
          search(
            """What to look for."""
            text: String!

            """How many."""
            first: Int = 10 @deprecated(reason: "Use `limit`.")
          ): [SearchResult!]!
          by(key: Key!, filter: Filter = {tags: ["a", "b"], color: RED}): Person
          today: Date
        }

        interface Node {
          id: ID!
        }

        interface Named implements Node {
          id: ID!
          name: String
        }

        """A human."""
        type Person implements Node & Named {
          id: ID!
          name: String
          knows: [Person!]
        }

        type Robot implements Node {
          id: ID!
        }

        union SearchResult = Person | Robot

        enum Color {
          """The color of fire."""
          RED
          GREEN @deprecated(reason: "Out of stock.")
          BLUE @deprecated
        }

        input Key @oneOf {
          id: ID
          email: String
        }

        input Filter {
          tags: [String!]
          color: Color = GREEN
          old: Boolean @deprecated
        }

        scalar Date @specifiedBy(url: "https://tools.ietf.org/html/rfc3339")
        """";

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
        SchemaPrinter.Print(TestSchema.Build()).MatchSnapshot(extension: "graphql");
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
