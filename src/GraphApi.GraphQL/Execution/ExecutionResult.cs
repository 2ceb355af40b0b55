using System.Text;
using System.Text.Json;
using GraphApi.GraphQL.Errors;

namespace GraphApi.GraphQL.Execution;

/// <summary>
/// The response of a request (GraphQL spec §7.1 "Response Format"): <c>errors</c> when there are any, and
/// <c>data</c> unless the request failed before execution.
/// </summary>
public sealed class ExecutionResult
{
    private static readonly IReadOnlyList<GraphQLError> NoErrors = [];

    private ExecutionResult(bool hasData, ResultMap? data, IReadOnlyList<GraphQLError> errors)
    {
        HasData = hasData;
        Data = data;
        Errors = errors;
    }

    /// <summary>Whether the response has a <c>data</c> entry (execution started), even if it is null.</summary>
    public bool HasData { get; }

    /// <summary>The data in response-key order; null when absent or when a null bubbled to the root.</summary>
    public ResultMap? Data { get; }

    public IReadOnlyList<GraphQLError> Errors { get; }

    /// <summary>A result without data: a request, syntax, validation or variable error (§7.1.1).</summary>
    public static ExecutionResult FromErrors(IReadOnlyList<GraphQLError> errors) => new(false, null, errors);

    public static ExecutionResult FromError(GraphQLError error) => new(false, null, [error]);

    internal static ExecutionResult FromData(ResultMap? data, IReadOnlyList<GraphQLError> errors) =>
        new(true, data, errors.Count == 0 ? NoErrors : errors);

    /// <summary>Writes the response JSON: <c>errors</c> first (as §7.1 suggests and graphql-js does), then <c>data</c>.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        if (Errors.Count > 0)
        {
            writer.WritePropertyName("errors");
            writer.WriteStartArray();
            foreach (var error in Errors)
            {
                error.WriteTo(writer);
            }

            writer.WriteEndArray();
        }

        if (HasData)
        {
            writer.WritePropertyName("data");
            if (Data is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                ResultWriter.Write(writer, Data);
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>The response as a JSON string; <paramref name="indented"/> for snapshots and people.</summary>
    public string ToJson(bool indented = false)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteTo(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public override string ToString() => ToJson();
}
