using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;
using LanguageDirectiveLocation = GraphApi.GraphQL.Language.DirectiveLocation;

namespace GraphApi.GraphQL.Introspection;

/// <summary>
/// The introspection types and the <c>__schema</c> / <c>__type</c> meta-fields (GraphQL spec §4 "Introspection",
/// §4.2 "Schema Introspection Schema"). Shared by every schema; their resolvers read the schema types directly.
/// </summary>
public static partial class IntrospectionTypes
{
    private static readonly ObjectType SchemaType = new("__Schema", "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.");
    private static readonly ObjectType TypeType = new("__Type", "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.");
    private static readonly ObjectType FieldType = new("__Field", "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.");
    private static readonly ObjectType InputValueType = new("__InputValue", "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.");
    private static readonly ObjectType EnumValueType = new("__EnumValue", "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.");
    private static readonly ObjectType DirectiveType = new("__Directive", "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.");
    private static readonly EnumType TypeKindType = BuildTypeKind();
    private static readonly EnumType DirectiveLocationType = BuildDirectiveLocation();

    static IntrospectionTypes()
    {
        DefineSchema();
        DefineType();
        DefineField();
        DefineInputValue();
        DefineEnumValue();
        DefineDirective();
        SchemaField = new FieldDefinition("__schema", new NonNullType(SchemaType), "Access the current type schema of this server.")
            .Resolve(context =>
            {
                RequireIntrospection(context);
                return context.Schema;
            });
        TypeField = new FieldDefinition("__type", TypeType, "Request the type information of a single type.")
            .Argument("name", new NonNullType(ScalarType.String))
            .Resolve(context =>
            {
                RequireIntrospection(context);
                return context.Schema.GetType(context.Argument<string>("name"));
            });
        All = [SchemaType, TypeType, FieldType, InputValueType, EnumValueType, DirectiveType, TypeKindType, DirectiveLocationType];
    }

    /// <summary>The <c>__Schema</c> type; reaching it from a schema brings in all the others.</summary>
    public static ObjectType Schema => SchemaType;

    /// <summary>The <c>__schema: __Schema!</c> meta-field of the query root (§4.2).</summary>
    public static FieldDefinition SchemaField { get; }

    /// <summary>The <c>__type(name: String!): __Type</c> meta-field of the query root (§4.2).</summary>
    public static FieldDefinition TypeField { get; }

    /// <summary>Every introspection type, in graphql-js order.</summary>
    public static IReadOnlyList<NamedType> All { get; }

    /// <summary>The introspection type of that name, or null.</summary>
    public static NamedType? Find(string name)
    {
        foreach (var type in All)
        {
            if (type.Name == name)
            {
                return type;
            }
        }

        return null;
    }

    private static void RequireIntrospection(ResolveContext context)
    {
        if (!context.ExecutionOptions.EnableIntrospection)
        {
            throw new GraphQLException(
                $"GraphQL introspection has been disabled, but the requested query contained the field \"{context.FieldName}\".",
                GraphQLErrorCodes.IntrospectionDisabled);
        }
    }

    private static EnumType BuildTypeKind() => new EnumType("__TypeKind", "An enum describing what kind of type a given `__Type` is.")
        .Value("SCALAR", TypeKind.Scalar, "Indicates this type is a scalar.")
        .Value("OBJECT", TypeKind.Object, "Indicates this type is an object. `fields` and `interfaces` are valid fields.")
        .Value("INTERFACE", TypeKind.Interface, "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields.")
        .Value("UNION", TypeKind.Union, "Indicates this type is a union. `possibleTypes` is a valid field.")
        .Value("ENUM", TypeKind.Enum, "Indicates this type is an enum. `enumValues` is a valid field.")
        .Value("INPUT_OBJECT", TypeKind.InputObject, "Indicates this type is an input object. `inputFields` is a valid field.")
        .Value("LIST", TypeKind.List, "Indicates this type is a list. `ofType` is a valid field.")
        .Value("NON_NULL", TypeKind.NonNull, "Indicates this type is a non-null. `ofType` is a valid field.");

    private static EnumType BuildDirectiveLocation() => new EnumType(
            "__DirectiveLocation",
            "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.")
        .Value("QUERY", LanguageDirectiveLocation.Query, "Location adjacent to a query operation.")
        .Value("MUTATION", LanguageDirectiveLocation.Mutation, "Location adjacent to a mutation operation.")
        .Value("SUBSCRIPTION", LanguageDirectiveLocation.Subscription, "Location adjacent to a subscription operation.")
        .Value("FIELD", LanguageDirectiveLocation.Field, "Location adjacent to a field.")
        .Value("FRAGMENT_DEFINITION", LanguageDirectiveLocation.FragmentDefinition, "Location adjacent to a fragment definition.")
        .Value("FRAGMENT_SPREAD", LanguageDirectiveLocation.FragmentSpread, "Location adjacent to a fragment spread.")
        .Value("INLINE_FRAGMENT", LanguageDirectiveLocation.InlineFragment, "Location adjacent to an inline fragment.")
        .Value("VARIABLE_DEFINITION", LanguageDirectiveLocation.VariableDefinition, "Location adjacent to a variable definition.")
        .Value("SCHEMA", LanguageDirectiveLocation.Schema, "Location adjacent to a schema definition.")
        .Value("SCALAR", LanguageDirectiveLocation.Scalar, "Location adjacent to a scalar definition.")
        .Value("OBJECT", LanguageDirectiveLocation.Object, "Location adjacent to an object type definition.")
        .Value("FIELD_DEFINITION", LanguageDirectiveLocation.FieldDefinition, "Location adjacent to a field definition.")
        .Value("ARGUMENT_DEFINITION", LanguageDirectiveLocation.ArgumentDefinition, "Location adjacent to an argument definition.")
        .Value("INTERFACE", LanguageDirectiveLocation.Interface, "Location adjacent to an interface definition.")
        .Value("UNION", LanguageDirectiveLocation.Union, "Location adjacent to a union definition.")
        .Value("ENUM", LanguageDirectiveLocation.Enum, "Location adjacent to an enum definition.")
        .Value("ENUM_VALUE", LanguageDirectiveLocation.EnumValue, "Location adjacent to an enum value definition.")
        .Value("INPUT_OBJECT", LanguageDirectiveLocation.InputObject, "Location adjacent to an input object type definition.")
        .Value("INPUT_FIELD_DEFINITION", LanguageDirectiveLocation.InputFieldDefinition, "Location adjacent to an input object field definition.");
}
