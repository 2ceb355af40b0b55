using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Utilities;

/// <summary>Type equality and the sub-type relation used for covariant interface fields (GraphQL spec §3.7 "IsValidImplementationFieldType").</summary>
public static class TypeComparators
{
    /// <summary>Whether two types are the same, wrappers included.</summary>
    public static bool IsEqualType(GraphQLType a, GraphQLType b) => (a, b) switch
    {
        (NonNullType x, NonNullType y) => IsEqualType(x.OfType, y.OfType),
        (ListType x, ListType y) => IsEqualType(x.OfType, y.OfType),
        (NamedType x, NamedType y) => ReferenceEquals(x, y) || (x.Name == y.Name && (x is TypeReference || y is TypeReference)),
        _ => false,
    };

    /// <summary>Whether a value of <paramref name="maybeSubType"/> is always a valid <paramref name="superType"/> value.</summary>
    public static bool IsTypeSubTypeOf(GraphQLSchema schema, GraphQLType maybeSubType, GraphQLType superType)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (IsEqualType(maybeSubType, superType))
        {
            return true;
        }

        if (superType is NonNullType superNonNull)
        {
            return maybeSubType is NonNullType subNonNull && IsTypeSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSubType is NonNullType nonNull)
        {
            return IsTypeSubTypeOf(schema, nonNull.OfType, superType);
        }

        if (superType is ListType superList)
        {
            return maybeSubType is ListType subList && IsTypeSubTypeOf(schema, subList.OfType, superList.OfType);
        }

        if (maybeSubType is ListType)
        {
            return false;
        }

        return superType is InterfaceType or UnionType
            && maybeSubType is InterfaceType or ObjectType
            && schema.IsSubType((NamedType)superType, (NamedType)maybeSubType);
    }
}
