namespace GraphApi.GraphQL.Types;

/// <summary>The eight kinds of types (GraphQL spec §4.2.1 "__TypeKind").</summary>
public enum TypeKind
{
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
    List,
    NonNull,
}
