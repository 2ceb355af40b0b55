using GraphApi.GraphQL.Language;

namespace GraphApi.GraphQL.Language.Tests;

/// <summary>Hostile documents must fail with a syntax error, never with a stack overflow or unbounded work.</summary>
public class ParserLimitTests
{
    private const int HugeDepth = 100_000;

    [Fact]
    public void Deeply_nested_selection_sets_fail_at_the_token_limit_by_default()
    {
        var text = string.Concat(Enumerable.Repeat("{a", HugeDepth)) + new string('}', HugeDepth);
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse(text));
        Assert.StartsWith("Syntax Error: Document exceeds the maximum nesting depth of 200.", error.Message, StringComparison.Ordinal);
        Assert.Equal((1, 401), (error.Line, error.Column));
    }

    [Fact]
    public void Deeply_nested_selection_sets_fail_at_the_depth_limit_without_a_token_limit()
    {
        var text = string.Concat(Enumerable.Repeat("{a", HugeDepth)) + new string('}', HugeDepth);
        var options = new ParserOptions { MaxTokens = int.MaxValue, MaxDepth = 1000 };
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse(text, options));
        Assert.Contains("maximum nesting depth of 1000", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ f(a: ", "[", "]) }")]
    [InlineData("{ f(a: ", "{b: ", "}) }")]
    [InlineData("query Q($v: ", "[", "Int]) { a }")]
    [InlineData("{ ", "... on T { ", "a }")]
    public void Deeply_nested_values_types_and_fragments_fail_cleanly(string prefix, string open, string suffix)
    {
        var text = prefix + string.Concat(Enumerable.Repeat(open, HugeDepth)) + suffix;
        var unlimitedTokens = new ParserOptions { MaxTokens = int.MaxValue };
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse(text, unlimitedTokens));
        Assert.Contains("maximum nesting depth of 200", error.Message, StringComparison.Ordinal);
        Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse(text));
    }

    [Fact]
    public void Unlimited_options_still_fail_cleanly_instead_of_overflowing_the_stack()
    {
        var text = string.Concat(Enumerable.Repeat("{a", 1_000_000)) + new string('}', 1_000_000);
        var unlimited = new ParserOptions { MaxTokens = int.MaxValue, MaxDepth = int.MaxValue };
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse(text, unlimited));
        Assert.Contains("nested too deeply", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_up_to_the_limit_is_allowed()
    {
        var depth = ParserOptions.Default.MaxDepth;
        var text = string.Concat(Enumerable.Repeat("{a", depth)) + new string('}', depth);
        var document = Parser.Parse(text);
        Assert.Single(document.Definitions);
        Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse("{a" + text + "}"));
    }

    [Fact]
    public void Token_limit_counts_significant_tokens()
    {
        var options = new ParserOptions { MaxTokens = 4 };
        Assert.Single(Parser.Parse("{ a b }", options).Definitions);
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse("{ a b c }", options));
        Assert.Equal("Syntax Error: Document contains more than 4 tokens. Parsing aborted.", error.Message);
        Assert.Equal(9, error.Column);
    }

    [Fact]
    public void Document_length_limit_is_checked_before_lexing()
    {
        var options = new ParserOptions { MaxDocumentLength = 10 };
        Assert.Single(Parser.Parse("{ a }", options).Definitions);
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse("{ aaaaaaaaaa }", options));
        Assert.Contains("longer than the maximum of 10 characters", error.Message, StringComparison.Ordinal);
    }
}
