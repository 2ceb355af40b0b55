using System.Collections;
using System.Globalization;
using System.Text;

namespace GraphApi.GraphQL.Utilities;

/// <summary>
/// Renders a runtime value for an error message the way graphql-js <c>inspect()</c> does:
/// strings JSON-quoted, numbers invariant, lists as <c>[1, 2]</c> and objects as <c>{ a: 1 }</c>.
/// </summary>
public static class Inspector
{
    public static string Inspect(object? value)
    {
        var builder = new StringBuilder();
        Append(builder, value, 0);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, object? value, int depth)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case string s:
                AppendQuoted(builder, s);
                break;
            case bool b:
                builder.Append(b ? "true" : "false");
                break;
            case double d:
                builder.Append(double.IsNaN(d) ? "NaN" : double.IsPositiveInfinity(d) ? "Infinity" : double.IsNegativeInfinity(d) ? "-Infinity" : d.ToString("R", CultureInfo.InvariantCulture));
                break;
            case float f:
                Append(builder, (double)f, depth);
                break;
            case IFormattable formattable when value is int or long or short or byte or sbyte or uint or ulong or ushort or decimal:
                builder.Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            case System.Text.Json.JsonElement element:
                builder.Append(element.GetRawText());
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                if (depth > 2)
                {
                    builder.Append("[Object]");
                    break;
                }

                var entries = map.ToList();
                if (entries.Count == 0)
                {
                    builder.Append("{}");
                    break;
                }

                builder.Append("{ ");
                for (var i = 0; i < entries.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    builder.Append(entries[i].Key).Append(": ");
                    Append(builder, entries[i].Value, depth + 1);
                }

                builder.Append(" }");
                break;
            case IEnumerable list:
                if (depth > 2)
                {
                    builder.Append("[Array]");
                    break;
                }

                builder.Append('[');
                var first = true;
                foreach (var item in list)
                {
                    if (!first)
                    {
                        builder.Append(", ");
                    }

                    first = false;
                    Append(builder, item, depth + 1);
                }

                builder.Append(']');
                break;
            default:
                builder.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    private static void AppendQuoted(StringBuilder builder, string s)
    {
        builder.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                default:
                    if (c < 0x20)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }
}
