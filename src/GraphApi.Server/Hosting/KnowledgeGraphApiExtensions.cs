using GraphApi.GraphQL.AspNetCore;
using GraphApi.GraphQL.Utilities;
using GraphApi.Schema;
using GraphApi.Server.Access;
using Microsoft.Extensions.Options;

namespace GraphApi.Server.Hosting;

/// <summary>Registers and maps the knowledge-graph GraphQL API at <c>/graphql</c>, with Banana Cake Pop.</summary>
public static class KnowledgeGraphApiExtensions
{
    public static WebApplicationBuilder AddKnowledgeGraphApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<GraphQLEndpointOptions>().BindConfiguration(GraphQLEndpointOptions.SectionName);
        builder.Services.AddGraphQLServer(KnowledgeGraphSchema.Create());
        builder.Services.AddOptions<GraphQLServerOptions>()
            .Configure<IOptions<GraphQLEndpointOptions>, IHostEnvironment>((options, endpoint, environment) =>
                endpoint.Value.ApplyTo(options, environment.IsDevelopment()))
            .Configure<IOptions<AccessControlOptions>>((options, access) =>
            {
                // With auth on, answers depend on the caller's roles: caches and persisted queries are kept apart per
                // class of caller, and every answer varies by Authorization.
                if (access.Value.IsEnabled)
                {
                    options.CachePartition = context => CallerRoles.CachePartition(context.User);
                }
            });
        builder.Services.AddGraphQLResponseCompression();
        return builder;
    }

    public static WebApplication MapKnowledgeGraphApi(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<GraphQLEndpointOptions>>().Value.EnableCompression)
        {
            app.UseGraphQLResponseCompression();
        }

        app.MapGraphQL("/graphql").RequireRateLimiting(RequestProtectionExtensions.RateLimitPolicy);
        return app;
    }
}
