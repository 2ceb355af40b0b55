using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Utilities;

/// <summary>Finds the schema type a type reference in a document names (GraphQL spec §2.11 "Type References").</summary>
public static class TypeFromAst
{
    /// <summary>The type, or null when its named type is not in the schema.</summary>
    public static GraphQLType? Resolve(GraphQLSchema schema, TypeNode node)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return node switch
        {
            NonNullTypeNode nonNull => Resolve(schema, nonNull.Type) is { } inner ? new NonNullType(inner) : null,
            ListTypeNode list => Resolve(schema, list.Type) is { } item ? new ListType(item) : null,
            NamedTypeNode named => schema.GetType(named.Name.Value),
            _ => null,
        };
    }
}
