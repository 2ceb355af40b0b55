namespace GraphApi.GraphQL.Language;

/// <summary>Value literals (spec 2.9); in constant positions (default values, SDL directives) variables are rejected.</summary>
public sealed partial class Parser
{
    private ValueNode ParseValueLiteral(bool isConst)
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.BracketL:
                return ParseList(isConst);
            case TokenKind.BraceL:
                return ParseObject(isConst);
            case TokenKind.Int:
                Advance();
                return new IntValueNode(token.Value!, LocationFrom(token));
            case TokenKind.Float:
                Advance();
                return new FloatValueNode(token.Value!, LocationFrom(token));
            case TokenKind.String or TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                Advance();
                return token.Value switch
                {
                    "true" => new BooleanValueNode(true, LocationFrom(token)),
                    "false" => new BooleanValueNode(false, LocationFrom(token)),
                    "null" => new NullValueNode(LocationFrom(token)),
                    _ => new EnumValueNode(token.Value!, LocationFrom(token)),
                };
            case TokenKind.Dollar:
                if (isConst)
                {
                    var next = _lexer.Lookahead();
                    if (next.Kind == TokenKind.Name)
                    {
                        throw Error(token.Start, $"Unexpected variable \"${next.Value}\" in constant value.");
                    }

                    throw Unexpected();
                }

                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    private StringValueNode ParseStringLiteral()
    {
        var token = Current;
        Advance();
        return new StringValueNode(token.Value!, token.Kind == TokenKind.BlockString, LocationFrom(token));
    }

    /// <summary>ListValue (spec 2.9.7): one level of nesting; may be empty.</summary>
    private ListValueNode ParseList(bool isConst)
    {
        var start = Current;
        EnterNesting();
        var values = Any(TokenKind.BracketL, () => ParseValueLiteral(isConst), TokenKind.BracketR);
        ExitNesting();
        return new ListValueNode(values, LocationFrom(start));
    }

    /// <summary>ObjectValue (spec 2.9.8): one level of nesting; may be empty.</summary>
    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = Current;
        EnterNesting();
        var fields = Any(TokenKind.BraceL, () => ParseObjectField(isConst), TokenKind.BraceR);
        ExitNesting();
        return new ObjectValueNode(fields, LocationFrom(start));
    }

    private ObjectFieldNode ParseObjectField(bool isConst)
    {
        var start = Current;
        var name = ParseName();
        Expect(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ObjectFieldNode(name, value, LocationFrom(start));
    }
}
