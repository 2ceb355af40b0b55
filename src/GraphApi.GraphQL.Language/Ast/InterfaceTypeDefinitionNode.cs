namespace GraphApi.GraphQL.Language;

/// <summary>An InterfaceTypeDefinition (spec 3.7); interfaces may implement other interfaces.</summary>
public sealed class InterfaceTypeDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<NamedTypeNode> interfaces,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<FieldDefinitionNode> fields,
    Location location = default) : TypeDefinitionNode(description, name, directives, location)
{
    public override NodeKind Kind => NodeKind.InterfaceTypeDefinition;

    public IReadOnlyList<NamedTypeNode> Interfaces { get; } = interfaces;

    public IReadOnlyList<FieldDefinitionNode> Fields { get; } = fields;
}
