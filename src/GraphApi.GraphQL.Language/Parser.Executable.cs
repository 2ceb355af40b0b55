namespace GraphApi.GraphQL.Language;

/// <summary>The executable half of the grammar: documents, operations, selections and fragments (spec 2.2 to 2.8).</summary>
public sealed partial class Parser
{
    /// <summary>Document (spec 2.2): one or more definitions.</summary>
    private DocumentNode ParseDocument()
    {
        var start = Current;
        var definitions = new List<DefinitionNode>();
        do
        {
            definitions.Add(ParseDefinition());
        }
        while (!Peek(TokenKind.EndOfFile));
        return new DocumentNode(definitions.ToArray(), new Location(start.Start, _lexer.Source.Body.Length, _lexer.Source));
    }

    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceL))
        {
            return ParseOperationDefinition();
        }

        var hasDescription = PeekDescription();
        var keyword = hasDescription ? _lexer.Lookahead() : Current;
        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.Value)
            {
                case "schema":
                    return ParseSchemaDefinition();
                case "scalar":
                    return ParseScalarTypeDefinition();
                case "type":
                    return ParseObjectTypeDefinition();
                case "interface":
                    return ParseInterfaceTypeDefinition();
                case "union":
                    return ParseUnionTypeDefinition();
                case "enum":
                    return ParseEnumTypeDefinition();
                case "input":
                    return ParseInputObjectTypeDefinition();
                case "directive":
                    return ParseDirectiveDefinition();
            }

            if (hasDescription)
            {
                throw Error(Current.Start, "Unexpected description, descriptions are supported only on type definitions.");
            }

            switch (keyword.Value)
            {
                case "query" or "mutation" or "subscription":
                    return ParseOperationDefinition();
                case "fragment":
                    return ParseFragmentDefinition();
                case "extend":
                    return ParseTypeSystemExtension();
            }
        }

        throw Unexpected(keyword);
    }

    /// <summary>OperationDefinition (spec 2.3), including the query shorthand.</summary>
    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = Current;
        if (Peek(TokenKind.BraceL))
        {
            var shorthand = ParseSelectionSet();
            return new OperationDefinitionNode(OperationType.Query, null, [], [], shorthand, LocationFrom(start));
        }

        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        var variables = OptionalMany(TokenKind.ParenL, ParseVariableDefinition, TokenKind.ParenR);
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new OperationDefinitionNode(operation, name, variables, directives, selectionSet, LocationFrom(start));
    }

    private OperationType ParseOperationType()
    {
        var token = Expect(TokenKind.Name);
        return token.Value switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => throw Unexpected(token),
        };
    }

    /// <summary>VariableDefinition (spec 2.10): <c>$name: Type = const @dir</c>.</summary>
    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = Current;
        var variable = ParseVariable();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = Skip(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new VariableDefinitionNode(variable, type, defaultValue, directives, LocationFrom(start));
    }

    private VariableNode ParseVariable()
    {
        var start = Expect(TokenKind.Dollar);
        var name = ParseName();
        return new VariableNode(name, LocationFrom(start));
    }

    /// <summary>SelectionSet (spec 2.4): one level of nesting.</summary>
    private SelectionSetNode ParseSelectionSet()
    {
        var start = Current;
        EnterNesting();
        var selections = Many(TokenKind.BraceL, ParseSelection, TokenKind.BraceR);
        ExitNesting();
        return new SelectionSetNode(selections, LocationFrom(start));
    }

    private SelectionNode ParseSelection() => Peek(TokenKind.Spread) ? ParseFragment() : ParseField();

    /// <summary>Field (spec 2.5): <c>alias: name(args) @dir { ... }</c>.</summary>
    private FieldNode ParseField()
    {
        var start = Current;
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (Skip(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }

        var arguments = ParseArguments(isConst: false);
        var directives = ParseDirectives(isConst: false);
        var selectionSet = Peek(TokenKind.BraceL) ? ParseSelectionSet() : null;
        return new FieldNode(alias, name, arguments, directives, selectionSet, LocationFrom(start));
    }

    /// <summary>Arguments (spec 2.6).</summary>
    private ArgumentNode[] ParseArguments(bool isConst) =>
        OptionalMany<ArgumentNode>(TokenKind.ParenL, isConst ? ParseConstArgument : ParseArgument, TokenKind.ParenR);

    private ArgumentNode ParseArgument() => ParseArgument(isConst: false);

    private ArgumentNode ParseConstArgument() => ParseArgument(isConst: true);

    private ArgumentNode ParseArgument(bool isConst)
    {
        var start = Current;
        var name = ParseName();
        Expect(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ArgumentNode(name, value, LocationFrom(start));
    }

    /// <summary>FragmentSpread or InlineFragment (spec 2.8): both start with <c>...</c>.</summary>
    private SelectionNode ParseFragment()
    {
        var start = Expect(TokenKind.Spread);
        var hasTypeCondition = SkipKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            var name = ParseFragmentName();
            var spreadDirectives = ParseDirectives(isConst: false);
            return new FragmentSpreadNode(name, spreadDirectives, LocationFrom(start));
        }

        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new InlineFragmentNode(typeCondition, directives, selectionSet, LocationFrom(start));
    }

    /// <summary>FragmentDefinition (spec 2.8): <c>fragment Name on Type @dir { ... }</c>.</summary>
    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = Current;
        ExpectKeyword("fragment");
        var name = ParseFragmentName();
        ExpectKeyword("on");
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new FragmentDefinitionNode(name, typeCondition, directives, selectionSet, LocationFrom(start));
    }

    /// <summary>FragmentName (spec 2.8): any Name but <c>on</c>.</summary>
    private NameNode ParseFragmentName()
    {
        if (Current.Kind == TokenKind.Name && Current.Value == "on")
        {
            throw Unexpected();
        }

        return ParseName();
    }

    /// <summary>Directives (spec 2.12).</summary>
    private DirectiveNode[] ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return [];
        }

        var directives = new List<DirectiveNode>();
        while (Peek(TokenKind.At))
        {
            var start = Current;
            Advance();
            var name = ParseName();
            var arguments = ParseArguments(isConst);
            directives.Add(new DirectiveNode(name, arguments, LocationFrom(start)));
        }

        return directives.ToArray();
    }

    /// <summary>Type (spec 2.11): <c>Name</c>, <c>[Type]</c>, each optionally followed by <c>!</c>.</summary>
    private TypeNode ParseTypeReference()
    {
        var start = Current;
        TypeNode type;
        if (Skip(TokenKind.BracketL))
        {
            EnterNesting();
            var inner = ParseTypeReference();
            Expect(TokenKind.BracketR);
            ExitNesting();
            type = new ListTypeNode(inner, LocationFrom(start));
        }
        else
        {
            type = ParseNamedType();
        }

        return Skip(TokenKind.Bang) ? new NonNullTypeNode(type, LocationFrom(start)) : type;
    }

    private NamedTypeNode ParseNamedType()
    {
        var start = Current;
        var name = ParseName();
        return new NamedTypeNode(name, LocationFrom(start));
    }
}
