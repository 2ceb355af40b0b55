namespace GraphApi.GraphQL.Types;

/// <summary>A type whose value may never be null (GraphQL spec §3.12 "Non-Null").</summary>
public sealed class NonNullType : GraphQLType
{
    public NonNullType(GraphQLType ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        if (ofType is NonNullType)
        {
            throw new ArgumentException($"Non-Null of Non-Null ({ofType}!) is not allowed (§3.12).", nameof(ofType));
        }

        OfType = ofType;
    }

    public GraphQLType OfType { get; }

    public override TypeKind Kind => TypeKind.NonNull;

    public override NamedType GetNamedType() => OfType.GetNamedType();

    public override string ToString() => $"{OfType}!";
}
