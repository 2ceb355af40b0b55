using System.Text.Json;
using System.Text.Json.Serialization;
using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Neo4j;

/// <summary>
/// Every model record is stored whole, as JSON in the node's <c>json</c> property, next to the few properties that
/// queries filter on. Reading the record back gives the very object the embedded store holds, so both stores answer
/// with the same values.
/// </summary>
internal static class GraphPayload
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new JsonStringEnumConverter() },
        IgnoreReadOnlyProperties = true,
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(object? json) =>
        JsonSerializer.Deserialize<T>(json as string ?? throw new InvalidDataException("A graph node has no json payload."), Options)
        ?? throw new InvalidDataException("A graph node has an empty json payload.");
}
