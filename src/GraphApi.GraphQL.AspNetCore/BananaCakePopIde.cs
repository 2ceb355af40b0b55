using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;

namespace GraphApi.GraphQL.AspNetCore;

/// <summary>
/// Serves the static build of Banana Cake Pop (npm <c>@chillicream/bananacakepop-graphql-ide</c>), which the build copies
/// to <c>bcp/</c> beside the assembly, and the <c>bcp-config.json</c> the IDE fetches to learn its endpoint.
/// Files are found from <see cref="AppContext.BaseDirectory"/>, so the IDE works whatever the working directory.
/// <para>
/// What the IDE expects, found by watching it in Chromium: it must be served from a folder URL (<c>/graphql/</c>; at
/// <c>/graphql</c> it stores the schema it introspects where its first document does not look, so "Browse Schema" shows
/// "No Schema" until a reload); its endpoint may be relative, which the browser resolves against the page, so it stays
/// right behind a TLS-terminating proxy; <c>disableTelemetry</c> stops its calls to ChilliCream's telemetry host. It has no
/// setting for a first document, so a small script creates one through its own "Create Document" button.
/// </para>
/// </summary>
public sealed class BananaCakePopIde
{
    /// <summary>The folder under the output directory that the build fills with the IDE.</summary>
    public const string FolderName = "bcp";

    /// <summary>The file the IDE requests next to its page to read its preset (endpoint, title).</summary>
    public const string ConfigFileName = "bcp-config.json";

    /// <summary>The script, served next to the page, that opens the welcome document on a browser's first visit.</summary>
    public const string WelcomeScriptName = "graphapi-welcome.js";

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
        var welcome = $"<script src=\"{WelcomeScriptName}\" defer></script>";
        var html = _indexHtml.Replace("<head>", "<head>" + baseElement + welcome, StringComparison.OrdinalIgnoreCase);
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = GraphQLMediaTypes.Html + "; charset=utf-8";
        await context.Response.WriteAsync(html, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes the preset the IDE reads at start-up: the endpoint as a path on the page's own origin (never a scheme and
    /// host built from the request, which a TLS-terminating proxy would turn into <c>http://</c>), a title, and
    /// telemetry off.
    /// </summary>
    public static async Task ServeConfigAsync(HttpContext context, string endpointPath, string title, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var endpoint = $"{context.Request.PathBase}{endpointPath.TrimEnd('/')}";
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = GraphQLMediaTypes.Json + "; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await using (var writer = new Utf8JsonWriter(context.Response.BodyWriter))
        {
            writer.WriteStartObject();
            writer.WriteString("endpoint", endpoint);
            writer.WriteString("title", title);
            writer.WriteBoolean("useBrowserUrlAsEndpoint", false);
            writer.WriteBoolean("disableTelemetry", true);
            writer.WriteEndObject();
        }

        await context.Response.BodyWriter.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Serves the welcome script: on a browser's first visit (remembered in <c>localStorage</c>) it presses the IDE's
    /// "Create Document" button and pastes <paramref name="document"/> into the new document's editor, so a newcomer
    /// starts from a working query. Nothing is sent anywhere; with no document it does nothing.
    /// </summary>
    public static Task ServeWelcomeScriptAsync(HttpContext context, string? document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "text/javascript; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(string.IsNullOrWhiteSpace(document) ? "" : WelcomeScript.Replace("__DOCUMENT__", JsonSerializer.Serialize(document), StringComparison.Ordinal), cancellationToken);
    }

    private const string WelcomeScript = """
        (() => {
          const key = "graphapi-welcome-document";
          if (localStorage.getItem(key)) return;
          const text = __DOCUMENT__;
          const started = Date.now();
          const button = () => [...document.querySelectorAll("button")].find(b => b.textContent.trim() === "Create Document");
          const step = () => {
            if (Date.now() - started > 30000) return;
            const create = button();
            if (!create) return setTimeout(step, 200);
            create.click();
            const type = () => {
              const editor = document.querySelector(".monaco-editor textarea");
              if (!editor) return Date.now() - started > 30000 ? undefined : setTimeout(type, 100);
              editor.focus();
              // Pasted, not typed: typed lines would be indented again by the editor.
              const data = new DataTransfer();
              data.setData("text/plain", text);
              editor.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
              localStorage.setItem(key, new Date().toISOString());
            };
            type();
          };
          step();
        })();
        """;

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
