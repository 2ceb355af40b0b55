using System.Globalization;
using GraphApi.GraphQL.Language;

namespace GraphApi.GraphQL.Utilities;

/// <summary>
/// Turns a literal into a plain value without a type (graphql-js <c>valueFromASTUntyped</c>): integers become
/// <see cref="int"/> or <see cref="long"/>, floats <see cref="double"/>, enums their name, objects dictionaries.
/// </summary>
public static class LiteralValues
{
    public static object? ToPlainValue(ValueNode literal, IReadOnlyDictionary<string, object?>? variables)
    {
        ArgumentNullException.ThrowIfNull(literal);
        switch (literal)
        {
            case NullValueNode:
                return null;
            case IntValueNode i:
                if (int.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var small))
                {
                    return small;
                }

                if (long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var large))
                {
                    return large;
                }

                return double.Parse(i.Value, NumberStyles.Float, CultureInfo.InvariantCulture);
            case FloatValueNode f:
                return double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture);
            case StringValueNode s:
                return s.Value;
            case BooleanValueNode b:
                return b.Value;
            case EnumValueNode e:
                return e.Value;
            case ListValueNode list:
                var items = new object?[list.Values.Count];
                for (var index = 0; index < items.Length; index++)
                {
                    items[index] = ToPlainValue(list.Values[index], variables);
                }

                return items;
            case ObjectValueNode obj:
                var map = new Dictionary<string, object?>(obj.Fields.Count, StringComparer.Ordinal);
                foreach (var field in obj.Fields)
                {
                    map[field.Name.Value] = ToPlainValue(field.Value, variables);
                }

                return map;
            case VariableNode variable:
                return variables is not null && variables.TryGetValue(variable.Name.Value, out var value) ? value : null;
            default:
                throw new ArgumentException($"Unexpected literal kind {literal.Kind}.", nameof(literal));
        }
    }
}
