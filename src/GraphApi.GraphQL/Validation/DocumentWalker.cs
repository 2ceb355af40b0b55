using GraphApi.GraphQL.Language;

namespace GraphApi.GraphQL.Validation;

/// <summary>
/// Walks an executable document once, in source order, keeping <see cref="TypeInfo"/> current and calling every rule's
/// hooks at each node (graphql-js <c>visitInParallel</c> with <c>visitWithTypeInfo</c>). Type system definitions are not
/// walked: spec 5.1.1 already rejects them. Recursion depth is bounded by the parser's nesting limit.
/// </summary>
internal sealed class DocumentWalker(ValidationContext context, ValidationRule[] rules)
{
    private readonly TypeInfo _typeInfo = context.TypeInfo;

    public void Walk(DocumentNode document)
    {
        foreach (var rule in rules)
        {
            rule.EnterDocument(context, document);
        }

        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case OperationDefinitionNode operation:
                    WalkOperation(operation);
                    break;
                case FragmentDefinitionNode fragment:
                    WalkFragmentDefinition(fragment);
                    break;
            }
        }

        context.CurrentDefinition = null;
        foreach (var rule in rules)
        {
            rule.LeaveDocument(context, document);
        }
    }

    private void WalkOperation(OperationDefinitionNode node)
    {
        context.CurrentDefinition = node;
        _typeInfo.EnterOperationDefinition(node);
        foreach (var rule in rules)
        {
            rule.EnterOperationDefinition(context, node);
        }

        foreach (var variable in node.VariableDefinitions)
        {
            WalkVariableDefinition(variable);
        }

        WalkDirectives(node, node.Directives, node.Operation switch
        {
            OperationType.Mutation => DirectiveLocation.Mutation,
            OperationType.Subscription => DirectiveLocation.Subscription,
            _ => DirectiveLocation.Query,
        });
        WalkSelectionSet(node.SelectionSet);
        foreach (var rule in rules)
        {
            rule.LeaveOperationDefinition(context, node);
        }

        _typeInfo.LeaveOperationDefinition();
    }

    private void WalkFragmentDefinition(FragmentDefinitionNode node)
    {
        context.CurrentDefinition = node;
        _typeInfo.EnterFragmentDefinition(node);
        foreach (var rule in rules)
        {
            rule.EnterFragmentDefinition(context, node);
        }

        WalkNamedType(node.TypeCondition);
        WalkDirectives(node, node.Directives, DirectiveLocation.FragmentDefinition);
        WalkSelectionSet(node.SelectionSet);
        _typeInfo.LeaveFragmentDefinition();
    }

    private void WalkVariableDefinition(VariableDefinitionNode node)
    {
        _typeInfo.EnterVariableDefinition(node);
        foreach (var rule in rules)
        {
            rule.EnterVariableDefinition(context, node);
        }

        WalkType(node.Type);
        if (node.DefaultValue is not null)
        {
            WalkValue(node.DefaultValue);
        }

        WalkDirectives(node, node.Directives, DirectiveLocation.VariableDefinition);
        _typeInfo.LeaveVariableDefinition();
    }

    private void WalkType(TypeNode node)
    {
        switch (node)
        {
            case NamedTypeNode named:
                WalkNamedType(named);
                break;
            case ListTypeNode list:
                WalkType(list.Type);
                break;
            case NonNullTypeNode nonNull:
                WalkType(nonNull.Type);
                break;
        }
    }

    private void WalkNamedType(NamedTypeNode node)
    {
        foreach (var rule in rules)
        {
            rule.EnterNamedType(context, node);
        }
    }

    private void WalkSelectionSet(SelectionSetNode node)
    {
        context.EnsureSufficientStack();
        _typeInfo.EnterSelectionSet();
        foreach (var rule in rules)
        {
            rule.EnterSelectionSet(context, node);
        }

        foreach (var selection in node.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    WalkField(field);
                    break;
                case FragmentSpreadNode spread:
                    foreach (var rule in rules)
                    {
                        rule.EnterFragmentSpread(context, spread);
                    }

                    WalkDirectives(spread, spread.Directives, DirectiveLocation.FragmentSpread);
                    break;
                case InlineFragmentNode inline:
                    WalkInlineFragment(inline);
                    break;
            }
        }

        _typeInfo.LeaveSelectionSet();
    }

    private void WalkField(FieldNode node)
    {
        _typeInfo.EnterField(node);
        foreach (var rule in rules)
        {
            rule.EnterField(context, node);
        }

        foreach (var argument in node.Arguments)
        {
            WalkArgument(argument);
        }

        WalkDirectives(node, node.Directives, DirectiveLocation.Field);
        if (node.SelectionSet is not null)
        {
            WalkSelectionSet(node.SelectionSet);
        }

        foreach (var rule in rules)
        {
            rule.LeaveField(context, node);
        }

        _typeInfo.LeaveField();
    }

    private void WalkInlineFragment(InlineFragmentNode node)
    {
        _typeInfo.EnterInlineFragment(node);
        foreach (var rule in rules)
        {
            rule.EnterInlineFragment(context, node);
        }

        if (node.TypeCondition is not null)
        {
            WalkNamedType(node.TypeCondition);
        }

        WalkDirectives(node, node.Directives, DirectiveLocation.InlineFragment);
        WalkSelectionSet(node.SelectionSet);
        _typeInfo.LeaveInlineFragment();
    }

    private void WalkDirectives(SyntaxNode owner, IReadOnlyList<DirectiveNode> directives, DirectiveLocation location)
    {
        if (directives.Count == 0)
        {
            return;
        }

        foreach (var rule in rules)
        {
            rule.EnterDirectives(context, owner, directives);
        }

        foreach (var directive in directives)
        {
            _typeInfo.EnterDirective(directive);
            foreach (var rule in rules)
            {
                rule.EnterDirective(context, directive, location);
            }

            foreach (var argument in directive.Arguments)
            {
                WalkArgument(argument);
            }

            foreach (var rule in rules)
            {
                rule.LeaveDirective(context, directive);
            }

            _typeInfo.LeaveDirective();
        }
    }

    private void WalkArgument(ArgumentNode node)
    {
        _typeInfo.EnterArgument(node);
        foreach (var rule in rules)
        {
            rule.EnterArgument(context, node);
        }

        WalkValue(node.Value);
        _typeInfo.LeaveArgument();
    }

    private void WalkValue(ValueNode node)
    {
        context.EnsureSufficientStack();
        switch (node)
        {
            case ListValueNode list:
                _typeInfo.EnterListValue();
                CallEnterValue(node);
                foreach (var item in list.Values)
                {
                    WalkValue(item);
                }

                _typeInfo.LeaveListValue();
                break;
            case ObjectValueNode objectValue:
                CallEnterValue(node);
                foreach (var field in objectValue.Fields)
                {
                    _typeInfo.EnterObjectField(field);
                    foreach (var rule in rules)
                    {
                        rule.EnterObjectField(context, field);
                    }

                    WalkValue(field.Value);
                    _typeInfo.LeaveObjectField();
                }

                break;
            case EnumValueNode enumValue:
                _typeInfo.EnterEnumValue(enumValue);
                CallEnterValue(node);
                _typeInfo.LeaveEnumValue();
                break;
            case VariableNode variable:
                context.RecordVariableUsage(variable);
                CallEnterValue(node);
                break;
            default:
                CallEnterValue(node);
                break;
        }
    }

    private void CallEnterValue(ValueNode node)
    {
        foreach (var rule in rules)
        {
            rule.EnterValue(context, node);
        }
    }
}
