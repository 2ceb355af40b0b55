namespace GraphApi.GraphQL.Language;

/// <summary>A RootOperationTypeDefinition (spec 3.3.1): <c>query: Query</c>.</summary>
public sealed class OperationTypeDefinitionNode(OperationType operation, NamedTypeNode type, Location location = default) : SyntaxNode(location)
{
    public override NodeKind Kind => NodeKind.OperationTypeDefinition;

    public OperationType Operation { get; } = operation;

    public NamedTypeNode Type { get; } = type;
}
