using System.Text;
using GraphApi.GraphQL.Introspection;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Utilities;

/// <summary>
/// Prints a schema as SDL in the graphql-js <c>printSchema</c> format: descriptions as block strings,
/// <c>@deprecated</c> without the default reason, <c>@specifiedBy(url:)</c>, <c>@oneOf</c>; built-in scalars and
/// directives and introspection types omitted; a <c>schema</c> block only when the root types are not named
/// Query / Mutation / Subscription or the schema has a description.
/// </summary>
/// <remarks>
/// Order is deterministic: the schema block, then custom directives in declaration order, then types in the
/// schema's type-map order (see <see cref="GraphQLSchema"/>), which for <see cref="SchemaBuilder"/> is document order.
/// Definitions are separated by one blank line; the text ends without a newline, like graphql-js.
/// </remarks>
public static class SchemaPrinter
{
    public static string Print(GraphQLSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var parts = new List<string>();
        if (PrintSchemaDefinition(schema) is { } definition)
        {
            parts.Add(definition);
        }

        foreach (var directive in schema.Directives)
        {
            if (!directive.IsSpecifiedDirective)
            {
                parts.Add(PrintDirective(directive));
            }
        }

        foreach (var type in schema.TypeMap.Values)
        {
            if (type is ScalarType { IsSpecifiedScalar: true } || ReferenceEquals(IntrospectionTypes.Find(type.Name), type))
            {
                continue;
            }

            parts.Add(PrintType(type));
        }

        return string.Join("\n\n", parts);
    }

    private static string? PrintSchemaDefinition(GraphQLSchema schema)
    {
        var commonNames = schema.QueryType.Name == "Query"
            && schema.MutationType is null or { Name: "Mutation" }
            && schema.SubscriptionType is null or { Name: "Subscription" };
        if (schema.Description is null && commonNames)
        {
            return null;
        }

        var builder = new StringBuilder(PrintDescription(schema.Description));
        builder.Append("schema {\n  query: ").Append(schema.QueryType.Name);
        if (schema.MutationType is not null)
        {
            builder.Append("\n  mutation: ").Append(schema.MutationType.Name);
        }

        if (schema.SubscriptionType is not null)
        {
            builder.Append("\n  subscription: ").Append(schema.SubscriptionType.Name);
        }

        return builder.Append("\n}").ToString();
    }

    private static string PrintType(NamedType type) => type switch
    {
        ScalarType scalar => PrintDescription(scalar.Description) + "scalar " + scalar.Name
            + (scalar.SpecifiedByUrl is null ? string.Empty : $" @specifiedBy(url: {SyntaxPrinter.PrintQuotedString(scalar.SpecifiedByUrl)})"),
        ObjectType obj => PrintDescription(obj.Description) + "type " + obj.Name + PrintInterfaces(obj) + PrintFields(obj),
        InterfaceType iface => PrintDescription(iface.Description) + "interface " + iface.Name + PrintInterfaces(iface) + PrintFields(iface),
        UnionType union => PrintDescription(union.Description) + "union " + union.Name
            + (union.Types.Count > 0 ? " = " + string.Join(" | ", union.Types.Select(t => t.Name)) : string.Empty),
        EnumType enumType => PrintDescription(enumType.Description) + "enum " + enumType.Name + PrintBlock(enumType.Values.Select((value, i) =>
            PrintDescription(value.Description, "  ", i == 0) + "  " + value.Name + PrintDeprecated(value.DeprecationReason))),
        InputObjectType input => PrintDescription(input.Description) + "input " + input.Name + (input.IsOneOf ? " @oneOf" : string.Empty)
            + PrintBlock(input.Fields.Select((field, i) => PrintDescription(field.Description, "  ", i == 0) + "  " + PrintInputValue(field))),
        _ => throw new ArgumentException($"Cannot print type {type.Name}.", nameof(type)),
    };

    private static string PrintInterfaces(ComplexType type) =>
        type.Interfaces.Count == 0 ? string.Empty : " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name));

    private static string PrintFields(ComplexType type) => PrintBlock(type.Fields.Select((field, i) =>
        PrintDescription(field.Description, "  ", i == 0) + "  " + field.Name + PrintArguments(field.Arguments, "  ") + ": " + field.Type
        + PrintDeprecated(field.DeprecationReason)));

    private static string PrintBlock(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? string.Empty : " {\n" + string.Join("\n", list) + "\n}";
    }

    private static string PrintArguments(IReadOnlyList<InputValueDefinition> arguments, string indentation = "")
    {
        if (arguments.Count == 0)
        {
            return string.Empty;
        }

        if (arguments.All(a => a.Description is null))
        {
            return "(" + string.Join(", ", arguments.Select(PrintInputValue)) + ")";
        }

        return "(\n" + string.Join("\n", arguments.Select((argument, i) =>
            PrintDescription(argument.Description, "  " + indentation, i == 0) + "  " + indentation + PrintInputValue(argument)))
            + "\n" + indentation + ")";
    }

    private static string PrintInputValue(InputValueDefinition value)
    {
        var declaration = value.Name + ": " + value.Type;
        if (value.HasDefaultValue)
        {
            declaration += " = " + ValuePrinter.Print(value.DefaultValue, value.Type);
        }

        return declaration + PrintDeprecated(value.DeprecationReason);
    }

    private static string PrintDirective(DirectiveDefinition directive) =>
        PrintDescription(directive.Description) + "directive @" + directive.Name + PrintArguments(directive.Arguments)
        + (directive.IsRepeatable ? " repeatable" : string.Empty)
        + " on " + string.Join(" | ", directive.Locations.Select(DirectiveLocationNames.ToName));

    private static string PrintDeprecated(string? reason) => reason switch
    {
        null => string.Empty,
        DirectiveDefinition.DefaultDeprecationReason => " @deprecated",
        _ => $" @deprecated(reason: {SyntaxPrinter.PrintQuotedString(reason)})",
    };

    private static string PrintDescription(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return string.Empty;
        }

        var text = BlockString.TryPrint(description) ?? SyntaxPrinter.PrintQuotedString(description);
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + text.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }
}
