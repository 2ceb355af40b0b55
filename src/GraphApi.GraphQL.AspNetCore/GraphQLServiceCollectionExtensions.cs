using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GraphApi.GraphQL.AspNetCore;

/// <summary>Registers the GraphQL HTTP transport's services.</summary>
public static class GraphQLServiceCollectionExtensions
{
    /// <summary>
    /// Registers <paramref name="executor"/> as the engine behind <c>MapGraphQL</c>, with transport options set by <paramref name="configure"/>.
    /// </summary>
    public static IServiceCollection AddGraphQLServer(
        this IServiceCollection services,
        IGraphQLRequestExecutor executor,
        Action<GraphQLServerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(executor);
        var options = new GraphQLServerOptions();
        configure?.Invoke(options);
        services.AddSingleton(options);
        services.AddSingleton(executor);
        services.TryAddSingleton<BananaCakePopIde>();
        return services;
    }
}
