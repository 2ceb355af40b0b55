namespace GraphApi.GraphQL.Types;

/// <summary>A list of another type (GraphQL spec §3.11 "List").</summary>
public sealed class ListType : GraphQLType
{
    public ListType(GraphQLType ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        OfType = ofType;
    }

    public GraphQLType OfType { get; }

    public override TypeKind Kind => TypeKind.List;

    public override NamedType GetNamedType() => OfType.GetNamedType();

    public override string ToString() => $"[{OfType}]";
}
