namespace GraphApi.GraphQL.Language;

/// <summary>A SchemaDefinition (spec 3.3): <c>schema @dir { query: Query }</c>.</summary>
public sealed class SchemaDefinitionNode(
    StringValueNode? description,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<OperationTypeDefinitionNode> operationTypes,
    Location location = default) : TypeSystemDefinitionNode(directives, location)
{
    public override NodeKind Kind => NodeKind.SchemaDefinition;

    public StringValueNode? Description { get; } = description;

    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; } = operationTypes;
}
