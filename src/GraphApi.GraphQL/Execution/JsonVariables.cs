using System.Text.Json;

namespace GraphApi.GraphQL.Execution;

/// <summary>Turns a JSON <c>variables</c> object into plain values for variable coercion (GraphQL spec §6.1.2).</summary>
public static class JsonVariables
{
    /// <summary>The plain value of a JSON element: dictionaries, lists, int/long/double, strings, booleans, null.</summary>
    public static object? ToPlainValue(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    map[property.Name] = ToPlainValue(property.Value);
                }

                return map;
            case JsonValueKind.Array:
                var list = new List<object?>(element.GetArrayLength());
                foreach (var item in element.EnumerateArray())
                {
                    list.Add(ToPlainValue(item));
                }

                return list;
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number:
                if (element.TryGetInt32(out var small))
                {
                    return small;
                }

                if (element.TryGetInt64(out var large))
                {
                    return large;
                }

                return element.GetDouble();
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            default:
                return null;
        }
    }

    /// <summary>The variables map of a JSON object; null for JSON null or absent; throws for other kinds.</summary>
    public static IReadOnlyDictionary<string, object?>? ToVariables(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => (IReadOnlyDictionary<string, object?>)ToPlainValue(element)!,
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => throw new ArgumentException($"Variables must be a JSON object, not {element.ValueKind}.", nameof(element)),
    };
}
