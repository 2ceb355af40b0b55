using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace GraphApi.Server.Hosting;

/// <summary>
/// Kestrel limits, request timeouts, CORS and rate limiting (OWASP GraphQL cheat sheet, "DoS prevention"), so a hostile
/// client gets a 4xx and the server keeps its resources. GraphQL-level limits (depth, breadth, cost) live in the engine.
/// </summary>
public static class RequestProtectionExtensions
{
    public const string CorsPolicy = "graphapi-cors";
    public const string RateLimitPolicy = "graphapi-rate";

    public static WebApplicationBuilder AddRequestProtection(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(RequestProtectionOptions.SectionName).Get<RequestProtectionOptions>() ?? new RequestProtectionOptions();
        builder.Services.AddSingleton(settings);

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.RequestHeadersTimeout = settings.HeadersTimeout;
            kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(settings.MinBodyBytesPerSecond, settings.MinBodyRateGracePeriod);
        });

        builder.Services.AddRequestTimeouts(timeouts =>
        {
            timeouts.DefaultPolicy = new RequestTimeoutPolicy { Timeout = settings.RequestTimeout, TimeoutStatusCode = StatusCodes.Status408RequestTimeout };
        });

        if (settings.CorsOrigins.Count > 0)
        {
            builder.Services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy => policy
                .WithOrigins([.. settings.CorsOrigins])
                .WithMethods("GET", "POST")
                .WithHeaders("Content-Type", "Accept", "Authorization")));
        }

        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(RateLimitPolicy, context => settings.RateLimitPerMinute <= 0
                ? RateLimitPartition.GetNoLimiter("unlimited")
                : RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = settings.RateLimitPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });

        return builder;
    }

    /// <summary>The middleware, in the order the policies need: CORS first, then rate limiting, then timeouts.</summary>
    public static WebApplication UseRequestProtection(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<RequestProtectionOptions>();
        if (settings.CorsOrigins.Count > 0)
        {
            app.UseCors(CorsPolicy);
        }

        app.UseRateLimiter();
        app.UseRequestTimeouts();
        return app;
    }
}
