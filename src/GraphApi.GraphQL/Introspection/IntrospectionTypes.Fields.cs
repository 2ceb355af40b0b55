using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Utilities;

namespace GraphApi.GraphQL.Introspection;

/// <summary>Fields and resolvers of the introspection types (GraphQL spec §4.2.1-§4.2.6).</summary>
public static partial class IntrospectionTypes
{
    private static NonNullType NonNull(GraphQLType type) => new(type);

    private static ListType ListOf(GraphQLType type) => new(type);

    private static bool IncludeDeprecated(ResolveContext context) => context.Argument<bool>("includeDeprecated");

    private static void DefineSchema() => SchemaType
        .Field("description", ScalarType.String, resolve: c => ((GraphQLSchema)c.Source!).Description)
        .Field("types", NonNull(ListOf(NonNull(TypeType))), resolve: c => ((GraphQLSchema)c.Source!).TypeMap.Values, description: "A list of all types supported by this server.")
        .Field("queryType", NonNull(TypeType), resolve: c => ((GraphQLSchema)c.Source!).QueryType, description: "The type that query operations will be rooted at.")
        .Field("mutationType", TypeType, resolve: c => ((GraphQLSchema)c.Source!).MutationType, description: "If this server supports mutation, the type that mutation operations will be rooted at.")
        .Field("subscriptionType", TypeType, resolve: c => ((GraphQLSchema)c.Source!).SubscriptionType, description: "If this server support subscription, the type that subscription operations will be rooted at.")
        .Field("directives", NonNull(ListOf(NonNull(DirectiveType))), resolve: c => ((GraphQLSchema)c.Source!).Directives, description: "A list of all directives supported by this server.");

    private static void DefineType() => TypeType
        .Field("kind", NonNull(TypeKindType), resolve: c => ((GraphQLType)c.Source!).Kind)
        .Field("name", ScalarType.String, resolve: c => (c.Source as NamedType)?.Name)
        .Field("description", ScalarType.String, resolve: c => (c.Source as NamedType)?.Description)
        .Field("specifiedByURL", ScalarType.String, resolve: c => (c.Source as ScalarType)?.SpecifiedByUrl)
        .Field(
            "fields",
            ListOf(NonNull(FieldType)),
            resolve: c => c.Source is ComplexType complex ? complex.Fields.Where(f => IncludeDeprecated(c) || !f.IsDeprecated).ToArray() : null,
            configure: f => f.Argument("includeDeprecated", NonNull(ScalarType.Boolean), defaultValue: false))
        .Field("interfaces", ListOf(NonNull(TypeType)), resolve: c => (c.Source as ComplexType)?.Interfaces)
        .Field(
            "possibleTypes",
            ListOf(NonNull(TypeType)),
            resolve: c => c.Source is InterfaceType or UnionType ? c.Schema.GetPossibleTypes((NamedType)c.Source) : null)
        .Field(
            "enumValues",
            ListOf(NonNull(EnumValueType)),
            resolve: c => c.Source is EnumType e ? e.Values.Where(v => IncludeDeprecated(c) || !v.IsDeprecated).ToArray() : null,
            configure: f => f.Argument("includeDeprecated", NonNull(ScalarType.Boolean), defaultValue: false))
        .Field(
            "inputFields",
            ListOf(NonNull(InputValueType)),
            resolve: c => c.Source is InputObjectType i ? i.Fields.Where(v => IncludeDeprecated(c) || !v.IsDeprecated).ToArray() : null,
            configure: f => f.Argument("includeDeprecated", NonNull(ScalarType.Boolean), defaultValue: false))
        .Field("ofType", TypeType, resolve: c => c.Source switch
        {
            ListType list => list.OfType,
            NonNullType nonNull => nonNull.OfType,
            _ => null,
        })
        .Field("isOneOf", ScalarType.Boolean, resolve: c => c.Source is InputObjectType input ? input.IsOneOf : null);

    private static void DefineField() => FieldType
        .Field("name", NonNull(ScalarType.String), resolve: c => ((FieldDefinition)c.Source!).Name)
        .Field("description", ScalarType.String, resolve: c => ((FieldDefinition)c.Source!).Description)
        .Field(
            "args",
            NonNull(ListOf(NonNull(InputValueType))),
            resolve: c => ((FieldDefinition)c.Source!).Arguments.Where(a => IncludeDeprecated(c) || !a.IsDeprecated).ToArray(),
            configure: f => f.Argument("includeDeprecated", NonNull(ScalarType.Boolean), defaultValue: false))
        .Field("type", NonNull(TypeType), resolve: c => ((FieldDefinition)c.Source!).Type)
        .Field("isDeprecated", NonNull(ScalarType.Boolean), resolve: c => ((FieldDefinition)c.Source!).IsDeprecated)
        .Field("deprecationReason", ScalarType.String, resolve: c => ((FieldDefinition)c.Source!).DeprecationReason);

    private static void DefineInputValue() => InputValueType
        .Field("name", NonNull(ScalarType.String), resolve: c => ((InputValueDefinition)c.Source!).Name)
        .Field("description", ScalarType.String, resolve: c => ((InputValueDefinition)c.Source!).Description)
        .Field("type", NonNull(TypeType), resolve: c => ((InputValueDefinition)c.Source!).Type)
        .Field(
            "defaultValue",
            ScalarType.String,
            resolve: c => c.Source is InputValueDefinition { HasDefaultValue: true } input ? ValuePrinter.Print(input.DefaultValue, input.Type) : null,
            description: "A GraphQL-formatted string representing the default value for this input value.")
        .Field("isDeprecated", NonNull(ScalarType.Boolean), resolve: c => ((InputValueDefinition)c.Source!).IsDeprecated)
        .Field("deprecationReason", ScalarType.String, resolve: c => ((InputValueDefinition)c.Source!).DeprecationReason);

    private static void DefineEnumValue() => EnumValueType
        .Field("name", NonNull(ScalarType.String), resolve: c => ((EnumValueDefinition)c.Source!).Name)
        .Field("description", ScalarType.String, resolve: c => ((EnumValueDefinition)c.Source!).Description)
        .Field("isDeprecated", NonNull(ScalarType.Boolean), resolve: c => ((EnumValueDefinition)c.Source!).IsDeprecated)
        .Field("deprecationReason", ScalarType.String, resolve: c => ((EnumValueDefinition)c.Source!).DeprecationReason);

    private static void DefineDirective() => DirectiveType
        .Field("name", NonNull(ScalarType.String), resolve: c => ((DirectiveDefinition)c.Source!).Name)
        .Field("description", ScalarType.String, resolve: c => ((DirectiveDefinition)c.Source!).Description)
        .Field("isRepeatable", NonNull(ScalarType.Boolean), resolve: c => ((DirectiveDefinition)c.Source!).IsRepeatable)
        .Field("locations", NonNull(ListOf(NonNull(DirectiveLocationType))), resolve: c => ((DirectiveDefinition)c.Source!).Locations)
        .Field(
            "args",
            NonNull(ListOf(NonNull(InputValueType))),
            resolve: c => ((DirectiveDefinition)c.Source!).Arguments.Where(a => IncludeDeprecated(c) || !a.IsDeprecated).ToArray(),
            configure: f => f.Argument("includeDeprecated", NonNull(ScalarType.Boolean), defaultValue: false));
}
