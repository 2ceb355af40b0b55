namespace GraphApi.GraphQL.Language;

/// <summary>The lexical tokens of spec 2.1 (Source Text). Ignored tokens (2.1.7: whitespace, line terminators, comments, commas, BOM) never reach the parser.</summary>
public enum TokenKind
{
    StartOfFile,
    EndOfFile,
    Bang,
    Dollar,
    Amp,
    ParenL,
    ParenR,
    Spread,
    Colon,
    Equals,
    At,
    BracketL,
    BracketR,
    BraceL,
    Pipe,
    BraceR,
    Name,
    Int,
    Float,
    String,
    BlockString,
}
