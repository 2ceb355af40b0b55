using System.Text;
using GraphApi.Knowledge.Stores;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.IdentityModel.Tokens;

namespace GraphApi.Server.Access;

/// <summary>
/// Bearer authentication (ASP.NET Core's JwtBearer handler) and the caller's <see cref="ReadScope"/>, built once per
/// request from the token's roles and the injected <see cref="TimeProvider"/>. The scope is what the GraphQL schema hands
/// to every store read; visibility itself is enforced inside the stores.
/// </summary>
public static class AccessControlExtensions
{
    public static WebApplicationBuilder AddAccessControl(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<AccessControlOptions>().BindConfiguration(AccessControlOptions.SectionName);
        var settings = builder.Configuration.GetSection(AccessControlOptions.SectionName).Get<AccessControlOptions>() ?? new AccessControlOptions();
        settings.Validate();

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped(services => CallerRoles.ScopeFor(
            services.GetRequiredService<IHttpContextAccessor>().HttpContext?.User,
            services.GetRequiredService<TimeProvider>()));
        if (!settings.IsEnabled)
        {
            return builder;
        }

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(jwt => Configure(jwt, settings));
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<TimeProvider>((jwt, clock) => jwt.TimeProvider = clock);
        return builder;
    }

    /// <summary>
    /// Authenticates every request, and refuses with 401 any request whose Authorization header does not authenticate:
    /// a bad token is never served as if it were anonymous.
    /// </summary>
    public static WebApplication UseAccessControl(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<AccessControlOptions>>().Value.IsEnabled)
        {
            return app;
        }

        app.UseAuthentication();
        app.Use(async (context, next) =>
        {
            if (context.Request.Headers.Authorization.Count > 0 && !CallerRoles.IsAuthenticated(context.User))
            {
                await context.ChallengeAsync(JwtBearerDefaults.AuthenticationScheme).ConfigureAwait(false);
                return;
            }

            await next(context).ConfigureAwait(false);
        });
        return app;
    }

    private static void Configure(JwtBearerOptions jwt, AccessControlOptions settings)
    {
        jwt.MapInboundClaims = false;
        jwt.SaveToken = false;
        jwt.IncludeErrorDetails = false;
        jwt.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateAudience = true,
            ValidAudience = settings.Audience,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ClockSkew = AccessControlOptions.ClockSkew,
            NameClaimType = "sub",
            RoleClaimType = CallerRoles.ClaimType,
        };
        if (!string.IsNullOrWhiteSpace(settings.Authority))
        {
            jwt.Authority = settings.Authority;
            jwt.Audience = settings.Audience;
            jwt.RequireHttpsMetadata = new Uri(settings.Authority).Scheme == Uri.UriSchemeHttps;
        }
        else
        {
            // A development key signs and checks its own tokens: no issuer to trust, HS256 only.
            jwt.TokenValidationParameters.ValidateIssuer = false;
            jwt.TokenValidationParameters.ValidateIssuerSigningKey = true;
            jwt.TokenValidationParameters.IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(settings.SigningKey!));
            jwt.TokenValidationParameters.ValidAlgorithms = [SecurityAlgorithms.HmacSha256];
        }

        jwt.Events = new JwtBearerEvents { OnChallenge = AccessErrors.ChallengeAsync };
    }
}
