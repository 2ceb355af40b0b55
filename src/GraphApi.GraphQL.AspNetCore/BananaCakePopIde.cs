using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;

namespace GraphApi.GraphQL.AspNetCore;

/// <summary>
/// Serves the static build of Banana Cake Pop (npm <c>@chillicream/bananacakepop-graphql-ide</c>), which the build copies
/// to <c>bcp/</c> beside the assembly, and the <c>bcp-config.json</c> the IDE fetches to learn its endpoint.
/// Files are found from <see cref="AppContext.BaseDirectory"/>, so the IDE works whatever the working directory.
/// </summary>
public sealed class BananaCakePopIde
{
    /// <summary>The folder under the output directory that the build fills with the IDE.</summary>
    public const string FolderName = "bcp";

    /// <summary>The file the IDE requests next to its page to read its preset (endpoint, title).</summary>
    public const string ConfigFileName = "bcp-config.json";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly string _root;
    private string? _indexHtml;

    public BananaCakePopIde()
        : this(Path.Combine(AppContext.BaseDirectory, FolderName))
    {
    }

    public BananaCakePopIde(string root)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        _root = Path.GetFullPath(root);
    }

    /// <summary>True when the build copied the IDE's files; false when the output has no <c>bcp/index.html</c>.</summary>
    public bool IsAvailable => File.Exists(Path.Combine(_root, "index.html"));

    /// <summary>
    /// Serves the IDE page. The page loads its scripts by relative paths, so a <c>&lt;base&gt;</c> element is added that
    /// points below the endpoint: <c>/graphql</c> and <c>/graphql/</c> then both load <c>/graphql/static/…</c>.
    /// </summary>
    public async Task ServeIndexAsync(HttpContext context, string endpointPath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!IsAvailable)
        {
            await WriteMissingAsync(context.Response, cancellationToken).ConfigureAwait(false);
            return;
        }

        _indexHtml ??= await File.ReadAllTextAsync(Path.Combine(_root, "index.html"), cancellationToken).ConfigureAwait(false);
        var baseElement = $"<base href=\"{System.Net.WebUtility.HtmlEncode(endpointPath.TrimEnd('/'))}/\"/>";
        var html = _indexHtml.Replace("<head>", "<head>" + baseElement, StringComparison.OrdinalIgnoreCase);
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = GraphQLMediaTypes.Html + "; charset=utf-8";
        await context.Response.WriteAsync(html, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes the preset the IDE reads at start-up: the absolute URL of the GraphQL endpoint and a title.</summary>
    public static async Task ServeConfigAsync(HttpContext context, string endpointPath, string title, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        var endpoint = $"{request.Scheme}://{request.Host}{request.PathBase}{endpointPath.TrimEnd('/')}";
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = GraphQLMediaTypes.Json + "; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await using (var writer = new Utf8JsonWriter(context.Response.BodyWriter))
        {
            writer.WriteStartObject();
            writer.WriteString("endpoint", endpoint);
            writer.WriteString("title", title);
            writer.WriteBoolean("useBrowserUrlAsEndpoint", false);
            writer.WriteEndObject();
        }

        await context.Response.BodyWriter.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Serves one file of the IDE build, refusing any path that leaves the IDE folder. Returns false when there is no such file.</summary>
    public async Task<bool> TryServeAssetAsync(HttpContext context, string relativePath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var fullPath = Path.GetFullPath(Path.Combine(_root, relativePath));
        if (!fullPath.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(fullPath))
        {
            return false;
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = ContentTypes.TryGetContentType(fullPath, out var contentType) ? contentType : "application/octet-stream";
        await context.Response.SendFileAsync(fullPath, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private static Task WriteMissingAsync(HttpResponse response, CancellationToken cancellationToken)
    {
        response.StatusCode = StatusCodes.Status404NotFound;
        response.ContentType = GraphQLMediaTypes.PlainText + "; charset=utf-8";
        return response.WriteAsync(
            $"Banana Cake Pop is not in the output folder ({FolderName}/index.html under {AppContext.BaseDirectory}); rebuild GraphApi.GraphQL.AspNetCore with npm on the PATH.",
            cancellationToken);
    }
}
