using GraphApi.GraphQL.AspNetCore;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using Microsoft.Net.Http.Headers;

namespace GraphApi.Server.Access;

/// <summary>
/// The 401 and 403 answers, shaped like GraphQL errors so that clients read <c>extensions.code</c> as they do for every
/// other error. The token itself is never echoed, logged or described beyond the kind of failure.
/// </summary>
public static class AccessErrors
{
    /// <summary>No valid credentials: a token that is missing where one is needed, malformed, expired, for another audience or badly signed.</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>Valid credentials without the role the operation needs.</summary>
    public const string Forbidden = "FORBIDDEN";

    /// <summary>JwtBearer's challenge: 401 with <c>WWW-Authenticate</c> (RFC 6750 §3) and a GraphQL-shaped body.</summary>
    public static Task ChallengeAsync(JwtBearerChallengeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.HandleResponse();
        var presented = context.Request.Headers.Authorization.Count > 0;
        var reason = presented ? Describe(context.AuthenticateFailure) : null;
        context.Response.Headers.WWWAuthenticate = reason is null
            ? "Bearer"
            : $"Bearer error=\"invalid_token\", error_description=\"{reason}\"";
        var message = reason is null
            ? "This operation needs a bearer token (Authorization: Bearer <token>)."
            : $"The bearer token was refused: {reason}. Send a valid token, or none to read public sources only.";
        return WriteAsync(context.Response, StatusCodes.Status401Unauthorized, message, Unauthenticated);
    }

    /// <summary>403 for an authenticated caller that lacks <paramref name="role"/>.</summary>
    public static Task ForbiddenAsync(HttpResponse response, string role, string operation) =>
        WriteAsync(response, StatusCodes.Status403Forbidden, $"{operation} needs the '{role}' role, which this token does not carry.", Forbidden);

    private static string Describe(Exception? failure) => failure switch
    {
        null => "the Authorization header does not hold a bearer token",
        SecurityTokenExpiredException => "the token has expired",
        SecurityTokenNotYetValidException => "the token is not valid yet",
        SecurityTokenNoExpirationException => "the token has no expiry",
        SecurityTokenInvalidAudienceException => "the token is meant for another audience",
        SecurityTokenInvalidIssuerException => "the token's issuer is not trusted",
        SecurityTokenInvalidAlgorithmException => "the token's signing algorithm is not accepted",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "the token's signature does not verify",
        _ => "the token is not a valid JWT",
    };

    private static Task WriteAsync(HttpResponse response, int status, string message, string code)
    {
        response.Headers.CacheControl = "no-store";
        response.Headers.Append(HeaderNames.Vary, HeaderNames.Authorization);
        return GraphQLResponseWriter.WriteErrorAsync(response, status, GraphQLMediaTypes.Json, message, code, CancellationToken.None);
    }
}
