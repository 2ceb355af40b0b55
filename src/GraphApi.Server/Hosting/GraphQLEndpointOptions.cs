using GraphApi.GraphQL.AspNetCore;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Utilities;

namespace GraphApi.Server.Hosting;

/// <summary>
/// The GraphQL endpoint's settings, bound from <c>GraphApi:GraphQL</c>. Introspection and the IDE are on by default,
/// because Banana Cake Pop is part of the product; a public deployment may switch both off.
/// </summary>
public sealed class GraphQLEndpointOptions
{
    public const string SectionName = "GraphApi:GraphQL";

    public bool EnableIntrospection { get; set; } = true;

    public bool EnableIde { get; set; } = true;

    /// <summary>The largest request body accepted, in bytes.</summary>
    public long MaxRequestBodySize { get; set; } = 1024 * 1024;

    /// <summary>
    /// Depth, breadth, cost and time limits; the defaults let the IDEs' introspection queries and <c>first: 200</c> pages through.
    /// The binder sets these on the instance it finds, so each options object owns a fresh one (never the shared
    /// <see cref="ExecutionLimits.Default"/>, which one server's settings would otherwise change for every other).
    /// </summary>
    public ExecutionLimits Limits { get; set; } = new();

    /// <summary>Automatic persisted queries and the trusted-documents file (<c>GraphApi:GraphQL:PersistedQueries:*</c>).</summary>
    public GraphApi.GraphQL.AspNetCore.PersistedQueryOptions PersistedQueries { get; set; } = new();

    /// <summary>ETags and 304s on GET queries.</summary>
    public bool EnableETags { get; set; } = true;

    /// <summary>Brotli/gzip when the client sends Accept-Encoding.</summary>
    public bool EnableCompression { get; set; } = true;

    /// <summary>
    /// The transport's options from these settings: the IDE and its title, the body limit, persisted queries, ETags,
    /// and the engine's introspection switch and limits. The schema (<c>?sdl</c>, <c>?possibleTypes</c>) is served only
    /// while introspection is on; <paramref name="development"/> adds exception details.
    /// </summary>
    public void ApplyTo(GraphQLServerOptions options, bool development)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.IdeTitle = "GraphApi";
        options.IdeWelcomeDocument = WelcomeDocument.Text;
        options.EnableIde = EnableIde;
        options.MaxRequestBodySize = MaxRequestBodySize;
        options.IncludeExceptionDetails = development;
        options.SchemaPrinter = SchemaPrinter.Print;
        options.EnableSchemaDownload = EnableIntrospection;
        options.PersistedQueries = PersistedQueries;
        options.EnableETags = EnableETags;
        options.Execution = options.Execution with
        {
            EnableIntrospection = EnableIntrospection,
            Limits = Limits,
            DevelopmentMode = development,
        };
    }
}
