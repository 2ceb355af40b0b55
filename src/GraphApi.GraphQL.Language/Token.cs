namespace GraphApi.GraphQL.Language;

/// <summary>
/// One lexical token: its kind, its UTF-16 range in the source and, for names, numbers and strings, its value
/// (for strings the cooked value: escapes resolved, block strings dedented).
/// </summary>
public readonly record struct Token(TokenKind Kind, int Start, int End, string? Value)
{
    /// <summary>How graphql-js names a token in messages: <c>Name "foo"</c>, <c>"{"</c>, <c>&lt;EOF&gt;</c>.</summary>
    public string Description => Value is null ? DescribeKind(Kind) : $"{DescribeKind(Kind)} \"{Value}\"";

    public static string DescribeKind(TokenKind kind) => kind switch
    {
        TokenKind.StartOfFile => "<SOF>",
        TokenKind.EndOfFile => "<EOF>",
        TokenKind.Bang => "\"!\"",
        TokenKind.Dollar => "\"$\"",
        TokenKind.Amp => "\"&\"",
        TokenKind.ParenL => "\"(\"",
        TokenKind.ParenR => "\")\"",
        TokenKind.Spread => "\"...\"",
        TokenKind.Colon => "\":\"",
        TokenKind.Equals => "\"=\"",
        TokenKind.At => "\"@\"",
        TokenKind.BracketL => "\"[\"",
        TokenKind.BracketR => "\"]\"",
        TokenKind.BraceL => "\"{\"",
        TokenKind.Pipe => "\"|\"",
        TokenKind.BraceR => "\"}\"",
        TokenKind.Name => "Name",
        TokenKind.Int => "Int",
        TokenKind.Float => "Float",
        TokenKind.String => "String",
        TokenKind.BlockString => "BlockString",
        _ => kind.ToString(),
    };
}
