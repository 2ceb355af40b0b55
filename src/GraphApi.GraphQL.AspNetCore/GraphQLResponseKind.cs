namespace GraphApi.GraphQL.AspNetCore;

/// <summary>
/// How far a request got through the engine; the transport maps it to a status code
/// (GraphQL over HTTP §"application/graphql-response+json" status codes).
/// </summary>
public enum GraphQLResponseKind
{
    /// <summary>Execution started (§6.4 "Executing Operations"): the response has a <c>data</c> entry, possibly with field errors.</summary>
    Executed,

    /// <summary>
    /// The request failed before execution: a syntax error, a validation error, an unknown operation or a variable
    /// coercion failure (§6.1 "Executing Requests"). The response has no <c>data</c> entry.
    /// </summary>
    RequestError,

    /// <summary>The selected operation is a mutation or subscription but the request came by GET (GraphQL over HTTP §"GET").</summary>
    OperationNotAllowedOnGet,
}
