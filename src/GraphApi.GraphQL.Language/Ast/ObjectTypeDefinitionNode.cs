namespace GraphApi.GraphQL.Language;

/// <summary>An ObjectTypeDefinition (spec 3.6): <c>type Name implements A &amp; B @dir { fields }</c>.</summary>
public sealed class ObjectTypeDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<NamedTypeNode> interfaces,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<FieldDefinitionNode> fields,
    Location location = default) : TypeDefinitionNode(description, name, directives, location)
{
    public override NodeKind Kind => NodeKind.ObjectTypeDefinition;

    public IReadOnlyList<NamedTypeNode> Interfaces { get; } = interfaces;

    public IReadOnlyList<FieldDefinitionNode> Fields { get; } = fields;
}
