using GraphApi.Knowledge.Neo4j;
using GraphApi.Knowledge.Stores;
using GraphApi.Knowledge.Stores.Embedded;

namespace GraphApi.Server.Hosting;

/// <summary>Registers and maps the knowledge-graph server's parts, so that <c>Program.cs</c> stays a screen long.</summary>
public static class KnowledgeGraphHostingExtensions
{
    /// <summary>The store chosen by configuration, the corpus importer and its watcher, health checks and telemetry.</summary>
    public static WebApplicationBuilder AddKnowledgeGraph(this WebApplicationBuilder builder)
    {
        builder.Configuration.AddGraphApiEnvironmentVariables();
        var section = builder.Configuration.GetSection(KnowledgeGraphOptions.SectionName);
        builder.Services.Configure<KnowledgeGraphOptions>(section);
        var options = section.Get<KnowledgeGraphOptions>() ?? new KnowledgeGraphOptions();

        if (options.IsNeo4j)
        {
            var neo4j = Neo4jSettings.From(builder.Configuration);
            builder.Services.AddSingleton(sp => Neo4jKnowledgeStore.Connect(neo4j.Store, neo4j.Driver, sp.GetRequiredService<ILogger<Neo4jKnowledgeStore>>()));
            builder.Services.AddSingleton<IKnowledgeStore>(sp => new InstrumentedKnowledgeStore(sp.GetRequiredService<Neo4jKnowledgeStore>()));
            builder.Services.AddOptions<Neo4jHostingOptions>().BindConfiguration(Neo4jSettings.SectionName);
            builder.Services.AddHostedService<ImportStampPoller>();
        }
        else if (string.Equals(options.Store, "embedded", StringComparison.OrdinalIgnoreCase))
        {
            builder.Services.AddSingleton<EmbeddedKnowledgeStore>();
            builder.Services.AddSingleton<IKnowledgeStore>(sp => new InstrumentedKnowledgeStore(sp.GetRequiredService<EmbeddedKnowledgeStore>()));
        }
        else
        {
            throw new InvalidOperationException($"GRAPHAPI_STORE (GraphApi:Store) is '{options.Store}'; use 'embedded' (the default) or 'neo4j'.");
        }

        builder.Services.AddSingleton<CorpusImporter>();
        builder.Services.AddHostedService<CorpusImportService>();
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
