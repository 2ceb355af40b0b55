using GraphApi.GraphQL.AspNetCore;
using GraphApi.GraphQL.Utilities;
using GraphApi.Schema;
using GraphApi.Server.Access;

namespace GraphApi.Server.Hosting;

/// <summary>Registers and maps the knowledge-graph GraphQL API at <c>/graphql</c>, with Banana Cake Pop.</summary>
public static class KnowledgeGraphApiExtensions
{
    public static WebApplicationBuilder AddKnowledgeGraphApi(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(GraphQLEndpointOptions.SectionName).Get<GraphQLEndpointOptions>() ?? new GraphQLEndpointOptions();
        var development = builder.Environment.IsDevelopment();
        var authOn = (builder.Configuration.GetSection(AccessControlOptions.SectionName).Get<AccessControlOptions>() ?? new AccessControlOptions()).IsEnabled;
        builder.Services.AddGraphQLServer(KnowledgeGraphSchema.Create(), options =>
        {
            options.IdeTitle = "GraphApi";
            options.EnableIde = settings.EnableIde;
            options.MaxRequestBodySize = settings.MaxRequestBodySize;
            options.IncludeExceptionDetails = development;
            options.SchemaPrinter = SchemaPrinter.Print;
            options.PersistedQueries = settings.PersistedQueries;
            options.EnableETags = settings.EnableETags;
            if (authOn)
            {
                // Answers depend on the caller's roles: caches and persisted queries are kept apart per class of caller.
                options.CachePartition = context => CallerRoles.CachePartition(context.User);
            }
            options.Execution = options.Execution with
            {
                EnableIntrospection = settings.EnableIntrospection,
                Limits = settings.Limits,
                DevelopmentMode = development,
            };
        });
        if (settings.EnableCompression)
        {
            builder.Services.AddGraphQLResponseCompression();
        }

        return builder;
    }

    public static WebApplication MapKnowledgeGraphApi(this WebApplication app)
    {
        if (app.Configuration.GetSection(GraphQLEndpointOptions.SectionName).Get<GraphQLEndpointOptions>()?.EnableCompression ?? true)
        {
            app.UseGraphQLResponseCompression();
        }

        app.MapGraphQL("/graphql").RequireRateLimiting(RequestProtectionExtensions.RateLimitPolicy);
        return app;
    }
}
