using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GraphApi.GraphQL.AspNetCore;

/// <summary>Registers the GraphQL HTTP transport's services.</summary>
public static class GraphQLServiceCollectionExtensions
{
    /// <summary>
    /// Registers our engine over <paramref name="schema"/> behind <c>MapGraphQL</c>. <paramref name="configure"/> sets the
    /// transport options and, through <see cref="GraphQLServerOptions.Execution"/>, the engine's limits, validator and
    /// introspection switch.
    /// </summary>
    public static IServiceCollection AddGraphQLServer(
        this IServiceCollection services,
        GraphQLSchema schema,
        Action<GraphQLServerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(schema);
        var options = new GraphQLServerOptions();
        configure?.Invoke(options);
        var execution = options.IncludeExceptionDetails ? options.Execution with { DevelopmentMode = true } : options.Execution;

        // Every request is validated (§6.1 "Executing Requests" runs ValidateRequest first) unless the host chose a validator.
        if (execution.Validator is null)
        {
            execution = execution with { Validator = static (schema, document, maxErrors) => DocumentValidator.Validate(schema, document, maxErrors) };
        }

        var executor = new GraphQLEngineExecutor(new GraphQLExecutor(schema, execution), options.SchemaPrinter);
        return services.AddGraphQLServer(executor, configured => Copy(options, configured));
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
        var options = new GraphQLServerOptions();
        configure?.Invoke(options);
        services.AddSingleton(options);
        services.AddSingleton(executor);
        services.TryAddSingleton<BananaCakePopIde>();
        return services;
    }

    private static void Copy(GraphQLServerOptions from, GraphQLServerOptions to)
    {
        to.MaxRequestBodySize = from.MaxRequestBodySize;
        to.EnableIde = from.EnableIde;
        to.EnableSchemaDownload = from.EnableSchemaDownload;
        to.IncludeExceptionDetails = from.IncludeExceptionDetails;
        to.IdeTitle = from.IdeTitle;
        to.Execution = from.Execution;
        to.SchemaPrinter = from.SchemaPrinter;
        to.PersistedQueries = from.PersistedQueries;
        to.EnableETags = from.EnableETags;
        to.CachePartition = from.CachePartition;
    }
}
