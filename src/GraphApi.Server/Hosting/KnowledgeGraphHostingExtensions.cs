using GraphApi.Knowledge.Neo4j;
using GraphApi.Knowledge.Stores;
using GraphApi.Knowledge.Stores.Embedded;
using Microsoft.Extensions.Options;

namespace GraphApi.Server.Hosting;

/// <summary>Registers and maps the knowledge-graph server's parts, so that <c>Program.cs</c> stays a screen long.</summary>
public static class KnowledgeGraphHostingExtensions
{
    /// <summary>The store chosen by configuration, the corpus importer and its watcher, health checks and telemetry.</summary>
    public static WebApplicationBuilder AddKnowledgeGraph(this WebApplicationBuilder builder)
    {
        builder.Configuration.AddGraphApiEnvironmentVariables();
        builder.Services.AddOptions<KnowledgeGraphOptions>().BindConfiguration(KnowledgeGraphOptions.SectionName)
            .Validate(o => o.IsNeo4j || o.IsEmbedded, "GRAPHAPI_STORE (GraphApi:Store) must be 'embedded' (the default) or 'neo4j'.")
            .ValidateOnStart();
        builder.Services.AddOptions<Neo4jOptions>().BindConfiguration(Neo4jOptions.SectionName);

        // Both stores are registered; the one the options name is built, on first use.
        builder.Services.AddSingleton(sp =>
        {
            var neo4j = Neo4jSettings.From(sp.GetRequiredService<IOptions<Neo4jOptions>>().Value);
            return Neo4jKnowledgeStore.Connect(neo4j.Store, neo4j.Driver, sp.GetRequiredService<ILogger<Neo4jKnowledgeStore>>());
        });
        builder.Services.AddSingleton<EmbeddedKnowledgeStore>();
        builder.Services.AddSingleton<IKnowledgeStore>(sp => new InstrumentedKnowledgeStore(
            sp.GetRequiredService<IOptions<KnowledgeGraphOptions>>().Value.IsNeo4j
                ? sp.GetRequiredService<Neo4jKnowledgeStore>()
                : sp.GetRequiredService<EmbeddedKnowledgeStore>()));

        builder.Services.AddSingleton<CorpusImporter>();
        builder.Services.AddHostedService<CorpusImportService>();
        builder.Services.AddHostedService<ImportStampPoller>();
        builder.Services.AddHealthChecks().AddCheck<KnowledgeGraphReadinessCheck>("knowledge-graph", tags: ["ready"]);
        builder.AddKnowledgeGraphTelemetry();
        return builder;
    }

    /// <summary>Liveness, readiness and the admin endpoint.</summary>
    public static WebApplication MapKnowledgeGraph(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains("ready") });
        app.MapAdminEndpoints();
        return app;
    }
}
