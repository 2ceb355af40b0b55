using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;
using Microsoft.AspNetCore.Http;

namespace GraphApi.GraphQL.AspNetCore;

/// <summary>Settings of the GraphQL HTTP endpoint mapped by <see cref="GraphQLEndpointRouteBuilderExtensions.MapGraphQL"/>.</summary>
public sealed class GraphQLServerOptions
{
    /// <summary>
    /// The largest request body accepted, in bytes; a larger body is refused with 413 before it is parsed,
    /// so a client cannot make the server buffer an unbounded document.
    /// </summary>
    public long MaxRequestBodySize { get; set; } = 1024 * 1024;

    /// <summary>
    /// How long a POST body may keep arriving after its first read, then 408 <c>REQUEST_TIMEOUT</c>; <c>null</c> leaves it
    /// to the transport's minimum data rate. A body that arrives whole in its first read, as small queries do, starts no
    /// timer.
    /// </summary>
    public TimeSpan? BodyTimeout { get; set; }

    /// <summary>Automatic persisted queries and trusted documents.</summary>
    public PersistedQueryOptions PersistedQueries { get; set; } = new();

    /// <summary>Answer GET queries with an <c>ETag</c> of the response, and 304 when <c>If-None-Match</c> matches it.</summary>
    public bool EnableETags { get; set; } = true;

    /// <summary>
    /// The caller's class for caches, when answers depend on who asks: callers in different classes never share a
    /// registered persisted query or an ETag, every response then varies by <c>Authorization</c>, and a response to a
    /// caller with a class (not null) is <c>Cache-Control: private</c>. Null (the default): every caller gets the same answers.
    /// </summary>
    public Func<HttpContext, string?>? CachePartition { get; set; }

    /// <summary>Serve Banana Cake Pop on GET requests that ask for <c>text/html</c>.</summary>
    public bool EnableIde { get; set; } = true;

    /// <summary>Serve the schema as SDL at <c>?sdl</c> and its possible types (JSON) at <c>?possibleTypes</c>.</summary>
    public bool EnableSchemaDownload { get; set; } = true;

    /// <summary>
    /// Development mode: an unexpected exception in the engine is reported with its type and message
    /// instead of a generic error. Never enable it in production, as messages may leak internals.
    /// </summary>
    public bool IncludeExceptionDetails { get; set; }

    /// <summary>The title Banana Cake Pop shows for the endpoint.</summary>
    public string IdeTitle { get; set; } = "GraphQL";

    /// <summary>The GraphQL document Banana Cake Pop opens on a browser's first visit; none opens nothing.</summary>
    public string? IdeWelcomeDocument { get; set; }

    /// <summary>
    /// How the engine runs requests: limits, the validator (the spec's rules by default), whether introspection is enabled. Used by the
    /// <see cref="GraphQLServiceCollectionExtensions.AddGraphQLServer(Microsoft.Extensions.DependencyInjection.IServiceCollection, GraphQLSchema, Action{GraphQLServerOptions}?)"/>
    /// overload; <see cref="IncludeExceptionDetails"/> also turns on the engine's development mode.
    /// </summary>
    public ExecutionOptions Execution { get; set; } = ExecutionOptions.Default;

    /// <summary>Prints the schema as SDL for <c>?sdl</c>; without it <c>?sdl</c> answers 404.</summary>
    public Func<GraphQLSchema, string>? SchemaPrinter { get; set; }
}
