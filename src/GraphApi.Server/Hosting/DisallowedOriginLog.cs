using System.Collections.Concurrent;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace GraphApi.Server.Hosting;

/// <summary>
/// Names in the log, at Warning, a browser origin that called the API without being in <c>GraphApi:Protection:CorsOrigins</c>:
/// the browser hides the answer from that page, and ASP.NET Core's own CORS messages are Information, below the
/// production log level. Each origin is named once, and at most <see cref="MaxOriginsNamed"/> of them, so a hostile page
/// cannot flood the log.
/// </summary>
public sealed partial class DisallowedOriginLog(IOptions<CorsOptions> cors, ILogger<DisallowedOriginLog> logger) : IMiddleware
{
    public const int MaxOriginsNamed = 100;

    private readonly ConcurrentDictionary<string, bool> _named = new(StringComparer.OrdinalIgnoreCase);

    public Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var origin = context.Request.Headers.Origin.ToString();
        if (origin.Length > 0 && !IsSameOrigin(origin, context.Request) && !IsAllowed(origin) && _named.Count < MaxOriginsNamed && _named.TryAdd(origin, true))
        {
            var preflight = HttpMethods.IsOptions(context.Request.Method) && context.Request.Headers.ContainsKey("Access-Control-Request-Method");
            OriginRefused(logger, origin, preflight ? "a preflight" : context.Request.Method + " " + context.Request.Path);
            if (_named.Count == MaxOriginsNamed)
            {
                TooManyOrigins(logger, MaxOriginsNamed);
            }
        }

        return next(context);
    }

    private bool IsAllowed(string origin) => cors.Value.GetPolicy(RequestProtectionExtensions.CorsPolicy)?.IsOriginAllowed(origin) ?? false;

    /// <summary>Browsers send Origin on same-origin POSTs too (Banana Cake Pop at /graphql does); those are not CORS.</summary>
    private static bool IsSameOrigin(string origin, HttpRequest request) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri) && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);

    [LoggerMessage(EventId = 1501, Level = LogLevel.Warning,
        Message = "CORS: the browser origin {Origin} is not allowed ({Request}); add it to GraphApi:Protection:CorsOrigins if it is one of yours.")]
    private static partial void OriginRefused(ILogger logger, string origin, string request);

    [LoggerMessage(EventId = 1502, Level = LogLevel.Warning, Message = "CORS: {Count} refused origins named; further ones are not logged.")]
    private static partial void TooManyOrigins(ILogger logger, int count);
}
