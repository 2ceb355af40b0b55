using System.Collections;
using System.Reflection;

namespace GraphApi.Bolt;

/// <summary>Accepts query parameters as a dictionary or an anonymous object, as the official drivers do.</summary>
internal static class QueryParameters
{
    private static readonly Dictionary<string, object?> Empty = new();

    public static IReadOnlyDictionary<string, object?> From(object? parameters)
    {
        switch (parameters)
        {
            case null:
                return Empty;
            case IReadOnlyDictionary<string, object?> map:
                return map;
            case IDictionary dictionary:
                var converted = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (DictionaryEntry entry in dictionary)
                {
                    converted[entry.Key as string ?? throw new ArgumentException(
                        $"Query parameter names must be strings; got a {entry.Key.GetType().Name}.", nameof(parameters))] = entry.Value;
                }

                return converted;
            default:
                return parameters.GetType()
                    .GetProperties(BindingFlags.Public | BindingFlags.Instance)
                    .Where(p => p.GetIndexParameters().Length == 0)
                    .ToDictionary(p => p.Name, p => p.GetValue(parameters), StringComparer.Ordinal);
        }
    }
}
