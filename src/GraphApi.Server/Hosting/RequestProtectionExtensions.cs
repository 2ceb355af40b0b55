using System.Net;
using IPNetwork = System.Net.IPNetwork;
using System.Threading.RateLimiting;
using GraphApi.GraphQL.AspNetCore;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace GraphApi.Server.Hosting;

/// <summary>
/// Kestrel limits, request timeouts, forwarded headers from known proxies, CORS and rate limiting (OWASP GraphQL cheat
/// sheet, "DoS prevention"), so a hostile client gets a 4xx and the server keeps its resources. GraphQL-level limits
/// (depth, breadth, cost) live in the engine. Every setting comes from <see cref="IOptions{TOptions}"/> of
/// <see cref="RequestProtectionOptions"/>, bound once from <c>GraphApi:Protection</c>.
/// </summary>
public static class RequestProtectionExtensions
{
    public const string CorsPolicy = "graphapi-cors";
    public const string RateLimitPolicy = "graphapi-rate";

    /// <summary>The <c>extensions.code</c> of a 429 answer.</summary>
    public const string RateLimitedCode = "RATE_LIMITED";

    /// <summary>The <c>extensions.code</c> of a 408 answer.</summary>
    public const string RequestTimeoutCode = GraphQLHttpErrorCodes.RequestTimeout;

    /// <summary>
    /// The request headers a browser client may send: GraphQL over HTTP's, a bearer token, Apollo Client's client
    /// awareness and CSRF-prevention headers, and the conditional GET of ETags.
    /// </summary>
    public static readonly string[] CorsAllowedHeaders =
    [
        "Content-Type", "Accept", "Authorization",
        "apollographql-client-name", "apollographql-client-version", "x-apollo-operation-name", "apollo-require-preflight",
        "If-None-Match",
    ];

    /// <summary>The response headers a browser client may read besides the safelisted ones.</summary>
    public static readonly string[] CorsExposedHeaders = ["ETag"];

    public static WebApplicationBuilder AddRequestProtection(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<RequestProtectionOptions>().BindConfiguration(RequestProtectionOptions.SectionName)
            .Validate(o => o.KnownProxies.All(p => IPNetwork.TryParse(p, out _) || IPAddress.TryParse(p, out _)),
                "GraphApi:Protection:KnownProxies takes IP addresses or CIDR networks (10.0.0.0/8).")
            .ValidateOnStart();

        services.AddOptions<KestrelServerOptions>().Configure<IOptions<RequestProtectionOptions>>((kestrel, protection) =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.RequestHeadersTimeout = protection.Value.HeadersTimeout;
            kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(protection.Value.MinBodyBytesPerSecond, protection.Value.MinBodyRateGracePeriod);
        });

        services.AddRequestTimeouts();
        services.AddOptions<RequestTimeoutOptions>().Configure<IOptions<RequestProtectionOptions>>((timeouts, protection) =>
            timeouts.DefaultPolicy = new RequestTimeoutPolicy
            {
                Timeout = protection.Value.RequestTimeout,
                TimeoutStatusCode = StatusCodes.Status408RequestTimeout,
                WriteTimeoutResponse = context => GraphQLResponseWriter.WriteErrorAsync(
                    context.Response,
                    StatusCodes.Status408RequestTimeout,
                    GraphQLMediaTypes.Json,
                    $"The request took longer than {protection.Value.RequestTimeout.TotalSeconds:0} s and was cancelled.",
                    RequestTimeoutCode,
                    CancellationToken.None),
            });

        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<RequestProtectionOptions>>((forwarded, protection) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.KnownIPNetworks.Clear();
            forwarded.KnownProxies.Clear();
            foreach (var proxy in protection.Value.KnownProxies)
            {
                if (IPNetwork.TryParse(proxy, out var network))
                {
                    forwarded.KnownIPNetworks.Add(network);
                }
                else
                {
                    forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
                }
            }
        });

        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<RequestProtectionOptions>>((cors, protection) =>
            cors.AddPolicy(CorsPolicy, policy => policy
                .WithOrigins([.. protection.Value.CorsOrigins])
                .WithMethods("GET", "POST")
                .WithHeaders(CorsAllowedHeaders)
                .WithExposedHeaders(CorsExposedHeaders)
                .SetPreflightMaxAge(TimeSpan.FromMinutes(10))));

        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (rejected, cancellationToken) =>
            {
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    rejected.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                return new ValueTask(GraphQLResponseWriter.WriteErrorAsync(
                    rejected.HttpContext.Response,
                    StatusCodes.Status429TooManyRequests,
                    GraphQLMediaTypes.Json,
                    "Too many requests from this address; wait before sending more.",
                    RateLimitedCode,
                    cancellationToken));
            };
            limiter.AddPolicy(RateLimitPolicy, context =>
            {
                var perMinute = context.RequestServices.GetRequiredService<IOptions<RequestProtectionOptions>>().Value.RateLimitPerMinute;
                return perMinute <= 0
                    ? RateLimitPartition.GetNoLimiter("unlimited")
                    : RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
        });

        services.AddSingleton<DisallowedOriginLog>();
        return builder;
    }

    /// <summary>
    /// The middleware, in the order the policies need: forwarded headers first (the client address and scheme that the
    /// rest see), then naming refused origins in the log and CORS (which answers preflights itself), rate limiting and
    /// timeouts.
    /// </summary>
    public static WebApplication UseRequestProtection(this WebApplication app)
    {
        var protection = app.Services.GetRequiredService<IOptions<RequestProtectionOptions>>().Value;
        if (protection.KnownProxies.Count > 0)
        {
            app.UseForwardedHeaders();
        }

        // Both only act on a request that carries Origin. Without one, CORS would still resolve its policy provider from
        // the request's services, which opens a dependency-injection scope for every request, and mark HttpContext.Items:
        // about 4 % of a {__typename} request's CPU (docs/performance.md, issue 15). No endpoint carries CORS metadata, so
        // routing never needs the middleware's mark.
        app.UseWhen(
            context => context.Request.Headers.ContainsKey(HeaderNames.Origin),
            browser =>
            {
                browser.UseMiddleware<DisallowedOriginLog>();
                browser.UseCors(CorsPolicy);
            });

        // With no limit configured (the default), the limiter would only hand every request a no-op lease: about 4% of
        // a {__typename} request's CPU (docs/performance.md, "What each middleware costs").
        if (protection.RateLimitPerMinute > 0)
        {
            app.UseRateLimiter();
        }

        app.UseRequestTimeouts();
        return app;
    }
}
