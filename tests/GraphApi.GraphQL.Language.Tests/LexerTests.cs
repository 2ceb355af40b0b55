using GraphApi.GraphQL.Language;

namespace GraphApi.GraphQL.Language.Tests;

public class LexerTests
{
    private static Token LexOne(string text)
    {
        var lexer = new Lexer(new Source(text));
        return lexer.Advance();
    }

    private static GraphQLSyntaxError LexError(string text)
    {
        return Assert.Throws<GraphQLSyntaxError>(() =>
        {
            var lexer = new Lexer(new Source(text));
            while (lexer.Advance().Kind != TokenKind.EndOfFile)
            {
            }
        });
    }

    [Theory]
    [InlineData("!", TokenKind.Bang)]
    [InlineData("$", TokenKind.Dollar)]
    [InlineData("&", TokenKind.Amp)]
    [InlineData("(", TokenKind.ParenL)]
    [InlineData(")", TokenKind.ParenR)]
    [InlineData("...", TokenKind.Spread)]
    [InlineData(":", TokenKind.Colon)]
    [InlineData("=", TokenKind.Equals)]
    [InlineData("@", TokenKind.At)]
    [InlineData("[", TokenKind.BracketL)]
    [InlineData("]", TokenKind.BracketR)]
    [InlineData("{", TokenKind.BraceL)]
    [InlineData("|", TokenKind.Pipe)]
    [InlineData("}", TokenKind.BraceR)]
    [InlineData("", TokenKind.EndOfFile)]
    public void Lexes_punctuators(string text, TokenKind kind)
    {
        var token = LexOne(text);
        Assert.Equal(kind, token.Kind);
        Assert.Null(token.Value);
        Assert.Equal(text.Length, token.End);
    }

    [Theory]
    [InlineData("simple", "simple")]
    [InlineData("_under_score9", "_under_score9")]
    [InlineData("ABC xyz", "ABC")]
    public void Lexes_names(string text, string value)
    {
        var token = LexOne(text);
        Assert.Equal(TokenKind.Name, token.Kind);
        Assert.Equal(value, token.Value);
    }

    [Theory]
    [InlineData("4", TokenKind.Int)]
    [InlineData("-4", TokenKind.Int)]
    [InlineData("0", TokenKind.Int)]
    [InlineData("-0", TokenKind.Int)]
    [InlineData("9876543210987654321", TokenKind.Int)]
    [InlineData("4.123", TokenKind.Float)]
    [InlineData("-4.123", TokenKind.Float)]
    [InlineData("0.123", TokenKind.Float)]
    [InlineData("123e4", TokenKind.Float)]
    [InlineData("123E-4", TokenKind.Float)]
    [InlineData("123e+4", TokenKind.Float)]
    [InlineData("-1.123e4567", TokenKind.Float)]
    public void Lexes_numbers(string text, TokenKind kind)
    {
        var token = LexOne(text);
        Assert.Equal(kind, token.Kind);
        Assert.Equal(text, token.Value);
    }

    [Theory]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\" white space \"", " white space ")]
    [InlineData("\"quote \\\"\"", "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\"", "escaped \n\r\b\t\f")]
    [InlineData("\"slashes \\\\ \\/\"", "slashes \\ /")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"unicode \\u{1234}\\u{5678}\\u{90AB}\\u{CDEF}\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"string with unicode escape outside BMP \\u{1F600}\"", "string with unicode escape outside BMP \U0001F600")]
    [InlineData("\"string with minimal unicode escape \\u{0}\"", "string with minimal unicode escape \0")]
    [InlineData("\"string with maximal unicode escape \\u{10FFFF}\"", "string with maximal unicode escape \U0010FFFF")]
    [InlineData("\"string with maximal minimal unicode escape \\u{00000000}\"", "string with maximal minimal unicode escape \0")]
    [InlineData("\"string with unicode surrogate pair escape \\uD83D\\uDE00\"", "string with unicode surrogate pair escape \U0001F600")]
    [InlineData("\"string with literal emoji \U0001F600\"", "string with literal emoji \U0001F600")]
    [InlineData("\"\"", "")]
    public void Lexes_strings_with_escapes(string text, string value)
    {
        var token = LexOne(text);
        Assert.Equal(TokenKind.String, token.Kind);
        Assert.Equal(value, token.Value);
        Assert.Equal(text.Length, token.End);
    }

    [Theory]
    [InlineData("\"", "Unterminated string.", 1, 2)]
    [InlineData("\"\"\"", "Unterminated string.", 1, 4)]
    [InlineData("\"no end quote", "Unterminated string.", 1, 14)]
    [InlineData("\"multi\nline\"", "Unterminated string.", 1, 7)]
    [InlineData("\"multi\rline\"", "Unterminated string.", 1, 7)]
    [InlineData("\"bad \\z esc\"", "Invalid character escape sequence: \"\\z\".", 1, 6)]
    [InlineData("\"bad \\x esc\"", "Invalid character escape sequence: \"\\x\".", 1, 6)]
    [InlineData("\"bad \\u1 esc\"", "Invalid Unicode escape sequence: \"\\u1 es\".", 1, 6)]
    [InlineData("\"bad \\u0XX1 esc\"", "Invalid Unicode escape sequence: \"\\u0XX1\".", 1, 6)]
    [InlineData("\"bad \\uXXXX esc\"", "Invalid Unicode escape sequence: \"\\uXXXX\".", 1, 6)]
    [InlineData("\"bad \\u{} esc\"", "Invalid Unicode escape sequence: \"\\u{}\".", 1, 6)]
    [InlineData("\"bad \\u{FXXX} esc\"", "Invalid Unicode escape sequence: \"\\u{FX\".", 1, 6)]
    [InlineData("\"bad \\u{110000} esc\"", "Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 6)]
    [InlineData("\"bad \\u{12345678} esc\"", "Invalid Unicode escape sequence: \"\\u{12345678}\".", 1, 6)]
    [InlineData("\"bad \\uD800 esc\"", "Invalid Unicode escape sequence: \"\\uD800\".", 1, 6)]
    [InlineData("\"bad \\uDBFF\\uDBFF esc\"", "Invalid Unicode escape sequence: \"\\uDBFF\".", 1, 6)]
    [InlineData("\"bad \\uDE00 esc\"", "Invalid Unicode escape sequence: \"\\uDE00\".", 1, 6)]
    [InlineData("\"bad \\u{D800} esc\"", "Invalid Unicode escape sequence: \"\\u{D800}\".", 1, 6)]
    [InlineData("\n\n  \"bad \\z\"", "Invalid character escape sequence: \"\\z\".", 3, 8)]
    public void Rejects_invalid_strings_with_location(string text, string message, int line, int column)
    {
        var error = LexError(text);
        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("00", "Invalid number, unexpected digit after 0: \"0\".", 2)]
    [InlineData("01", "Invalid number, unexpected digit after 0: \"1\".", 2)]
    [InlineData("+1", "Unexpected character: \"+\".", 1)]
    [InlineData("1.", "Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData("1e", "Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData(".123", "Unexpected character: \".\".", 1)]
    [InlineData("1.A", "Invalid number, expected digit but got: \"A\".", 3)]
    [InlineData("-A", "Invalid number, expected digit but got: \"A\".", 2)]
    [InlineData("1.0e", "Invalid number, expected digit but got: <EOF>.", 5)]
    [InlineData("1.0eA", "Invalid number, expected digit but got: \"A\".", 5)]
    [InlineData("1.2e3e", "Invalid number, expected digit but got: \"e\".", 6)]
    [InlineData("1.2e3.4", "Invalid number, expected digit but got: \".\".", 6)]
    [InlineData("1.23.4", "Invalid number, expected digit but got: \".\".", 5)]
    [InlineData("0xF1", "Invalid number, expected digit but got: \"x\".", 2)]
    [InlineData("123abc", "Invalid number, expected digit but got: \"a\".", 4)]
    [InlineData("1_234", "Invalid number, expected digit but got: \"_\".", 2)]
    public void Rejects_invalid_numbers(string text, string message, int column)
    {
        var error = LexError(text);
        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal(1, error.Line);
        Assert.Equal(column, error.Column);
    }

    [Theory]
    [InlineData("..", "Unexpected character: \".\".")]
    [InlineData("~", "Unexpected character: \"~\".")]
    [InlineData("\u00A0", "Unexpected character: U+00A0.")]
    [InlineData("\u2028", "Unexpected character: U+2028.")]
    [InlineData("\U0001F600", "Unexpected character: U+1F600.")]
    [InlineData("\u0007", "Unexpected character: U+0007.")]
    [InlineData("'", "Unexpected single quote character ('), did you mean to use a double quote (\")?")]
    public void Rejects_unexpected_characters(string text, string message)
    {
        var error = LexError(text);
        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal((1, 1), (error.Line, error.Column));
    }

    [Fact]
    public void Skips_whitespace_comments_commas_and_bom()
    {
        var text = "\uFEFF\n\r\n\t  ,,, # a comment \U0001F600 ,,\r\n   foo , # another\n";
        var token = LexOne(text);
        Assert.Equal(TokenKind.Name, token.Kind);
        Assert.Equal("foo", token.Value);
        Assert.Equal(new SourceLocation(4, 4), new Source(text).GetLocation(token.Start));
    }

    [Fact]
    public void Reports_line_and_column_across_every_line_terminator()
    {
        var error = LexError("\n\r\n\r  ?\n");
        Assert.Equal((4, 3), (error.Line, error.Column));
        Assert.Equal("Syntax Error: Unexpected character: \"?\".", error.Message);
    }

    [Fact]
    public void Lookahead_does_not_move()
    {
        var lexer = new Lexer(new Source("a b"));
        lexer.Advance();
        Assert.Equal("b", lexer.Lookahead().Value);
        Assert.Equal("a", lexer.Token.Value);
        Assert.Equal("b", lexer.Advance().Value);
        Assert.Equal(TokenKind.EndOfFile, lexer.Advance().Kind);
        Assert.Equal(TokenKind.EndOfFile, lexer.Advance().Kind);
    }

    [Theory]
    [InlineData("\"\"\"simple\"\"\"", "simple")]
    [InlineData("\"\"\" white space \"\"\"", " white space ")]
    [InlineData("\"\"\"contains \" quote\"\"\"", "contains \" quote")]
    [InlineData("\"\"\"contains \\\"\"\" triple quote\"\"\"", "contains \"\"\" triple quote")]
    [InlineData("\"\"\"multi\nline\"\"\"", "multi\nline")]
    [InlineData("\"\"\"multi\rline\r\nnormalized\"\"\"", "multi\nline\nnormalized")]
    [InlineData("\"\"\"unescaped \\n\\r\\b\\t\\f\\u1234\"\"\"", "unescaped \\n\\r\\b\\t\\f\\u1234")]
    [InlineData("\"\"\"unescaped unicode outside BMP \U0001F600\"\"\"", "unescaped unicode outside BMP \U0001F600")]
    [InlineData("\"\"\"slashes \\\\ \\/\"\"\"", "slashes \\\\ \\/")]
    [InlineData("\"\"\"\n\n        spans\n          multiple\n            lines\n\n        \"\"\"", "spans\n  multiple\n    lines")]
    public void Lexes_block_strings(string text, string value)
    {
        var token = LexOne(text);
        Assert.Equal(TokenKind.BlockString, token.Kind);
        Assert.Equal(value, token.Value);
        Assert.Equal(text.Length, token.End);
    }

    [Theory]
    [InlineData("\"\"\"", "Unterminated string.", 4)]
    [InlineData("\"\"\"no end quote", "Unterminated string.", 16)]
    public void Rejects_invalid_block_strings(string text, string message, int column)
    {
        var error = LexError(text);
        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal(column, error.Column);
    }

    // Lone surrogates cannot live in attribute arguments (metadata is UTF-8), so these cases build their text in code.
    [Fact]
    public void Rejects_lone_surrogates()
    {
        var inString = LexError("\"lone " + '\uD800' + " surrogate\"");
        Assert.Equal("Syntax Error: Invalid character within String: U+D800.", inString.Message);
        Assert.Equal(7, inString.Column);

        var inBlock = LexError("\"\"\"lone " + '\uDC00' + "\"\"\"");
        Assert.Equal("Syntax Error: Invalid character within String: U+DC00.", inBlock.Message);
        Assert.Equal(9, inBlock.Column);

        var bare = LexError("a " + '\uD83D');
        Assert.Equal("Syntax Error: Invalid character: U+D83D.", bare.Message);
        Assert.Equal(3, bare.Column);

        var pair = LexOne("\"" + '\uD83D' + '\uDE00' + "\"");
        Assert.Equal("\U0001F600", pair.Value);
    }
}
