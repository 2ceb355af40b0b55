using System.Runtime.CompilerServices;

namespace GraphApi.GraphQL.Language;

/// <summary>
/// A recursive-descent parser for the whole GraphQL grammar (spec 2 and 3, Appendix B). Nesting is counted
/// explicitly (<see cref="ParserOptions.MaxDepth"/>), so recursion never goes deeper than the limit allows.
/// </summary>
public sealed partial class Parser
{
    private readonly Lexer _lexer;
    private readonly ParserOptions _options;
    private int _tokenCount;
    private int _depth;
    private int _lastEnd;

    private Parser(Source source, ParserOptions? options)
    {
        _options = options ?? ParserOptions.Default;
        if (_options.MaxDocumentLength is { } maxLength && source.Body.Length > maxLength)
        {
            throw new GraphQLSyntaxError(source, 0, $"Document is longer than the maximum of {maxLength} characters. Parsing aborted.");
        }

        _lexer = new Lexer(source);
    }

    public static DocumentNode Parse(string source, ParserOptions? options = null) => Parse(new Source(source), options);

    public static DocumentNode Parse(Source source, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var parser = new Parser(source, options);
        parser.Advance();
        return parser.ParseDocument();
    }

    /// <summary>Parses a lone value literal such as <c>[1, {a: $x}]</c> (graphql-js <c>parseValue</c>).</summary>
    public static ValueNode ParseValue(string source, ParserOptions? options = null) =>
        ParseWhole(source, options, parser => parser.ParseValueLiteral(isConst: false));

    /// <summary>Parses a lone constant value literal (no variables), as default values are written.</summary>
    public static ValueNode ParseConstValue(string source, ParserOptions? options = null) =>
        ParseWhole(source, options, parser => parser.ParseValueLiteral(isConst: true));

    /// <summary>Parses a lone type reference such as <c>[String!]!</c> (graphql-js <c>parseType</c>).</summary>
    public static TypeNode ParseType(string source, ParserOptions? options = null) =>
        ParseWhole(source, options, parser => parser.ParseTypeReference());

    private static T ParseWhole<T>(string text, ParserOptions? options, Func<Parser, T> parse)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new Parser(new Source(text), options);
        parser.Expect(TokenKind.StartOfFile);
        var result = parse(parser);
        parser.Expect(TokenKind.EndOfFile);
        return result;
    }

    private Token Current => _lexer.Token;

    private Location LocationFrom(Token start) => new(start.Start, _lastEnd, _lexer.Source);

    private void Advance()
    {
        _lastEnd = _lexer.Token.End;
        var token = _lexer.Advance();
        if (token.Kind != TokenKind.EndOfFile && ++_tokenCount > _options.MaxTokens)
        {
            throw Error(token.Start, $"Document contains more than {_options.MaxTokens} tokens. Parsing aborted.");
        }
    }

    private bool Peek(TokenKind kind) => _lexer.Token.Kind == kind;

    private Token Expect(TokenKind kind)
    {
        var token = _lexer.Token;
        if (token.Kind != kind)
        {
            throw Error(token.Start, $"Expected {Token.DescribeKind(kind)}, found {token.Description}.");
        }

        Advance();
        return token;
    }

    private bool Skip(TokenKind kind)
    {
        if (_lexer.Token.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    private void ExpectKeyword(string keyword)
    {
        if (!SkipKeyword(keyword))
        {
            throw Error(Current.Start, $"Expected \"{keyword}\", found {Current.Description}.");
        }
    }

    private bool SkipKeyword(string keyword)
    {
        var token = _lexer.Token;
        if (token.Kind != TokenKind.Name || token.Value != keyword)
        {
            return false;
        }

        Advance();
        return true;
    }

    private GraphQLSyntaxError Unexpected(Token? token = null)
    {
        var at = token ?? _lexer.Token;
        return Error(at.Start, $"Unexpected {at.Description}.");
    }

    private GraphQLSyntaxError Error(int position, string description) => new(_lexer.Source, position, description);

    /// <summary>
    /// Counts one more level of nesting, failing before recursion could overflow the stack: at the configured depth,
    /// or earlier if a generous <see cref="ParserOptions.MaxDepth"/> would not fit in the current thread's stack.
    /// </summary>
    private void EnterNesting()
    {
        if (++_depth > _options.MaxDepth)
        {
            throw Error(Current.Start, $"Document exceeds the maximum nesting depth of {_options.MaxDepth}. Parsing aborted.");
        }

        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw Error(Current.Start, $"Document is nested too deeply ({_depth} levels) for the available stack. Parsing aborted.");
        }
    }

    private void ExitNesting() => _depth--;

    /// <summary><c>open item+ close</c>: at least one item.</summary>
    private T[] Many<T>(TokenKind open, Func<T> parseItem, TokenKind close)
    {
        Expect(open);
        var items = new List<T>();
        do
        {
            items.Add(parseItem());
        }
        while (!Skip(close));
        return items.ToArray();
    }

    /// <summary><c>(open item+ close)?</c>: nothing, or at least one item.</summary>
    private T[] OptionalMany<T>(TokenKind open, Func<T> parseItem, TokenKind close) =>
        Peek(open) ? Many(open, parseItem, close) : [];

    /// <summary><c>open item* close</c>: possibly empty.</summary>
    private T[] Any<T>(TokenKind open, Func<T> parseItem, TokenKind close)
    {
        Expect(open);
        if (Skip(close))
        {
            return [];
        }

        var items = new List<T>();
        do
        {
            items.Add(parseItem());
        }
        while (!Skip(close));
        return items.ToArray();
    }

    /// <summary><c>delimiter? item (delimiter item)*</c>, as in <c>implements &amp; A &amp; B</c> and <c>= | A | B</c>.</summary>
    private T[] DelimitedMany<T>(TokenKind delimiter, Func<T> parseItem)
    {
        Skip(delimiter);
        var items = new List<T>();
        do
        {
            items.Add(parseItem());
        }
        while (Skip(delimiter));
        return items.ToArray();
    }

    private NameNode ParseName()
    {
        var token = Expect(TokenKind.Name);
        return new NameNode(token.Value!, new Location(token.Start, token.End, _lexer.Source));
    }
}
