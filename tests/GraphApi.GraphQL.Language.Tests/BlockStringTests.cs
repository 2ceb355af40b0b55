using GraphApi.GraphQL.Language;

namespace GraphApi.GraphQL.Language.Tests;

/// <summary>Spec 2.9.4 BlockStringValue, case by case.</summary>
public class BlockStringTests
{
    private static string Lines(params string[] lines) => string.Join("\n", lines);

    [Fact]
    public void Removes_uniform_indentation()
    {
        var raw = Lines("", "    Hello,", "      World!", "", "    Yours,", "      GraphQL.");
        Assert.Equal(Lines("Hello,", "  World!", "", "Yours,", "  GraphQL."), BlockString.Dedent(raw));
    }

    [Fact]
    public void Removes_empty_leading_and_trailing_lines()
    {
        var raw = Lines("", "", "    Hello,", "      World!", "", "    Yours,", "      GraphQL.", "", "");
        Assert.Equal(Lines("Hello,", "  World!", "", "Yours,", "  GraphQL."), BlockString.Dedent(raw));
    }

    [Fact]
    public void Removes_blank_leading_and_trailing_lines()
    {
        var raw = Lines("  ", "        ", "    Hello,", "      World!", "", "    Yours,", "      GraphQL.", "        ", "  ");
        Assert.Equal(Lines("Hello,", "  World!", "", "Yours,", "  GraphQL."), BlockString.Dedent(raw));
    }

    [Fact]
    public void Retains_indentation_from_first_line()
    {
        var raw = Lines("    Hello,", "      World!", "", "    Yours,", "      GraphQL.");
        Assert.Equal(Lines("    Hello,", "  World!", "", "Yours,", "  GraphQL."), BlockString.Dedent(raw));
    }

    [Fact]
    public void Does_not_alter_trailing_spaces()
    {
        var raw = Lines("               ", "    Hello,     ", "      World!   ", "               ", "    Yours,     ", "      GraphQL. ", "               ");
        Assert.Equal(Lines("Hello,     ", "  World!   ", "           ", "Yours,     ", "  GraphQL. "), BlockString.Dedent(raw));
    }

    [Fact]
    public void Treats_tabs_as_whitespace()
    {
        Assert.Equal(Lines("a", "\tb"), BlockString.Dedent(Lines("", "\ta", "\t\tb", "")));
    }

    [Fact]
    public void Blank_only_value_is_empty()
    {
        Assert.Equal(string.Empty, BlockString.Dedent(Lines("   ", "", "\t")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("simple")]
    [InlineData(" leading space")]
    [InlineData("trailing quote\"")]
    [InlineData("trailing slash\\")]
    [InlineData("has \"\"\" triple quotes")]
    [InlineData("ends with \"\"\"")]
    [InlineData("multi\nline")]
    [InlineData("  indented first\nline")]
    [InlineData("first\n  second\nthird")]
    public void Prints_values_that_dedent_back(string value)
    {
        var printed = BlockString.TryPrint(value);
        Assert.NotNull(printed);
        var token = new Lexer(new Source(printed)).Advance();
        Assert.Equal(TokenKind.BlockString, token.Kind);
        Assert.Equal(value, token.Value);
    }

    [Theory]
    [InlineData("\nleading blank line")]
    [InlineData("trailing blank line\n")]
    [InlineData("  a\n  b")]
    [InlineData("control \u0001 character")]
    [InlineData("carriage \r return")]
    public void Refuses_values_without_a_block_form(string value)
    {
        Assert.Null(BlockString.TryPrint(value));
    }
}
