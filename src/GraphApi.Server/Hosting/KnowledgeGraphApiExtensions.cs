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
            .Configure<IOptions<RequestProtectionOptions>>((options, protection) =>
            {
                // The endpoint bounds its own requests instead of the request-timeout middleware, which costs a linked
                // cancellation source, a timer and a request feature on every request (7-10 % of a {__typename}'s
                // throughput on one core, docs/performance.md) and duplicated the engine's own timeout. A body still
                // arriving after the request timeout gets 408 REQUEST_TIMEOUT; the execution stops at the shorter of
                // the two timeouts (EXECUTION_TIMEOUT); a slow reader of the answer is cut off by Kestrel's minimum
                // response rate.
                var requestTimeout = protection.Value.RequestTimeout;
                options.BodyTimeout = requestTimeout;
                if (options.Execution.Limits.Timeout is not { } execution || execution > requestTimeout)
                {
                    options.Execution = options.Execution with { Limits = options.Execution.Limits with { Timeout = requestTimeout } };
                }
            })
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

        app.MapGraphQL("/graphql").RequireRateLimiting(RequestProtectionExtensions.RateLimitPolicy).DisableRequestTimeout();
        return app;
    }
}
