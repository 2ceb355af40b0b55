namespace GraphApi.GraphQL.Language;

/// <summary>A NonNullType (spec 2.11): <c>Type!</c>; the inner type is named or list, never non-null.</summary>
public sealed class NonNullTypeNode(TypeNode type, Location location = default) : TypeNode(location)
{
    public override NodeKind Kind => NodeKind.NonNullType;

    public TypeNode Type { get; } = type;
}
