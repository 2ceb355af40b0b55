using GraphApi.GraphQL.AspNetCore;
using GraphApi.GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphApi.GraphQL.AspNetCore.Tests.Hosting;

/// <summary>
/// A real Kestrel host on a free loopback port serving <c>MapGraphQL("/graphql")</c>, so tests, the graphql-http audit
/// and the browser all talk HTTP to the same code the application runs.
/// </summary>
public sealed class GraphQLTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private GraphQLTestHost(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
        Client = new HttpClient { BaseAddress = baseAddress };
    }

    /// <summary>The root of the host, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The GraphQL endpoint.</summary>
    public Uri Endpoint => new(BaseAddress, "graphql");

    /// <summary>A client whose base address is the host root.</summary>
    public HttpClient Client { get; }

    public static Task<GraphQLTestHost> StartAsync(IGraphQLRequestExecutor executor, Action<GraphQLServerOptions>? configure = null) =>
        StartAsync(services => services.AddGraphQLServer(executor, configure));

    public static Task<GraphQLTestHost> StartAsync(GraphQLSchema schema, Action<GraphQLServerOptions>? configure = null) =>
        StartAsync(services => services.AddGraphQLServer(schema, configure));

    /// <summary>With <c>AddGraphQLResponseCompression</c>/<c>UseGraphQLResponseCompression</c> in the pipeline.</summary>
    public static Task<GraphQLTestHost> StartWithCompressionAsync(GraphQLSchema schema) =>
        StartAsync(services => services.AddGraphQLServer(schema).AddGraphQLResponseCompression(), compression: true);

    private static async Task<GraphQLTestHost> StartAsync(Action<IServiceCollection> addGraphQL, bool compression = false)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        addGraphQL(builder.Services);
        var app = builder.Build();
        if (compression)
        {
            app.UseGraphQLResponseCompression();
        }

        app.MapGraphQL("/graphql");
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new GraphQLTestHost(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
