using System.Collections;
using System.Text;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Utilities;

/// <summary>
/// Coerces an external (variable, JSON) value to the internal value of an input type, reporting every problem with
/// its path inside the value (GraphQL spec §3.10 and §3.11 "Input Coercion"; graphql-js <c>coerceInputValue</c>).
/// </summary>
public static class InputValueCoercion
{
    /// <summary>Reports one problem: the path inside the value, the offending value and the reason.</summary>
    public delegate void ErrorReporter(IReadOnlyList<object> path, object? invalidValue, string message);

    public static object? Coerce(object? value, GraphQLType type, ErrorReporter onError) =>
        Coerce(value, type, onError, []);

    private static object? Coerce(object? value, GraphQLType type, ErrorReporter onError, List<object> path)
    {
        if (type is NonNullType nonNull)
        {
            if (value is not null)
            {
                return Coerce(value, nonNull.OfType, onError, path);
            }

            onError(path.ToArray(), value, $"Expected non-nullable type \"{type}\" not to be null.");
            return null;
        }

        if (value is null)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                if (value is IEnumerable items and not string and not IDictionary and not IReadOnlyDictionary<string, object?>)
                {
                    var coerced = new List<object?>();
                    var index = 0;
                    foreach (var item in items)
                    {
                        path.Add(index++);
                        coerced.Add(Coerce(item, list.OfType, onError, path));
                        path.RemoveAt(path.Count - 1);
                    }

                    return coerced;
                }

                return new List<object?> { Coerce(value, list.OfType, onError, path) };
            case InputObjectType input:
                return CoerceInputObject(value, input, onError, path);
            case ScalarType scalar:
                try
                {
                    var parsed = scalar.ParseValue(value);
                    if (parsed is null)
                    {
                        onError(path.ToArray(), value, $"Expected type \"{scalar.Name}\".");
                    }

                    return parsed;
                }
                catch (Exception ex)
                {
                    // A custom scalar may throw anything; bad input must still become an error, never an exception.
                    onError(path.ToArray(), value, ex is ValueCoercionException or Errors.GraphQLException ? ex.Message : $"Expected type \"{scalar.Name}\". {ex.Message}");
                    return null;
                }

            case EnumType enumType:
                try
                {
                    return enumType.ParseValue(value);
                }
                catch (ValueCoercionException ex)
                {
                    onError(path.ToArray(), value, ex.Message);
                    return null;
                }

            default:
                onError(path.ToArray(), value, $"Expected type \"{type}\" to be an input type.");
                return null;
        }
    }

    private static Dictionary<string, object?>? CoerceInputObject(object value, InputObjectType input, ErrorReporter onError, List<object> path)
    {
        if (!TryReadObject(value, out var fields))
        {
            onError(path.ToArray(), value, $"Expected type \"{input.Name}\" to be an object.");
            return null;
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in input.Fields)
        {
            if (!fields.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.HasDefaultValue)
                {
                    result[field.Name] = field.DefaultValue;
                }
                else if (field.Type is NonNullType)
                {
                    onError(path.ToArray(), value, $"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided.");
                }

                continue;
            }

            path.Add(field.Name);
            result[field.Name] = Coerce(fieldValue, field.Type, onError, path);
            path.RemoveAt(path.Count - 1);
        }

        foreach (var key in fields.Keys)
        {
            if (input.GetField(key) is null)
            {
                onError(path.ToArray(), value, $"Field \"{key}\" is not defined by type \"{input.Name}\".");
            }
        }

        if (input.IsOneOf)
        {
            if (fields.Count != 1)
            {
                onError(path.ToArray(), value, $"Exactly one key must be specified for OneOf type \"{input.Name}\".");
            }
            else
            {
                var (key, single) = fields.First();
                if (single is null)
                {
                    onError([.. path, key], single, $"Field \"{key}\" must be non-null.");
                }
            }
        }

        return result;
    }

    /// <summary>Reads a string-keyed dictionary from the shapes variables arrive in.</summary>
    internal static bool TryReadObject(object value, out IReadOnlyDictionary<string, object?> fields)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> readOnly:
                fields = readOnly;
                return true;
            case IDictionary<string, object?> dictionary:
                fields = new Dictionary<string, object?>(dictionary, StringComparer.Ordinal);
                return true;
            default:
                fields = null!;
                return false;
        }
    }

    /// <summary>Prints a path inside a value as graphql-js <c>printPathArray</c> does: <c>.field[0]</c>.</summary>
    public static string PrintPath(IReadOnlyList<object> path)
    {
        var builder = new StringBuilder();
        foreach (var segment in path)
        {
            if (segment is int index)
            {
                builder.Append('[').Append(index).Append(']');
            }
            else
            {
                builder.Append('.').Append(segment);
            }
        }

        return builder.ToString();
    }
}
