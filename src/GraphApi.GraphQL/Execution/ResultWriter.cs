using System.Text.Json;
using GraphApi.GraphQL.Utilities;

namespace GraphApi.GraphQL.Execution;

/// <summary>Writes the response tree straight to UTF-8 JSON, in response-key order (GraphQL spec §7.2.1 "JSON Serialization").</summary>
internal static class ResultWriter
{
    public static void Write(Utf8JsonWriter writer, ResultMap map)
    {
        writer.WriteStartObject();
        var keys = map.KeyArray;
        var values = map.Values;
        for (var i = 0; i < keys.Length; i++)
        {
            writer.WritePropertyName(keys[i]);
            WriteValue(writer, values[i]);
        }

        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case double d:
                writer.WriteNumberValue(d);
                break;
            case ResultMap map:
                Write(writer, map);
                break;
            case ResultList list:
                writer.WriteStartArray();
                foreach (var item in list.Values)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                JsonValueWriter.Write(writer, value);
                break;
        }
    }
}
