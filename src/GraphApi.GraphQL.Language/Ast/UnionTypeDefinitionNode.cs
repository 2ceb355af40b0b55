namespace GraphApi.GraphQL.Language;

/// <summary>A UnionTypeDefinition (spec 3.8): <c>union U @dir = A | B</c>.</summary>
public sealed class UnionTypeDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<NamedTypeNode> types,
    Location location = default) : TypeDefinitionNode(description, name, directives, location)
{
    public override NodeKind Kind => NodeKind.UnionTypeDefinition;

    public IReadOnlyList<NamedTypeNode> Types { get; } = types;
}
