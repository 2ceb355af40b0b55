using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace GraphApi.Server.Hosting;

/// <summary>
/// <c>POST /admin/reimport</c>: re-imports the corpus on request. It needs the configured admin key in the
/// <c>X-Admin-Key</c> header; with no key configured the endpoint does not exist (404).
/// </summary>
public static class AdminEndpoints
{
    public const string KeyHeader = "X-Admin-Key";

    public static IEndpointRouteBuilder MapAdminEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/admin/reimport", async (HttpContext context, CorpusImporter importer, IOptions<KnowledgeGraphOptions> options) =>
        {
            if (string.IsNullOrEmpty(options.Value.AdminKey))
            {
                return Results.NotFound();
            }

            if (!KeyMatches(context.Request.Headers[KeyHeader].ToString(), options.Value.AdminKey))
            {
                return Results.Unauthorized();
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
