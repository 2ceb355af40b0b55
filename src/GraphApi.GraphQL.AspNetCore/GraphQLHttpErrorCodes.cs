using GraphApi.GraphQL.Errors;

namespace GraphApi.GraphQL.AspNetCore;

/// <summary>The <c>extensions.code</c> of the errors the HTTP transport answers before (or instead of) the engine.</summary>
public static class GraphQLHttpErrorCodes
{
    /// <summary>400: the body or query string is not a GraphQL-over-HTTP request (bad JSON, no query, wrong field types).</summary>
    public const string BadRequest = GraphQLErrorCodes.BadRequest;

    /// <summary>405: a method other than GET and POST, or a mutation sent by GET.</summary>
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";

    /// <summary>406: the <c>Accept</c> header names no media type this endpoint can answer with.</summary>
    public const string NotAcceptable = "NOT_ACCEPTABLE";

    /// <summary>413: the body is larger than <see cref="GraphQLServerOptions.MaxRequestBodySize"/>.</summary>
    public const string PayloadTooLarge = "PAYLOAD_TOO_LARGE";

    /// <summary>408: a POST body still arriving when <see cref="GraphQLServerOptions.BodyTimeout"/> ran out.</summary>
    public const string RequestTimeout = "REQUEST_TIMEOUT";

    /// <summary>415: a POST body that is not <c>application/json</c> in UTF-8.</summary>
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";

    /// <summary>500: the engine itself failed; the cause is in the server log.</summary>
    public const string InternalServerError = GraphQLErrorCodes.InternalServerError;
}
