namespace GraphApi.GraphQL.Language;

/// <summary>A ListType (spec 2.11): <c>[Type]</c>.</summary>
public sealed class ListTypeNode(TypeNode type, Location location = default) : TypeNode(location)
{
    public override NodeKind Kind => NodeKind.ListType;

    public TypeNode Type { get; } = type;
}
