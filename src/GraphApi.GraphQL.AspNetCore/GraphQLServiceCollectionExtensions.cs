using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GraphApi.GraphQL.AspNetCore;

/// <summary>Registers the GraphQL HTTP transport's services.</summary>
public static class GraphQLServiceCollectionExtensions
{
    /// <summary>
    /// Registers our engine over <paramref name="schema"/> behind <c>MapGraphQL</c>. The transport options are
    /// <see cref="IOptions{TOptions}"/> of <see cref="GraphQLServerOptions"/>: <paramref name="configure"/> sets them, and a host
    /// may add its own <c>services.AddOptions&lt;GraphQLServerOptions&gt;()</c> steps (binding configuration, for instance).
    /// The engine's limits, validator and introspection switch come from <see cref="GraphQLServerOptions.Execution"/>.
    /// </summary>
    public static IServiceCollection AddGraphQLServer(
        this IServiceCollection services,
        GraphQLSchema schema,
        Action<GraphQLServerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(schema);
        AddOptions(services, configure);
        services.TryAddSingleton<IGraphQLRequestExecutor>(provider => CreateEngine(schema, provider.GetRequiredService<IOptions<GraphQLServerOptions>>().Value));
        services.TryAddSingleton<BananaCakePopIde>();
        return services;
    }

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
        AddOptions(services, configure);
        services.AddSingleton(executor);
        services.TryAddSingleton<BananaCakePopIde>();
        return services;
    }

    private static void AddOptions(IServiceCollection services, Action<GraphQLServerOptions>? configure)
    {
        var options = services.AddOptions<GraphQLServerOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }
    }

    private static GraphQLEngineExecutor CreateEngine(GraphQLSchema schema, GraphQLServerOptions options)
    {
        var execution = options.IncludeExceptionDetails ? options.Execution with { DevelopmentMode = true } : options.Execution;

        // Every request is validated (§6.1 "Executing Requests" runs ValidateRequest first) unless the host chose a validator.
        if (execution.Validator is null)
        {
            execution = execution with { Validator = static (schema, document, maxErrors) => DocumentValidator.Validate(schema, document, maxErrors) };
        }

        return new GraphQLEngineExecutor(new GraphQLExecutor(schema, execution), options.SchemaPrinter);
    }
}
