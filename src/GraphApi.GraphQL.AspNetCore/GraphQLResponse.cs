using System.Text.Json;

namespace GraphApi.GraphQL.AspNetCore;

/// <summary>
/// The outcome of one request as the transport needs it: how far it got, and a way to write the
/// response map (§7.1 "Response Format") straight to the response body without an intermediate string.
/// </summary>
public abstract class GraphQLResponse
{
    /// <summary>How far the request got; decides the status code.</summary>
    public abstract GraphQLResponseKind Kind { get; }

    /// <summary>Writes the response map (<c>data</c>, <c>errors</c>, <c>extensions</c>) as one JSON object.</summary>
    public abstract void WriteTo(Utf8JsonWriter writer);
}
