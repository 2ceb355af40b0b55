namespace GraphApi.GraphQL.Language;

/// <summary>An InputObjectTypeDefinition (spec 3.10).</summary>
public sealed class InputObjectTypeDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<InputValueDefinitionNode> fields,
    Location location = default) : TypeDefinitionNode(description, name, directives, location)
{
    public override NodeKind Kind => NodeKind.InputObjectTypeDefinition;

    public IReadOnlyList<InputValueDefinitionNode> Fields { get; } = fields;
}
