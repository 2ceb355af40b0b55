using System.Diagnostics;
using GraphApi.GraphQL.Errors;
using SourceFilter = GraphApi.Knowledge.Stores.SourceFilter;
using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Stores;

namespace GraphApi.Server.Hosting;

/// <summary>
/// Wraps a store so that every call is counted and timed (<c>graphapi.store.calls</c>, <c>graphapi.store.duration</c>)
/// and traced as a span. For API requests, a <see cref="StoreUnavailableException"/> becomes a GraphQL error with the
/// code <see cref="StoreUnavailableCode"/> (no stack trace, no server address). <see cref="CallCount"/> lets tests prove that the API makes a bounded number of store calls.
/// </summary>
public sealed class InstrumentedKnowledgeStore(IKnowledgeStore inner) : IKnowledgeStore
{
    private long callCount;

    /// <summary>The <c>extensions.code</c> of the error a request gets while the store cannot be reached.</summary>
    public const string StoreUnavailableCode = "STORE_UNAVAILABLE";

    /// <summary>The number of store calls made so far through this wrapper.</summary>
    public long CallCount => Interlocked.Read(ref callCount);

    public IKnowledgeStore Inner => inner;

    public Task<bool> IsReadyAsync(CancellationToken cancellationToken)
        => MeasureAsync("IsReadyAsync", () => inner.IsReadyAsync(cancellationToken), forRequests: false);

    public Task<StoreHealth> GetHealthAsync(CancellationToken cancellationToken)
        => MeasureAsync("GetHealthAsync", () => inner.GetHealthAsync(cancellationToken), forRequests: false);

    public Task ReplaceGraphAsync(KnowledgeGraph graph, CancellationToken cancellationToken)
        => MeasureAsync("ReplaceGraphAsync", async () => { await inner.ReplaceGraphAsync(graph, cancellationToken).ConfigureAwait(false); return true; }, forRequests: false);

    public Task<KnowledgeGraph> ExportGraphAsync(CancellationToken cancellationToken)
        => MeasureAsync("ExportGraphAsync", () => inner.ExportGraphAsync(cancellationToken), forRequests: false);

    public Task<ImportRun?> GetImportRunAsync(string runId, ReadScope scope, CancellationToken cancellationToken)
        => MeasureAsync("GetImportRunAsync", () => inner.GetImportRunAsync(runId, scope, cancellationToken));

    public Task<IReadOnlyList<IGraphNode?>> GetNodesAsync(IReadOnlyList<string> ids, ReadScope scope, CancellationToken cancellationToken)
        => MeasureAsync("GetNodesAsync", () => inner.GetNodesAsync(ids, scope, cancellationToken));

    public Task<IReadOnlyList<SearchHit>> SearchAsync(string text, IReadOnlyCollection<NodeKind>? kinds, int first, ReadScope scope, CancellationToken cancellationToken)
        => MeasureAsync("SearchAsync", () => inner.SearchAsync(text, kinds, first, scope, cancellationToken));

    public Task<Page<Entity>> ListEntitiesAsync(EntityFilter filter, EntityOrder order, PageRequest page, ReadScope scope, CancellationToken cancellationToken)
        => MeasureAsync("ListEntitiesAsync", () => inner.ListEntitiesAsync(filter, order, page, scope, cancellationToken));

    public Task<Page<Claim>> ListClaimsAsync(ClaimFilter filter, ClaimOrder order, PageRequest page, ReadScope scope, CancellationToken cancellationToken)
        => MeasureAsync("ListClaimsAsync", () => inner.ListClaimsAsync(filter, order, page, scope, cancellationToken));

    public Task<Page<Source>> ListSourcesAsync(SourceFilter filter, PageRequest page, ReadScope scope, CancellationToken cancellationToken)
        => MeasureAsync("ListSourcesAsync", () => inner.ListSourcesAsync(filter, page, scope, cancellationToken));

    public Task<IReadOnlyDictionary<string, Page<RelationshipEdge>>> GetRelationshipsAsync(IReadOnlyList<string> entityIds, IReadOnlyCollection<string>? types, RelationshipDirection direction, PageRequest page, ReadScope scope, CancellationToken cancellationToken)
        => MeasureAsync("GetRelationshipsAsync", () => inner.GetRelationshipsAsync(entityIds, types, direction, page, scope, cancellationToken));

    public Task<IReadOnlyList<PathHop>?> ShortestPathAsync(string fromId, string toId, int maxHops, ReadScope scope, CancellationToken cancellationToken)
        => MeasureAsync("ShortestPathAsync", () => inner.ShortestPathAsync(fromId, toId, maxHops, scope, cancellationToken));

    public Task<IReadOnlyDictionary<string, Page<Mention>>> GetMentionsByEntityAsync(IReadOnlyList<string> entityIds, PageRequest page, ReadScope scope, CancellationToken cancellationToken)
        => MeasureAsync("GetMentionsByEntityAsync", () => inner.GetMentionsByEntityAsync(entityIds, page, scope, cancellationToken));

    public Task<IReadOnlyDictionary<string, Page<Mention>>> GetMentionsBySourceAsync(IReadOnlyList<string> sourceIds, PageRequest page, ReadScope scope, CancellationToken cancellationToken)
        => MeasureAsync("GetMentionsBySourceAsync", () => inner.GetMentionsBySourceAsync(sourceIds, page, scope, cancellationToken));

    public Task<IReadOnlyDictionary<string, Page<Claim>>> GetClaimsForEntitiesAsync(IReadOnlyList<string> entityIds, ClaimRole role, PageRequest page, ReadScope scope, CancellationToken cancellationToken)
        => MeasureAsync("GetClaimsForEntitiesAsync", () => inner.GetClaimsForEntitiesAsync(entityIds, role, page, scope, cancellationToken));

    public Task<Page<Conflict>> GetConflictsAsync(PageRequest page, ReadScope scope, CancellationToken cancellationToken)
        => MeasureAsync("GetConflictsAsync", () => inner.GetConflictsAsync(page, scope, cancellationToken));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Conflict>>> GetConflictsForClaimsAsync(IReadOnlyList<string> claimIds, ReadScope scope, CancellationToken cancellationToken)
        => MeasureAsync("GetConflictsForClaimsAsync", () => inner.GetConflictsForClaimsAsync(claimIds, scope, cancellationToken));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Corroboration>>> GetCorroborationsAsync(IReadOnlyList<string> claimIds, ReadScope scope, CancellationToken cancellationToken)
        => MeasureAsync("GetCorroborationsAsync", () => inner.GetCorroborationsAsync(claimIds, scope, cancellationToken));

    private async Task<T> MeasureAsync<T>(string operation, Func<Task<T>> call, bool forRequests = true)
    {
        Interlocked.Increment(ref callCount);
        var tag = new KeyValuePair<string, object?>("operation", operation);
        KnowledgeGraphTelemetry.StoreCalls.Add(1, tag);
        using var activity = KnowledgeGraphTelemetry.ActivitySource.StartActivity("store " + operation, ActivityKind.Client);
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (StoreUnavailableException e) when (forRequests)
        {
            // A clear, coded GraphQL error for the client; the cause (which may name the server) stays in the logs.
            activity?.SetStatus(ActivityStatusCode.Error, e.Message);
            throw new GraphQLException("The knowledge store is unavailable right now; try again shortly.", new Dictionary<string, object?> { ["code"] = StoreUnavailableCode }, e);
        }
        finally
        {
            KnowledgeGraphTelemetry.StoreCallDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, tag);
        }
    }
}
