using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Utilities;

/// <summary>
/// Coerces a literal from the document (possibly containing variables) to the internal value of an input type
/// (GraphQL spec §3.5-§3.12 "Input Coercion"; graphql-js <c>valueFromAST</c>). Returns false for an invalid literal.
/// </summary>
public static class LiteralCoercion
{
    public static bool TryCoerce(ValueNode literal, GraphQLType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        ArgumentNullException.ThrowIfNull(literal);
        ArgumentNullException.ThrowIfNull(type);
        value = null;
        if (literal is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out value))
            {
                return false;
            }

            return value is not null || type is not NonNullType;
        }

        if (type is NonNullType nonNull)
        {
            return literal is not NullValueNode && TryCoerce(literal, nonNull.OfType, variables, out value);
        }

        if (literal is NullValueNode)
        {
            return true;
        }

        switch (type)
        {
            case ListType list:
                if (literal is ListValueNode items)
                {
                    var coerced = new List<object?>(items.Values.Count);
                    foreach (var item in items.Values)
                    {
                        if (IsMissingVariable(item, variables))
                        {
                            if (list.OfType is NonNullType)
                            {
                                return false;
                            }

                            coerced.Add(null);
                            continue;
                        }

                        if (!TryCoerce(item, list.OfType, variables, out var itemValue))
                        {
                            return false;
                        }

                        coerced.Add(itemValue);
                    }

                    value = coerced;
                    return true;
                }

                if (!TryCoerce(literal, list.OfType, variables, out var single))
                {
                    return false;
                }

                value = new List<object?> { single };
                return true;
            case InputObjectType input:
                return TryCoerceInputObject(literal, input, variables, out value);
            case ScalarType scalar:
                try
                {
                    value = scalar.ParseLiteral(literal, variables);
                    return value is not null;
                }
                catch (Exception)
                {
                    // A custom scalar may throw anything; an unparsable literal is simply invalid.
                    return false;
                }

            case EnumType enumType:
                try
                {
                    value = enumType.ParseLiteral(literal);
                    return true;
                }
                catch (ValueCoercionException)
                {
                    return false;
                }

            default:
                return false;
        }
    }

    private static bool TryCoerceInputObject(ValueNode literal, InputObjectType input, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (literal is not ObjectValueNode obj)
        {
            return false;
        }

        var nodes = new Dictionary<string, ValueNode>(obj.Fields.Count, StringComparer.Ordinal);
        foreach (var field in obj.Fields)
        {
            nodes[field.Name.Value] = field.Value;
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in input.Fields)
        {
            if (!nodes.TryGetValue(field.Name, out var fieldNode) || IsMissingVariable(fieldNode, variables))
            {
                if (field.HasDefaultValue)
                {
                    result[field.Name] = field.DefaultValue;
                }
                else if (field.Type is NonNullType)
                {
                    return false;
                }

                continue;
            }

            if (!TryCoerce(fieldNode, field.Type, variables, out var fieldValue))
            {
                return false;
            }

            result[field.Name] = fieldValue;
        }

        if (input.IsOneOf)
        {
            if (result.Count != 1 || nodes.Count != 1 || result.Values.First() is null)
            {
                return false;
            }
        }

        value = result;
        return true;
    }

    private static bool IsMissingVariable(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
        node is VariableNode variable && (variables is null || !variables.ContainsKey(variable.Name.Value));
}
