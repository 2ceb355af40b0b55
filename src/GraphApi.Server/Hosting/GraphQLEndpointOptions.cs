using GraphApi.GraphQL.Execution;

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

    /// <summary>Depth, breadth, cost and time limits; the defaults let the IDEs' introspection queries and <c>first: 200</c> pages through.</summary>
    public ExecutionLimits Limits { get; set; } = ExecutionLimits.Default;

    /// <summary>Automatic persisted queries and the trusted-documents file (<c>GraphApi:GraphQL:PersistedQueries:*</c>).</summary>
    public GraphApi.GraphQL.AspNetCore.PersistedQueryOptions PersistedQueries { get; set; } = new();

    /// <summary>ETags and 304s on GET queries.</summary>
    public bool EnableETags { get; set; } = true;

    /// <summary>Brotli/gzip when the client sends Accept-Encoding.</summary>
    public bool EnableCompression { get; set; } = true;
}
