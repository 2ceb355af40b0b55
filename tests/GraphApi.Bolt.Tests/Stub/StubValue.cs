using System.Text.Json;
using GraphApi.PackStream;

namespace GraphApi.Bolt.Tests.Stub;

/// <summary>
/// Values in stub scripts are JSON. Integers become long, and <c>{"#N": [...]}</c> is a PackStream structure
/// with tag 'N' (0x4E) and those fields, so graph values can be written out. The string <c>"*"</c> in an
/// expected client message matches anything.
/// </summary>
internal static class StubValue
{
    public const string Wildcard = "*";

    public static IReadOnlyList<object?> ParseFields(string json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        if (json.Trim() == Wildcard)
        {
            return [Wildcard];
        }

        // Fields are JSON values separated by spaces, as in the protocol documentation's examples.
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json), new JsonReaderOptions { AllowMultipleValues = true });
        var fields = new List<object?>();
        while (reader.Read())
        {
            using var document = JsonDocument.ParseValue(ref reader);
            fields.Add(Convert(document.RootElement));
        }

        return fields;
    }

    public static object? Convert(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number when element.TryGetInt64(out var l) => l,
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.Array => element.EnumerateArray().Select(Convert).ToList(),
        JsonValueKind.Object => ConvertObject(element),
        _ => throw new FormatException($"Unsupported JSON value {element}."),
    };

    /// <summary>Compares an expected script value with what the client sent; returns a reason when they differ.</summary>
    public static string? Mismatch(object? expected, object? actual, string path)
    {
        if (expected is Wildcard)
        {
            return null;
        }

        switch (expected, actual)
        {
            case (null, null):
                return null;
            case (Dictionary<string, object?> e, IReadOnlyDictionary<string, object?> a):
                foreach (var key in e.Keys.Union(a.Keys))
                {
                    if (!e.TryGetValue(key, out var ev))
                    {
                        return $"{path}.{key} was sent but not expected";
                    }

                    if (!a.TryGetValue(key, out var av))
                    {
                        return $"{path}.{key} was expected but not sent";
                    }

                    if (Mismatch(ev, av, $"{path}.{key}") is { } reason)
                    {
                        return reason;
                    }
                }

                return null;
            case (PackStreamStructure e, PackStreamStructure a):
                return e.Tag != a.Tag
                    ? $"{path} is a structure 0x{a.Tag:X2}, expected 0x{e.Tag:X2}"
                    : Mismatch(e.Fields.ToList(), a.Fields, $"{path}.fields");
            case (List<object?> e, IReadOnlyList<object?> a):
                if (e.Count != a.Count)
                {
                    return $"{path} has {a.Count} items, expected {e.Count}";
                }

                for (var i = 0; i < e.Count; i++)
                {
                    if (Mismatch(e[i], a[i], $"{path}[{i}]") is { } reason)
                    {
                        return reason;
                    }
                }

                return null;
            default:
                return Equals(expected, actual) ? null : $"{path} is {Show(actual)}, expected {Show(expected)}";
        }
    }

    private static object ConvertObject(JsonElement element)
    {
        var properties = element.EnumerateObject().ToList();
        if (properties is [{ Name: ['#', var tag] } only])
        {
            return new PackStreamStructure((byte)tag, only.Value.EnumerateArray().Select(Convert).ToList());
        }

        return properties.ToDictionary(p => p.Name, p => Convert(p.Value));
    }

    private static string Show(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        _ => $"{value} ({value.GetType().Name})",
    };
}
