using System.Text.Json;
using GraphApi.GraphQL.Utilities;

namespace GraphApi.GraphQL.Errors;

/// <summary>
/// The one error type of the engine: a request, syntax, validation or field error as it appears
/// in the <c>errors</c> list of a response (GraphQL spec §7.1.2 "Errors").
/// Build instances through <see cref="ErrorFactory"/>, which records the spec section that raised them.
/// </summary>
public sealed class GraphQLError
{
    private static readonly IReadOnlyList<ErrorLocation> NoLocations = [];

    internal GraphQLError(
        string message,
        IReadOnlyList<ErrorLocation>? locations,
        IReadOnlyList<object>? path,
        IReadOnlyDictionary<string, object?>? extensions,
        string? specSection,
        Exception? originalException)
    {
        ArgumentException.ThrowIfNullOrEmpty(message);
        Message = message;
        Locations = locations ?? NoLocations;
        Path = path;
        Extensions = extensions;
        SpecSection = specSection;
        OriginalException = originalException;
    }

    /// <summary>A description a person can act on.</summary>
    public string Message { get; }

    /// <summary>Where in the document the error happened; empty when it has no location.</summary>
    public IReadOnlyList<ErrorLocation> Locations { get; }

    /// <summary>
    /// Response path of the field that failed: each segment is a <see cref="string"/> (response key)
    /// or an <see cref="int"/> (list index). Null for errors raised before execution (§7.1.2).
    /// </summary>
    public IReadOnlyList<object>? Path { get; }

    /// <summary>Additional, implementation-defined entries written under <c>extensions</c>.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>
    /// The spec section that defines the failed rule or step (for example <c>"5.3.3"</c>), kept for tests
    /// and diagnostics; it is not part of the response.
    /// </summary>
    public string? SpecSection { get; }

    /// <summary>The exception a resolver threw, if any; never serialized.</summary>
    public Exception? OriginalException { get; }

    /// <summary>Returns a copy located at <paramref name="path"/>, used when a field error bubbles up.</summary>
    public GraphQLError WithPath(IReadOnlyList<object> path) =>
        new(Message, Locations, path, Extensions, SpecSection, OriginalException);

    /// <summary>Writes the error as the JSON object of §7.1.2, keys in the order message, locations, path, extensions.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("message", Message);
        if (Locations.Count > 0)
        {
            writer.WritePropertyName("locations");
            writer.WriteStartArray();
            foreach (var location in Locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", location.Line);
                writer.WriteNumber("column", location.Column);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (Path is not null)
        {
            writer.WritePropertyName("path");
            writer.WriteStartArray();
            foreach (var segment in Path)
            {
                if (segment is int index)
                {
                    writer.WriteNumberValue(index);
                }
                else
                {
                    writer.WriteStringValue(segment.ToString());
                }
            }

            writer.WriteEndArray();
        }

        if (Extensions is { Count: > 0 })
        {
            writer.WritePropertyName("extensions");
            JsonValueWriter.Write(writer, Extensions);
        }

        writer.WriteEndObject();
    }

    /// <inheritdoc />
    public override string ToString() =>
        Locations.Count > 0 ? $"{Message} ({Locations[0].Line}:{Locations[0].Column})" : Message;
}
