using System.Security.Cryptography;
using System.Text;
using GraphApi.Server.Access;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;

namespace GraphApi.Server.Hosting;

/// <summary>
/// <c>POST /admin/reimport</c>: re-imports the corpus on request. It needs the configured admin key in the
/// <c>X-Admin-Key</c> header, or, with auth on, a bearer token with the <c>editor</c> role. With neither an admin key
/// nor auth configured the endpoint does not exist (404).
/// </summary>
public static class AdminEndpoints
{
    public const string KeyHeader = "X-Admin-Key";

    public static IEndpointRouteBuilder MapAdminEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/admin/reimport", async (HttpContext context, CorpusImporter importer, IOptions<KnowledgeGraphOptions> options, IOptions<AccessControlOptions> access) =>
        {
            var adminKey = options.Value.AdminKey;
            var authOn = access.Value.IsEnabled;
            if (string.IsNullOrEmpty(adminKey) && !authOn)
            {
                return Results.NotFound();
            }

            var keyGiven = context.Request.Headers.ContainsKey(KeyHeader);
            if (keyGiven && !string.IsNullOrEmpty(adminKey))
            {
                if (!KeyMatches(context.Request.Headers[KeyHeader].ToString(), adminKey))
                {
                    return Results.Unauthorized();
                }
            }
            else if (!authOn)
            {
                return Results.Unauthorized();
            }
            else if (!CallerRoles.IsAuthenticated(context.User))
            {
                return Results.Challenge(authenticationSchemes: [JwtBearerDefaults.AuthenticationScheme]);
            }
            else if (!CallerRoles.IsEditor(context.User))
            {
                await AccessErrors.ForbiddenAsync(context.Response, CallerRoles.Editor, "POST /admin/reimport").ConfigureAwait(false);
                return Results.Empty;
            }

            var status = await importer.ImportAsync(context.RequestAborted).ConfigureAwait(false);
            return status.Succeeded ? Results.Ok(status) : Results.UnprocessableEntity(status);
        });
        return endpoints;
    }

    private static bool KeyMatches(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(given)),
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
