using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Validation;

/// <summary>
/// The implicit <c>__typename: String!</c> field of every composite type (spec 4.1, Type Name Introspection); no type
/// declares it, so validation supplies its definition. <c>__schema</c> and <c>__type</c> come from <c>IntrospectionTypes</c>.
/// </summary>
internal static class MetaFieldDefinitions
{
    public static FieldDefinition TypeName { get; } =
        new("__typename", new NonNullType(ScalarType.String), "The name of the current Object type at runtime.");
}
