namespace GraphApi.GraphQL.Language;

/// <summary>The type system half of the grammar (spec 3): schema, types, directives and their extensions.</summary>
public sealed partial class Parser
{
    private bool PeekDescription() => Peek(TokenKind.String) || Peek(TokenKind.BlockString);

    /// <summary>Description (spec 3.2): a string before the definition it describes.</summary>
    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

    /// <summary>SchemaDefinition (spec 3.3).</summary>
    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        var operationTypes = Many(TokenKind.BraceL, ParseOperationTypeDefinition, TokenKind.BraceR);
        return new SchemaDefinitionNode(description, directives, operationTypes, LocationFrom(start));
    }

    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        var start = Current;
        var operation = ParseOperationType();
        Expect(TokenKind.Colon);
        var type = ParseNamedType();
        return new OperationTypeDefinitionNode(operation, type, LocationFrom(start));
    }

    /// <summary>ScalarTypeDefinition (spec 3.5).</summary>
    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new ScalarTypeDefinitionNode(description, name, directives, LocationFrom(start));
    }

    /// <summary>ObjectTypeDefinition (spec 3.6).</summary>
    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new ObjectTypeDefinitionNode(description, name, interfaces, directives, fields, LocationFrom(start));
    }

    /// <summary>ImplementsInterfaces (spec 3.6): <c>implements &amp;? A &amp; B</c>.</summary>
    private NamedTypeNode[] ParseImplementsInterfaces() =>
        SkipKeyword("implements") ? DelimitedMany(TokenKind.Amp, ParseNamedType) : [];

    private FieldDefinitionNode[] ParseFieldsDefinition() =>
        OptionalMany(TokenKind.BraceL, ParseFieldDefinition, TokenKind.BraceR);

    /// <summary>FieldDefinition (spec 3.6.1).</summary>
    private FieldDefinitionNode ParseFieldDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        var name = ParseName();
        var arguments = OptionalMany(TokenKind.ParenL, ParseInputValueDefinition, TokenKind.ParenR);
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var directives = ParseDirectives(isConst: true);
        return new FieldDefinitionNode(description, name, arguments, type, directives, LocationFrom(start));
    }

    /// <summary>InputValueDefinition (spec 3.6.1): arguments and input fields.</summary>
    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        var name = ParseName();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = Skip(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new InputValueDefinitionNode(description, name, type, defaultValue, directives, LocationFrom(start));
    }

    /// <summary>InterfaceTypeDefinition (spec 3.7).</summary>
    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new InterfaceTypeDefinitionNode(description, name, interfaces, directives, fields, LocationFrom(start));
    }

    /// <summary>UnionTypeDefinition (spec 3.8).</summary>
    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        return new UnionTypeDefinitionNode(description, name, directives, types, LocationFrom(start));
    }

    private NamedTypeNode[] ParseUnionMemberTypes() =>
        Skip(TokenKind.Equals) ? DelimitedMany(TokenKind.Pipe, ParseNamedType) : [];

    /// <summary>EnumTypeDefinition (spec 3.9).</summary>
    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = OptionalMany(TokenKind.BraceL, ParseEnumValueDefinition, TokenKind.BraceR);
        return new EnumTypeDefinitionNode(description, name, directives, values, LocationFrom(start));
    }

    /// <summary>EnumValueDefinition (spec 3.9): the value may not be <c>true</c>, <c>false</c> or <c>null</c>.</summary>
    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        if (Current.Kind == TokenKind.Name && Current.Value is "true" or "false" or "null")
        {
            throw Error(Current.Start, $"{Current.Description} is reserved and cannot be used for an enum value.");
        }

        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new EnumValueDefinitionNode(description, name, directives, LocationFrom(start));
    }

    /// <summary>InputObjectTypeDefinition (spec 3.10).</summary>
    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = OptionalMany(TokenKind.BraceL, ParseInputValueDefinition, TokenKind.BraceR);
        return new InputObjectTypeDefinitionNode(description, name, directives, fields, LocationFrom(start));
    }

    /// <summary>DirectiveDefinition (spec 3.13).</summary>
    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("directive");
        Expect(TokenKind.At);
        var name = ParseName();
        var arguments = OptionalMany(TokenKind.ParenL, ParseInputValueDefinition, TokenKind.ParenR);
        var repeatable = SkipKeyword("repeatable");
        ExpectKeyword("on");
        var locations = DelimitedMany(TokenKind.Pipe, ParseDirectiveLocation);
        return new DirectiveDefinitionNode(description, name, arguments, repeatable, locations, LocationFrom(start));
    }

    private NameNode ParseDirectiveLocation()
    {
        var start = Current;
        var name = ParseName();
        return DirectiveLocationNames.TryParse(name.Value, out _) ? name : throw Unexpected(start);
    }

    /// <summary>TypeSystemExtension (spec 3.1): <c>extend</c> and then the kind being extended.</summary>
    private TypeSystemDefinitionNode ParseTypeSystemExtension()
    {
        var keyword = _lexer.Lookahead();
        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.Value)
            {
                case "schema":
                    return ParseSchemaExtension();
                case "scalar":
                    return ParseScalarTypeExtension();
                case "type":
                    return ParseObjectOrInterfaceExtension("type");
                case "interface":
                    return ParseObjectOrInterfaceExtension("interface");
                case "union":
                    return ParseUnionTypeExtension();
                case "enum":
                    return ParseEnumTypeExtension();
                case "input":
                    return ParseInputObjectTypeExtension();
            }
        }

        throw Unexpected(keyword);
    }

    /// <summary>SchemaExtension (spec 3.3.2): must add directives or operation types.</summary>
    private SchemaExtensionNode ParseSchemaExtension()
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        var operationTypes = OptionalMany(TokenKind.BraceL, ParseOperationTypeDefinition, TokenKind.BraceR);
        if (directives.Length == 0 && operationTypes.Length == 0)
        {
            throw Unexpected();
        }

        return new SchemaExtensionNode(directives, operationTypes, LocationFrom(start));
    }

    /// <summary>ScalarTypeExtension (spec 3.5.1): must add directives.</summary>
    private ScalarTypeExtensionNode ParseScalarTypeExtension()
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        if (directives.Length == 0)
        {
            throw Unexpected();
        }

        return new ScalarTypeExtensionNode(name, directives, LocationFrom(start));
    }

    /// <summary>ObjectTypeExtension (spec 3.6.3) and InterfaceTypeExtension (3.7.1): must add something.</summary>
    private TypeExtensionNode ParseObjectOrInterfaceExtension(string keyword)
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword(keyword);
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Length == 0 && directives.Length == 0 && fields.Length == 0)
        {
            throw Unexpected();
        }

        return keyword == "type"
            ? new ObjectTypeExtensionNode(name, interfaces, directives, fields, LocationFrom(start))
            : new InterfaceTypeExtensionNode(name, interfaces, directives, fields, LocationFrom(start));
    }

    /// <summary>UnionTypeExtension (spec 3.8.1).</summary>
    private UnionTypeExtensionNode ParseUnionTypeExtension()
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        if (directives.Length == 0 && types.Length == 0)
        {
            throw Unexpected();
        }

        return new UnionTypeExtensionNode(name, directives, types, LocationFrom(start));
    }

    /// <summary>EnumTypeExtension (spec 3.9.1).</summary>
    private EnumTypeExtensionNode ParseEnumTypeExtension()
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = OptionalMany(TokenKind.BraceL, ParseEnumValueDefinition, TokenKind.BraceR);
        if (directives.Length == 0 && values.Length == 0)
        {
            throw Unexpected();
        }

        return new EnumTypeExtensionNode(name, directives, values, LocationFrom(start));
    }

    /// <summary>InputObjectTypeExtension (spec 3.10.1).</summary>
    private InputObjectTypeExtensionNode ParseInputObjectTypeExtension()
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = OptionalMany(TokenKind.BraceL, ParseInputValueDefinition, TokenKind.BraceR);
        if (directives.Length == 0 && fields.Length == 0)
        {
            throw Unexpected();
        }

        return new InputObjectTypeExtensionNode(name, directives, fields, LocationFrom(start));
    }
}
