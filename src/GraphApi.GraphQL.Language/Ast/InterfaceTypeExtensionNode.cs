namespace GraphApi.GraphQL.Language;

/// <summary>An InterfaceTypeExtension (spec 3.7.1).</summary>
public sealed class InterfaceTypeExtensionNode(
    NameNode name,
    IReadOnlyList<NamedTypeNode> interfaces,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<FieldDefinitionNode> fields,
    Location location = default) : TypeExtensionNode(name, directives, location)
{
    public override NodeKind Kind => NodeKind.InterfaceTypeExtension;

    public IReadOnlyList<NamedTypeNode> Interfaces { get; } = interfaces;

    public IReadOnlyList<FieldDefinitionNode> Fields { get; } = fields;
}
