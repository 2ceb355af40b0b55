using System.Collections;
using System.Globalization;
using System.Text;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Utilities;

/// <summary>
/// Prints an internal input value as a GraphQL literal for its type, as introspection's <c>defaultValue</c> and the SDL
/// printer need it (graphql-js <c>astFromValue</c> then <c>print</c>; GraphQL spec §4.2.4 "__InputValue").
/// </summary>
public static class ValuePrinter
{
    public static string Print(object? value, GraphQLType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var builder = new StringBuilder();
        Append(builder, value, type);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, object? value, GraphQLType type)
    {
        if (type is NonNullType nonNull)
        {
            type = nonNull.OfType;
        }

        if (value is null)
        {
            builder.Append("null");
            return;
        }

        switch (type)
        {
            case ListType list:
                if (value is IEnumerable items and not string)
                {
                    builder.Append('[');
                    var first = true;
                    foreach (var item in items)
                    {
                        if (!first)
                        {
                            builder.Append(", ");
                        }

                        first = false;
                        Append(builder, item, list.OfType);
                    }

                    builder.Append(']');
                }
                else
                {
                    Append(builder, value, list.OfType);
                }

                break;
            case InputObjectType input:
                if (!InputValueCoercion.TryReadObject(value, out var fields))
                {
                    builder.Append("null");
                    break;
                }

                builder.Append('{');
                var separator = false;
                var start = builder.Length;
                foreach (var field in input.Fields)
                {
                    if (!fields.TryGetValue(field.Name, out var fieldValue))
                    {
                        continue;
                    }

                    builder.Append(separator ? ", " : " ");

                    separator = true;
                    builder.Append(field.Name).Append(": ");
                    Append(builder, fieldValue, field.Type);
                }

                builder.Append(builder.Length > start ? " }" : "}");
                break;
            case EnumType enumType:
                builder.Append(enumType.Serialize(value));
                break;
            case ScalarType scalar:
                AppendScalar(builder, scalar.Serialize(value), scalar);
                break;
            default:
                builder.Append("null");
                break;
        }
    }

    private static void AppendScalar(StringBuilder builder, object? serialized, ScalarType scalar)
    {
        switch (serialized)
        {
            case null:
                builder.Append("null");
                break;
            case bool b:
                builder.Append(b ? "true" : "false");
                break;
            case string s when ReferenceEquals(scalar, ScalarType.ID) && IsIntegerText(s):
                builder.Append(s);
                break;
            case string s:
                builder.Append(SyntaxPrinter.PrintQuotedString(s));
                break;
            case double d:
                builder.Append(d.ToString("R", CultureInfo.InvariantCulture));
                break;
            case float f:
                builder.Append(((double)f).ToString("R", CultureInfo.InvariantCulture));
                break;
            case IFormattable number when serialized is int or long or short or byte or decimal or uint or ulong:
                builder.Append(number.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                builder.Append(SyntaxPrinter.PrintQuotedString(Convert.ToString(serialized, CultureInfo.InvariantCulture) ?? string.Empty));
                break;
        }
    }

    private static bool IsIntegerText(string s)
    {
        var start = s.StartsWith('-') ? 1 : 0;
        if (s.Length == start)
        {
            return false;
        }

        for (var i = start; i < s.Length; i++)
        {
            if (!char.IsAsciiDigit(s[i]))
            {
                return false;
            }
        }

        return true;
    }
}
