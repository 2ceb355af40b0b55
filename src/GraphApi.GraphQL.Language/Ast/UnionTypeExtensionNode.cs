namespace GraphApi.GraphQL.Language;

/// <summary>A UnionTypeExtension (spec 3.8.1).</summary>
public sealed class UnionTypeExtensionNode(
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<NamedTypeNode> types,
    Location location = default) : TypeExtensionNode(name, directives, location)
{
    public override NodeKind Kind => NodeKind.UnionTypeExtension;

    public IReadOnlyList<NamedTypeNode> Types { get; } = types;
}
