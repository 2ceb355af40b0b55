using GraphApi.GraphQL.Language;

namespace GraphApi.GraphQL.Language.Tests;

public class ParserErrorTests
{
    [Theory]
    [InlineData("", "Unexpected <EOF>.", 1, 1)]
    [InlineData("{", "Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{ ...MissingOn }\nfragment MissingOn Type", "Expected \"on\", found Name \"Type\".", 2, 20)]
    [InlineData("{ field: {} }", "Expected Name, found \"{\".", 1, 10)]
    [InlineData("notAnOperation Foo { field }", "Unexpected Name \"notAnOperation\".", 1, 1)]
    [InlineData("...", "Unexpected \"...\".", 1, 1)]
    [InlineData("{ \"\"", "Expected Name, found String \"\".", 1, 3)]
    [InlineData("query Foo($a: Int) { f }\n{ g(", "Expected Name, found <EOF>.", 2, 5)]
    [InlineData("{ f(a: ) }", "Unexpected \")\".", 1, 8)]
    [InlineData("{ f(a 1) }", "Expected \":\", found Int \"1\".", 1, 7)]
    [InlineData("{ f }}", "Unexpected \"}\".", 1, 6)]
    [InlineData("{}", "Expected Name, found \"}\".", 1, 2)]
    [InlineData("fragment on on T { a }", "Unexpected Name \"on\".", 1, 10)]
    [InlineData("{ ...on }", "Expected Name, found \"}\".", 1, 9)]
    [InlineData("query Q($v: Int = $w) { a }", "Unexpected variable \"$w\" in constant value.", 1, 19)]
    [InlineData("query Q($v) { a }", "Expected \":\", found \")\".", 1, 11)]
    [InlineData("query Q($v: [Int) { a }", "Expected \"]\", found \")\".", 1, 17)]
    [InlineData("{ f(a: [1, 2) }", "Unexpected \")\".", 1, 13)]
    [InlineData("{ f(a: {b 1}) }", "Expected \":\", found Int \"1\".", 1, 11)]
    [InlineData("\"desc\" query { a }", "Unexpected description, descriptions are supported only on type definitions.", 1, 1)]
    [InlineData("\"desc\" extend type T @a", "Unexpected description, descriptions are supported only on type definitions.", 1, 1)]
    [InlineData("type T { f(): Int }", "Expected Name, found \")\".", 1, 12)]
    [InlineData("type T implements { f: Int }", "Expected Name, found \"{\".", 1, 19)]
    [InlineData("type T { f: Int = 1 }", "Expected Name, found \"=\".", 1, 17)]
    [InlineData("union U = ", "Expected Name, found <EOF>.", 1, 11)]
    [InlineData("union U = | | A", "Expected Name, found \"|\".", 1, 13)]
    [InlineData("enum E { true }", "Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("enum E { A null }", "Name \"null\" is reserved and cannot be used for an enum value.", 1, 12)]
    [InlineData("directive @d on FIELD | NOWHERE", "Unexpected Name \"NOWHERE\".", 1, 25)]
    [InlineData("directive @d(a: Int) FIELD", "Expected \"on\", found Name \"FIELD\".", 1, 22)]
    [InlineData("directive d on FIELD", "Expected \"@\", found Name \"d\".", 1, 11)]
    [InlineData("type T @d(a: $v) { f: Int }", "Unexpected variable \"$v\" in constant value.", 1, 14)]
    [InlineData("extend scalar S", "Unexpected <EOF>.", 1, 16)]
    [InlineData("extend type T", "Unexpected <EOF>.", 1, 14)]
    [InlineData("extend schema", "Unexpected <EOF>.", 1, 14)]
    [InlineData("extend union U", "Unexpected <EOF>.", 1, 15)]
    [InlineData("extend enum E", "Unexpected <EOF>.", 1, 14)]
    [InlineData("extend input I", "Unexpected <EOF>.", 1, 15)]
    [InlineData("extend directive @d on FIELD", "Unexpected Name \"directive\".", 1, 8)]
    [InlineData("schema { query: Q, other: O }", "Unexpected Name \"other\".", 1, 20)]
    [InlineData("schema {}", "Expected Name, found \"}\".", 1, 9)]
    [InlineData("query Q @d(a:) { x }", "Unexpected \")\".", 1, 14)]
    public void Reports_syntax_errors_with_location(string text, string message, int line, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse(text));
        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void Syntax_error_names_its_source()
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse(new Source("{", "schema.graphql")));
        Assert.Equal("schema.graphql", error.GraphQLSource.Name);
        Assert.Equal(1, error.Position);
        Assert.Equal("Expected Name, found <EOF>.", error.Description);
        Assert.Contains("schema.graphql:1:2", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1 2")]
    [InlineData("$v")]
    public void ParseConstValue_rejects_extra_tokens_and_variables(string text)
    {
        Assert.Throws<GraphQLSyntaxError>(() => Parser.ParseConstValue(text));
    }
}
