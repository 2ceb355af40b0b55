namespace GraphApi.GraphQL.AspNetCore;

/// <summary>
/// A request that is not a well-formed GraphQL-over-HTTP request, refused before the engine sees it
/// (GraphQL over HTTP §"Request"): the status code to answer, a message a person can act on, and the
/// <c>extensions.code</c> (<see cref="GraphQLHttpErrorCodes"/>) a client can key on.
/// </summary>
public sealed record GraphQLHttpRequestError(int StatusCode, string Message, string Code);
