using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphApi.GraphQL.AspNetCore;

/// <summary>Maps the GraphQL HTTP endpoint into an ASP.NET Core application.</summary>
public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps GraphQL over HTTP at <paramref name="path"/> (GET and POST), the schema at <c>path?sdl</c>, and Banana Cake Pop
    /// for browsers at <paramref name="path"/> with its files below it. Needs <see cref="GraphQLServiceCollectionExtensions.AddGraphQLServer"/>.
    /// Returns the group so the host can add conventions such as authorization or rate limiting.
    /// </summary>
    public static RouteGroupBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string path = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var services = endpoints.ServiceProvider;
        var executor = services.GetService<IGraphQLRequestExecutor>()
            ?? throw new InvalidOperationException("MapGraphQL needs a GraphQL executor: call services.AddGraphQLServer(...) first.");
        var endpoint = new GraphQLHttpEndpoint(
            executor,
            services.GetRequiredService<IOptions<GraphQLServerOptions>>().Value,
            services.GetRequiredService<BananaCakePopIde>(),
            services.GetRequiredService<ILogger<GraphQLHttpEndpoint>>(),
            path);

        var group = endpoints.MapGroup(path);
        group.Map(string.Empty, endpoint.HandleAsync);
        group.Map("/{**asset}", (HttpContext context) =>
        {
            var asset = context.Request.RouteValues["asset"]?.ToString();
            return string.IsNullOrEmpty(asset) ? endpoint.HandleAsync(context) : endpoint.HandleIdeAssetAsync(context, asset);
        });
        return group;
    }
}
