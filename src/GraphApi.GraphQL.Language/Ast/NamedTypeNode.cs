namespace GraphApi.GraphQL.Language;

/// <summary>A NamedType (spec 2.11).</summary>
public sealed class NamedTypeNode(NameNode name, Location location = default) : TypeNode(location)
{
    public override NodeKind Kind => NodeKind.NamedType;

    public NameNode Name { get; } = name;
}
