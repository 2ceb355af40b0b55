namespace GraphApi.GraphQL.Language;

/// <summary>An OperationDefinition (spec 2.3); the shorthand <c>{ ... }</c> is an anonymous query.</summary>
public sealed class OperationDefinitionNode(
    OperationType operation,
    NameNode? name,
    IReadOnlyList<VariableDefinitionNode> variableDefinitions,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode selectionSet,
    Location location = default) : ExecutableDefinitionNode(name, directives, selectionSet, location)
{
    public override NodeKind Kind => NodeKind.OperationDefinition;

    public OperationType Operation { get; } = operation;

    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; } = variableDefinitions;
}
