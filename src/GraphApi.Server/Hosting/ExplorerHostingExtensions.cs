using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace GraphApi.Server.Hosting;

/// <summary>
/// Serves the explorer (src/GraphApi.Explorer, built by the server's build into <c>wwwroot/</c> beside the binary): its
/// static files, and <c>index.html</c> with 200 on each of its fixed paths, so a shared link opens its view. Every
/// response of the explorer carries a Content-Security-Policy that lets the page load and call nothing but this server.
/// <c>/graphql</c>, <c>/health/*</c> and <c>/admin/*</c> are left as they are.
/// </summary>
public static class ExplorerHostingExtensions
{
    /// <summary>
    /// Same-origin only: scripts, styles and fonts from this server, API calls to this server, images from this server
    /// or generated in the page (the network view's PNG export), no plug-ins, no framing.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; font-src 'self'; img-src 'self' data: blob:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>The app's routes (issue 12); each answers index.html and the app shows the view.</summary>
    public static readonly IReadOnlyList<string> AppRoutes =
        ["/", "/entity/{**id}", "/source/{**id}", "/conflicts", "/path", "/timeline", "/passages", "/review"];

    public static WebApplicationBuilder AddExplorer(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ExplorerOptions>().BindConfiguration(ExplorerOptions.SectionName);
        return builder;
    }

    public static WebApplication MapExplorer(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<ExplorerOptions>>().Value;
        if (!options.Enabled)
        {
            return app;
        }

        var root = Path.GetFullPath(options.Root ?? Path.Combine(AppContext.BaseDirectory, "wwwroot"));
        var index = Path.Combine(root, "index.html");
        if (!File.Exists(index))
        {
            app.Logger.LogWarning("The explorer is enabled but {Index} does not exist: build the server with Node.js on the PATH (the build runs npm in src/GraphApi.Explorer).", index);
            foreach (var route in AppRoutes)
            {
                app.MapMethods(route, [HttpMethods.Get, HttpMethods.Head], () => Results.Text(
                    "The explorer was not built into this server: build it with Node.js 20+ and npm on the PATH (dotnet build runs npm in src/GraphApi.Explorer). The GraphQL API is at /graphql.\n",
                    statusCode: StatusCodes.Status404NotFound));
            }

            return app;
        }

        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(root),
            OnPrepareResponse = context =>
            {
                AddSecurityHeaders(context.Context.Response);
                // Vite names every asset after its content hash, so a file under assets/ never changes.
                context.Context.Response.Headers.CacheControl = context.Context.Request.Path.StartsWithSegments("/assets", StringComparison.Ordinal)
                    ? "public, max-age=31536000, immutable"
                    : "no-cache";
            },
        });

        foreach (var route in AppRoutes)
        {
            app.MapMethods(route, [HttpMethods.Get, HttpMethods.Head], (HttpContext context) =>
            {
                AddSecurityHeaders(context.Response);
                context.Response.Headers.CacheControl = "no-cache";
                return Results.File(index, "text/html; charset=utf-8");
            });
        }

        return app;
    }

    private static void AddSecurityHeaders(HttpResponse response)
    {
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers[HeaderNames.XFrameOptions] = "DENY";
        response.Headers["Referrer-Policy"] = "no-referrer";
    }
}
