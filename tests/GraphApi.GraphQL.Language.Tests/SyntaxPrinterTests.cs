using GraphApi.GraphQL.Language;
using Snapshooter.Xunit;

namespace GraphApi.GraphQL.Language.Tests;

public class SyntaxPrinterTests
{
    private static void AssertRoundTrips(string text)
    {
        var parsed = Parser.Parse(text);
        var printed = SyntaxPrinter.Print(parsed);
        var reparsed = Parser.Parse(printed);
        SyntaxTreeComparer.AssertEqual(parsed, reparsed);
        Assert.Equal(printed, SyntaxPrinter.Print(reparsed));
    }

    [Fact]
    public void Prints_the_kitchen_sink_query()
    {
        var text = TestDocuments.Read("KitchenSinkQuery.graphql");
        AssertRoundTrips(text);
        SyntaxPrinter.Print(Parser.Parse(text)).MatchSnapshot();
    }

    [Fact]
    public void Prints_the_kitchen_sink_schema()
    {
        var text = TestDocuments.Read("KitchenSinkSchema.graphql");
        AssertRoundTrips(text);
        SyntaxPrinter.Print(Parser.Parse(text)).MatchSnapshot();
    }

    [Fact]
    public void Prints_the_introspection_query()
    {
        AssertRoundTrips(TestDocuments.Read("GraphiQLIntrospectionQuery.graphql"));
    }

    [Theory]
    [InlineData("{ a }", "{\n  a\n}")]
    [InlineData("query { a }", "{\n  a\n}")]
    [InlineData("query Q { a }", "query Q {\n  a\n}")]
    [InlineData("mutation { a }", "mutation {\n  a\n}")]
    [InlineData("query ($v: Int = 1 @d) @o { a }", "query ($v: Int = 1 @d) @o {\n  a\n}")]
    [InlineData("{ x: a(b: [1, {c: $d}], e: \"\\\"q\\\"\") @s(if: true) }", "{\n  x: a(b: [1, {c: $d}], e: \"\\\"q\\\"\") @s(if: true)\n}")]
    [InlineData("{ ... on T @d { a } ... { b } ...F @e }", "{\n  ... on T @d {\n    a\n  }\n  ... {\n    b\n  }\n  ...F @e\n}")]
    [InlineData("fragment F on T @d { a }", "fragment F on T @d {\n  a\n}")]
    [InlineData("type T implements A & B @d { f(a: Int = 1): [T!]! @e }", "type T implements A & B @d {\n  f(a: Int = 1): [T!]! @e\n}")]
    [InlineData("union U = A | B", "union U = A | B")]
    [InlineData("directive @d(a: Int) repeatable on FIELD | OBJECT", "directive @d(a: Int) repeatable on FIELD | OBJECT")]
    [InlineData("\"desc\" scalar S", "\"desc\"\nscalar S")]
    [InlineData("extend type T @d", "extend type T @d")]
    public void Prints_in_graphql_js_layout(string text, string expected)
    {
        Assert.Equal(expected, SyntaxPrinter.Print(Parser.Parse(text)));
    }

    [Fact]
    public void Breaks_long_argument_lists_over_lines()
    {
        var printed = SyntaxPrinter.Print(Parser.Parse("{ field(argumentOne: \"aaaaaaaaaaaaaaaaaaaa\", argumentTwo: \"bbbbbbbbbbbbbbbbbbbbbbbbbbbb\") }"));
        Assert.Equal("{\n  field(\n    argumentOne: \"aaaaaaaaaaaaaaaaaaaa\"\n    argumentTwo: \"bbbbbbbbbbbbbbbbbbbbbbbbbbbb\"\n  )\n}", printed);
    }

    [Fact]
    public void Keeps_block_strings_as_block_strings()
    {
        var printed = SyntaxPrinter.Print(Parser.Parse("\"\"\"\n  Multi\n  line\n\"\"\"\ntype T { f: Int }"));
        Assert.Equal("\"\"\"\nMulti\nline\n\"\"\"\ntype T {\n  f: Int\n}", printed);
    }

    [Fact]
    public void Escapes_control_characters_in_strings()
    {
        Assert.Equal("\"a\\u0001b\\n\\t\\\\\"", SyntaxPrinter.PrintQuotedString("a\u0001b\n\t\\"));
    }

    [Fact]
    public void Prints_nodes_built_in_code()
    {
        var field = new FieldNode(null, new NameNode("hello"), [new ArgumentNode(new NameNode("to"), new StringValueNode("world"))], [], null);
        var operation = new OperationDefinitionNode(OperationType.Query, new NameNode("Greet"), [], [], new SelectionSetNode([field]));
        Assert.Equal("query Greet {\n  hello(to: \"world\")\n}", operation.ToString());
    }

    [Fact]
    public void Printing_a_tree_deeper_than_the_stack_throws_instead_of_crashing()
    {
        ValueNode value = new IntValueNode("1");
        for (var i = 0; i < 1_000_000; i++)
        {
            value = new ListValueNode([value]);
        }

        Assert.Throws<InsufficientExecutionStackException>(() => SyntaxPrinter.Print(value));
    }
}
