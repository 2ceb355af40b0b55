namespace GraphApi.GraphQL.Types;

/// <summary>
/// Any type that can appear in a field or argument position: a named type or a List / Non-Null
/// wrapper (GraphQL spec §3.4 "Types", §3.11 "List", §3.12 "Non-Null").
/// </summary>
public abstract class GraphQLType
{
    private protected GraphQLType()
    {
    }

    /// <summary>The kind reported by introspection (§4.2.1).</summary>
    public abstract TypeKind Kind { get; }

    /// <summary>The innermost named type, unwrapping every list and non-null.</summary>
    public abstract NamedType GetNamedType();

    /// <summary>The innermost named type (same as <see cref="GetNamedType"/>).</summary>
    public NamedType NamedType => GetNamedType();

    /// <summary>Whether the type is an input type (§3.4.2 "Input and Output Types").</summary>
    public bool IsInputType => GetNamedType() is ScalarType or EnumType or InputObjectType;

    /// <summary>Whether the type is an output type (§3.4.2).</summary>
    public bool IsOutputType => GetNamedType() is ScalarType or EnumType or ObjectType or InterfaceType or UnionType;

    /// <summary>Whether the type is a leaf (scalar or enum) once unwrapped.</summary>
    public bool IsLeafType => GetNamedType() is ScalarType or EnumType;

    /// <summary>Wraps this type in a <see cref="ListType"/>.</summary>
    public ListType AsList() => new(this);

    /// <summary>Wraps this type in a <see cref="NonNullType"/>.</summary>
    public NonNullType AsNonNull() => new(this);

    /// <summary>The type as written in SDL, e.g. <c>[String!]!</c>.</summary>
    public abstract override string ToString();
}
