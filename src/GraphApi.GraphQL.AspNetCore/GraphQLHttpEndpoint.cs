using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;

namespace GraphApi.GraphQL.AspNetCore;

/// <summary>
/// The GraphQL-over-HTTP endpoint: GET and POST requests (GraphQL over HTTP §"Request"), the schema at <c>?sdl</c> and
/// its possible types at <c>?possibleTypes</c>,
/// and Banana Cake Pop for browsers. It maps engine outcomes to status codes and streams the response.
/// </summary>
public sealed class GraphQLHttpEndpoint
{
    private const string SdlKey = "sdl";
    private const string PossibleTypesKey = "possibleTypes";
    private readonly IGraphQLRequestExecutor _executor;
    private readonly GraphQLServerOptions _options;
    private readonly BananaCakePopIde _ide;
    private readonly ILogger _logger;
    private readonly string _path;
    private readonly PersistedQueryStore _persisted;

    public GraphQLHttpEndpoint(
        IGraphQLRequestExecutor executor,
        GraphQLServerOptions options,
        BananaCakePopIde ide,
        ILogger<GraphQLHttpEndpoint> logger,
        string path)
    {
        ArgumentNullException.ThrowIfNull(executor);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(ide);
        ArgumentNullException.ThrowIfNull(logger);
        _executor = executor;
        _options = options;
        _ide = ide;
        _logger = logger;
        _path = path;
        _persisted = new PersistedQueryStore(options.PersistedQueries);
    }

    /// <summary>Handles a request to the endpoint itself (<c>/graphql</c> or <c>/graphql/</c>).</summary>
    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cancellationToken = context.RequestAborted;
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        {
            await HandleGetAsync(context, cancellationToken).ConfigureAwait(false);
        }
        else if (HttpMethods.IsPost(context.Request.Method))
        {
            await HandlePostAsync(context, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            context.Response.Headers.Allow = "GET, POST";
            await GraphQLResponseWriter.WriteErrorAsync(
                context.Response,
                StatusCodes.Status405MethodNotAllowed,
                GraphQLMediaTypes.Json,
                $"The method {context.Request.Method} is not supported; send GraphQL requests by GET or POST.",
                GraphQLHttpErrorCodes.MethodNotAllowed,
                cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Handles a request below the endpoint: the IDE's files and its <c>bcp-config.json</c>.</summary>
    public async Task HandleIdeAssetAsync(HttpContext context, string relativePath)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cancellationToken = context.RequestAborted;
        if (_options.EnableIde && (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)))
        {
            if (relativePath == BananaCakePopIde.ConfigFileName)
            {
                await BananaCakePopIde.ServeConfigAsync(context, _path, _options.IdeTitle, cancellationToken).ConfigureAwait(false);
                return;
            }

            if (relativePath == BananaCakePopIde.WelcomeScriptName)
            {
                await BananaCakePopIde.ServeWelcomeScriptAsync(context, _options.IdeWelcomeDocument, cancellationToken).ConfigureAwait(false);
                return;
            }

            if (await _ide.TryServeAssetAsync(context, relativePath, cancellationToken).ConfigureAwait(false))
            {
                return;
            }
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
    }

    private async Task HandleGetAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var query = context.Request.Query;
        if (_options.EnableSchemaDownload && query.ContainsKey(SdlKey) && !query.ContainsKey("query"))
        {
            var sdl = _executor.PrintSchema();
            if (sdl is null)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                context.Response.ContentType = GraphQLMediaTypes.PlainText + "; charset=utf-8";
                await context.Response.WriteAsync("This endpoint has no schema printer configured (GraphQLServerOptions.SchemaPrinter).", cancellationToken).ConfigureAwait(false);
                return;
            }

            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentType = GraphQLMediaTypes.PlainText + "; charset=utf-8";
            context.Response.Headers.ContentDisposition = "inline; filename=\"schema.graphql\"";
            await context.Response.WriteAsync(sdl, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (_options.EnableSchemaDownload && query.ContainsKey(PossibleTypesKey) && !query.ContainsKey("query"))
        {
            await WritePossibleTypesAsync(context, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (_options.EnableIde && !query.ContainsKey("query") && AcceptsHtml(context.Request))
        {
            // The IDE resolves its files, its preset and where it keeps the schema against the page's folder: /graphql/.
            if (!context.Request.Path.Value!.EndsWith('/'))
            {
                context.Response.Redirect($"{context.Request.PathBase}{context.Request.Path}/{context.Request.QueryString}");
                return;
            }

            await _ide.ServeIndexAsync(context, _path, cancellationToken).ConfigureAwait(false);
            return;
        }

        var mediaType = ResponseMediaTypeNegotiation.Choose(context.Request.Headers.Accept);
        if (mediaType is null)
        {
            await WriteNotAcceptableAsync(context, cancellationToken).ConfigureAwait(false);
            return;
        }

        var (request, error) = GraphQLHttpRequestReader.ReadGet(query);
        await RespondAsync(context, mediaType, request, error, cancellationToken).ConfigureAwait(false);
    }

    /// <summary><c>{"Node":["Claim",…],"Entity":[…]}</c>: what Apollo Client's <c>InMemoryCache</c> takes as <c>possibleTypes</c>.</summary>
    private async Task WritePossibleTypesAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var possibleTypes = _executor.PossibleTypes();
        if (possibleTypes is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = GraphQLMediaTypes.PlainText + "; charset=utf-8";
            await context.Response.WriteAsync("This endpoint's engine does not report its possible types.", cancellationToken).ConfigureAwait(false);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = GraphQLMediaTypes.Json + "; charset=utf-8";
        await System.Text.Json.JsonSerializer.SerializeAsync(context.Response.Body, possibleTypes, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private async Task HandlePostAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var mediaType = ResponseMediaTypeNegotiation.Choose(context.Request.Headers.Accept);
        if (mediaType is null)
        {
            await WriteNotAcceptableAsync(context, cancellationToken).ConfigureAwait(false);
            return;
        }

        var (request, error) = await GraphQLHttpRequestReader
            .ReadPostAsync(context.Request, _options.MaxRequestBodySize, cancellationToken, _options.BodyTimeout)
            .ConfigureAwait(false);
        await RespondAsync(context, mediaType, request, error, cancellationToken).ConfigureAwait(false);
    }

    private async Task RespondAsync(
        HttpContext context,
        string mediaType,
        GraphQLHttpRequest? request,
        GraphQLHttpRequestError? error,
        CancellationToken cancellationToken)
    {
        var partition = _options.CachePartition?.Invoke(context);
        if (_options.CachePartition is not null)
        {
            context.Response.Headers.Append(HeaderNames.Vary, HeaderNames.Authorization);
            if (partition is not null)
            {
                context.Response.Headers.CacheControl = "private";
            }
        }

        if (request is null)
        {
            var refusal = error ?? new GraphQLHttpRequestError(StatusCodes.Status400BadRequest, "The request is not a GraphQL request.", GraphQLHttpErrorCodes.BadRequest);
            await GraphQLResponseWriter.WriteErrorAsync(context.Response, refusal.StatusCode, mediaType, refusal.Message, refusal.Code, cancellationToken)
                .ConfigureAwait(false);
            return;
        }

        var (resolved, persistedRefusal) = _persisted.Resolve(request, partition);
        if (persistedRefusal is not null)
        {
            await GraphQLResponseWriter.WriteErrorAsync(context.Response, persistedRefusal.StatusCode, mediaType, persistedRefusal.Message, persistedRefusal.Code, cancellationToken)
                .ConfigureAwait(false);
            return;
        }

        request = resolved!;
        GraphQLResponse result;
        try
        {
            result = await _executor.ExecuteAsync(request with { RequestServices = new RequestServicesOnDemand(context) }, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return;
        }
#pragma warning disable CA1031 // Any engine failure must become a GraphQL error response, never an unformatted 500 page.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            _logger.LogError(exception, "The GraphQL engine failed on a request to {Path}", _path);
            var message = _options.IncludeExceptionDetails
                ? $"Unexpected server error: {exception.GetType().FullName}: {exception.Message}"
                : "Unexpected server error.";
            await GraphQLResponseWriter.WriteErrorAsync(context.Response, StatusCodes.Status500InternalServerError, mediaType, message, GraphQLHttpErrorCodes.InternalServerError, cancellationToken)
                .ConfigureAwait(false);
            return;
        }

        var statusCode = result.Kind switch
        {
            GraphQLResponseKind.Executed => StatusCodes.Status200OK,

            // GraphQL over HTTP §"application/json": legacy clients expect 200 even when the request failed.
            GraphQLResponseKind.RequestError when mediaType == GraphQLMediaTypes.Json => StatusCodes.Status200OK,

            // §"application/graphql-response+json": a request that never started executing is a 400.
            GraphQLResponseKind.RequestError => StatusCodes.Status400BadRequest,

            // §"GET": a mutation selected by a GET request must answer 405 and must not run.
            GraphQLResponseKind.OperationNotAllowedOnGet => StatusCodes.Status405MethodNotAllowed,
            _ => throw new InvalidOperationException($"Unknown response kind {result.Kind}."),
        };
        if (result.Kind == GraphQLResponseKind.OperationNotAllowedOnGet)
        {
            context.Response.Headers.Allow = "POST";
        }

        if (request.IsGet && statusCode == StatusCodes.Status200OK && _options.EnableETags)
        {
            await GraphQLResponseWriter.WriteWithETagAsync(context.Request, context.Response, mediaType, result, cancellationToken, partition).ConfigureAwait(false);
            return;
        }

        await GraphQLResponseWriter.WriteAsync(context.Response, statusCode, mediaType, result, cancellationToken).ConfigureAwait(false);
    }

    private static Task WriteNotAcceptableAsync(HttpContext context, CancellationToken cancellationToken) =>
        GraphQLResponseWriter.WriteErrorAsync(
            context.Response,
            StatusCodes.Status406NotAcceptable,
            GraphQLMediaTypes.Json,
            $"None of the media types in 'Accept: {context.Request.Headers.Accept}' can be served; accept '{GraphQLMediaTypes.GraphQLResponse}' or '{GraphQLMediaTypes.Json}'.",
            GraphQLHttpErrorCodes.NotAcceptable,
            cancellationToken);

    // A browser navigating to the endpoint lists text/html first; API clients never ask for it.
    private static bool AcceptsHtml(HttpRequest request) =>
        MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var entries)
        && entries.Any(entry => entry.MediaType.Equals(GraphQLMediaTypes.Html, StringComparison.OrdinalIgnoreCase) && (entry.Quality ?? 1.0) > 0);

    /// <summary>
    /// The request's services, opened when a resolver first asks for one: <c>HttpContext.RequestServices</c> creates a
    /// dependency-injection scope per request (and disposes it when the response completes), which a query that reads
    /// no service, <c>{__typename}</c> or introspection, never needs. Resolvers that finished on other threads may ask at
    /// the same time, and <c>HttpContext</c> is not thread-safe, so the scope is opened under a lock, once.
    /// </summary>
    private sealed class RequestServicesOnDemand(HttpContext context) : IServiceProvider
    {
        private readonly Lock _gate = new();
        private IServiceProvider? _services;

        public object? GetService(Type serviceType) => (Volatile.Read(ref _services) ?? Open()).GetService(serviceType);

        private IServiceProvider Open()
        {
            lock (_gate)
            {
                return _services ??= context.RequestServices;
            }
        }
    }
}
