namespace GraphApi.GraphQL.AspNetCore;

/// <summary>
/// A request that is not a well-formed GraphQL-over-HTTP request, refused before the engine sees it
/// (GraphQL over HTTP §"Request"): the status code to answer and a message a person can act on.
/// </summary>
public sealed record GraphQLHttpRequestError(int StatusCode, string Message);
