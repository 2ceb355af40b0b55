using System.Text.Json;

namespace GraphApi.GraphQL.AspNetCore;

/// <summary>
/// The parameters of one GraphQL-over-HTTP request (GraphQL over HTTP §"Request Parameters"):
/// the document, the operation to run, its variables and the extensions map, as read from a POST body or a GET query string.
/// </summary>
/// <param name="Query">The source text of the GraphQL document; the spec makes it the only required parameter.</param>
/// <param name="OperationName">The operation to execute when the document holds several; null selects the only one.</param>
/// <param name="Variables">A JSON object of variable values, or null when the request has none.</param>
/// <param name="Extensions">A JSON object reserved for implementors (for example persisted-query hashes), or null.</param>
/// <param name="IsGet">True for GET requests, which the spec forbids from running mutations (GraphQL over HTTP §"GET").</param>
public sealed record GraphQLHttpRequest(
    string Query,
    string? OperationName,
    JsonElement? Variables,
    JsonElement? Extensions,
    bool IsGet)
{
    /// <summary>The HTTP request's services, handed to resolvers (<c>ResolveContext.RequestServices</c>).</summary>
    public IServiceProvider? RequestServices { get; init; }
}
