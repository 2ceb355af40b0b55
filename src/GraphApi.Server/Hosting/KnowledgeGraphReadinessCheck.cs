using GraphApi.Knowledge.Neo4j;
using GraphApi.Knowledge.Stores;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace GraphApi.Server.Hosting;

/// <summary>
/// Readiness: healthy only once the corpus has been imported (when the server imports on start) and the store
/// answers with a graph. A Neo4j store that cannot be reached reports unhealthy until it can, and one that does not
/// answer (a frozen server) within <see cref="KnowledgeGraphOptions.ReadinessTimeout"/> too: a load balancer must get
/// its 503 in time rather than a hanging probe. On Neo4j, the server is not ready either until its search indexes
/// have been built once from the partition (<see cref="ImportStampPoller"/>, in the background): no request meets that
/// first build (24.7 s at 10k articles). Rebuilds after later imports keep the old indexes serving and readiness 200.
/// </summary>
public sealed class KnowledgeGraphReadinessCheck(IKnowledgeStore store, CorpusImporter importer, IOptions<KnowledgeGraphOptions> options, IServiceProvider services) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (options.Value.ImportOnStart && importer.LastStatus == ImportStatus.NotStarted)
        {
            return HealthCheckResult.Unhealthy("the corpus is being imported");
        }

        StoreHealth health;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.Value.ReadinessTimeout);
        try
        {
            health = await store.GetHealthAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"the store did not answer within {options.Value.ReadinessTimeout.TotalSeconds:0.###} s");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("the store cannot be reached");
        }

        if (health.Ready && options.Value.IsNeo4j && !services.GetRequiredService<Neo4jKnowledgeStore>().SearchIndexesBuilt)
        {
            return HealthCheckResult.Unhealthy("the search indexes are being built from Neo4j");
        }

        return health.Ready
            ? HealthCheckResult.Healthy($"{health.Sources} sources, {health.Entities} entities, {health.Claims} claims")
            : HealthCheckResult.Unhealthy(health.Detail ?? "the store holds no graph");
    }
}
