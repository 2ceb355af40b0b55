namespace GraphApi.GraphQL.Language;

/// <summary>An ObjectTypeExtension (spec 3.6.3).</summary>
public sealed class ObjectTypeExtensionNode(
    NameNode name,
    IReadOnlyList<NamedTypeNode> interfaces,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<FieldDefinitionNode> fields,
    Location location = default) : TypeExtensionNode(name, directives, location)
{
    public override NodeKind Kind => NodeKind.ObjectTypeExtension;

    public IReadOnlyList<NamedTypeNode> Interfaces { get; } = interfaces;

    public IReadOnlyList<FieldDefinitionNode> Fields { get; } = fields;
}
