namespace GraphApi.GraphQL.Language;

/// <summary>The spelling of each <see cref="DirectiveLocation"/> in GraphQL source (spec 3.13), such as <c>FRAGMENT_SPREAD</c>.</summary>
public static class DirectiveLocationNames
{
    private static readonly Dictionary<string, DirectiveLocation> ByName = new(StringComparer.Ordinal)
    {
        ["QUERY"] = DirectiveLocation.Query,
        ["MUTATION"] = DirectiveLocation.Mutation,
        ["SUBSCRIPTION"] = DirectiveLocation.Subscription,
        ["FIELD"] = DirectiveLocation.Field,
        ["FRAGMENT_DEFINITION"] = DirectiveLocation.FragmentDefinition,
        ["FRAGMENT_SPREAD"] = DirectiveLocation.FragmentSpread,
        ["INLINE_FRAGMENT"] = DirectiveLocation.InlineFragment,
        ["VARIABLE_DEFINITION"] = DirectiveLocation.VariableDefinition,
        ["SCHEMA"] = DirectiveLocation.Schema,
        ["SCALAR"] = DirectiveLocation.Scalar,
        ["OBJECT"] = DirectiveLocation.Object,
        ["FIELD_DEFINITION"] = DirectiveLocation.FieldDefinition,
        ["ARGUMENT_DEFINITION"] = DirectiveLocation.ArgumentDefinition,
        ["INTERFACE"] = DirectiveLocation.Interface,
        ["UNION"] = DirectiveLocation.Union,
        ["ENUM"] = DirectiveLocation.Enum,
        ["ENUM_VALUE"] = DirectiveLocation.EnumValue,
        ["INPUT_OBJECT"] = DirectiveLocation.InputObject,
        ["INPUT_FIELD_DEFINITION"] = DirectiveLocation.InputFieldDefinition,
    };

    private static readonly Dictionary<DirectiveLocation, string> ByLocation = ByName.ToDictionary(pair => pair.Value, pair => pair.Key);

    public static bool TryParse(string name, out DirectiveLocation location) => ByName.TryGetValue(name, out location);

    public static string ToName(DirectiveLocation location) =>
        ByLocation.TryGetValue(location, out var name) ? name : throw new ArgumentOutOfRangeException(nameof(location), location, "Unknown directive location.");
}
