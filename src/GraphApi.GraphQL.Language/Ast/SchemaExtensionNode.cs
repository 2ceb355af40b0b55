namespace GraphApi.GraphQL.Language;

/// <summary>A SchemaExtension (spec 3.3.2): <c>extend schema @dir { mutation: Mutation }</c>.</summary>
public sealed class SchemaExtensionNode(
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<OperationTypeDefinitionNode> operationTypes,
    Location location = default) : TypeSystemDefinitionNode(directives, location)
{
    public override NodeKind Kind => NodeKind.SchemaExtension;

    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; } = operationTypes;
}
