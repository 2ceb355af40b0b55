using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Stores;

/// <summary>
/// The base of every store wrapper (instrumentation, counting, caching): each <see cref="IKnowledgeStore"/> call is
/// forwarded to the wrapped store through <see cref="InvokeAsync{T}"/>, which a wrapper overrides to act around it.
/// This is the one place a new store method is forwarded, so no wrapper can miss it.
/// </summary>
public abstract class KnowledgeStoreDecorator(IKnowledgeStore inner) : IKnowledgeStore
{
    /// <summary>The wrapped store.</summary>
    public IKnowledgeStore Inner { get; } = inner ?? throw new ArgumentNullException(nameof(inner));

    public Task<bool> IsReadyAsync(CancellationToken cancellationToken = default) =>
        InvokeAsync(nameof(IsReadyAsync), StoreCallKind.Maintenance, ct => Inner.IsReadyAsync(ct), cancellationToken);

    public Task<StoreHealth> GetHealthAsync(CancellationToken cancellationToken = default) =>
        InvokeAsync(nameof(GetHealthAsync), StoreCallKind.Maintenance, ct => Inner.GetHealthAsync(ct), cancellationToken);

    public Task ReplaceGraphAsync(KnowledgeGraph graph, CancellationToken cancellationToken = default) =>
        InvokeAsync(nameof(ReplaceGraphAsync), StoreCallKind.Maintenance, async ct =>
        {
            await Inner.ReplaceGraphAsync(graph, ct).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    public Task<KnowledgeGraph> ExportGraphAsync(CancellationToken cancellationToken = default) =>
        InvokeAsync(nameof(ExportGraphAsync), StoreCallKind.Maintenance, ct => Inner.ExportGraphAsync(ct), cancellationToken);

    public Task<ImportRun?> GetImportRunAsync(string runId, ReadScope scope, CancellationToken cancellationToken = default) =>
        InvokeAsync(nameof(GetImportRunAsync), StoreCallKind.Read, ct => Inner.GetImportRunAsync(runId, scope, ct), cancellationToken);

    public Task<IReadOnlyList<IGraphNode?>> GetNodesAsync(IReadOnlyList<string> ids, ReadScope scope, CancellationToken cancellationToken = default) =>
        InvokeAsync(nameof(GetNodesAsync), StoreCallKind.Read, ct => Inner.GetNodesAsync(ids, scope, ct), cancellationToken);

    public Task<IReadOnlyList<SearchHit>> SearchAsync(string text, IReadOnlyCollection<NodeKind>? kinds, int first, ReadScope scope, CancellationToken cancellationToken = default) =>
        InvokeAsync(nameof(SearchAsync), StoreCallKind.Read, ct => Inner.SearchAsync(text, kinds, first, scope, ct), cancellationToken);

    public Task<PassagePage> SearchPassagesAsync(string text, PassageFilter filter, PageRequest page, ReadScope scope, CancellationToken cancellationToken = default) =>
        InvokeAsync(nameof(SearchPassagesAsync), StoreCallKind.Read, ct => Inner.SearchPassagesAsync(text, filter, page, scope, ct), cancellationToken);

    public Task<Page<Entity>> ListEntitiesAsync(EntityFilter filter, EntityOrder order, PageRequest page, ReadScope scope, CancellationToken cancellationToken = default) =>
        InvokeAsync(nameof(ListEntitiesAsync), StoreCallKind.Read, ct => Inner.ListEntitiesAsync(filter, order, page, scope, ct), cancellationToken);

    public Task<Page<Claim>> ListClaimsAsync(ClaimFilter filter, ClaimOrder order, PageRequest page, ReadScope scope, CancellationToken cancellationToken = default) =>
        InvokeAsync(nameof(ListClaimsAsync), StoreCallKind.Read, ct => Inner.ListClaimsAsync(filter, order, page, scope, ct), cancellationToken);

    public Task<Page<Source>> ListSourcesAsync(SourceFilter filter, PageRequest page, ReadScope scope, CancellationToken cancellationToken = default) =>
        InvokeAsync(nameof(ListSourcesAsync), StoreCallKind.Read, ct => Inner.ListSourcesAsync(filter, page, scope, ct), cancellationToken);

    public Task<Page<Candidate>> ListCandidatesAsync(CandidateFilter filter, PageRequest page, ReadScope scope, CancellationToken cancellationToken = default) =>
        InvokeAsync(nameof(ListCandidatesAsync), StoreCallKind.Read, ct => Inner.ListCandidatesAsync(filter, page, scope, ct), cancellationToken);

    public Task<IReadOnlyDictionary<string, Page<RelationshipEdge>>> GetRelationshipsAsync(IReadOnlyList<string> entityIds, IReadOnlyCollection<string>? types, RelationshipDirection direction, PageRequest page, ReadScope scope, CancellationToken cancellationToken = default) =>
        InvokeAsync(nameof(GetRelationshipsAsync), StoreCallKind.Read, ct => Inner.GetRelationshipsAsync(entityIds, types, direction, page, scope, ct), cancellationToken);

    public Task<IReadOnlyList<PathHop>?> ShortestPathAsync(string fromId, string toId, int maxHops, ReadScope scope, CancellationToken cancellationToken = default) =>
        InvokeAsync(nameof(ShortestPathAsync), StoreCallKind.Read, ct => Inner.ShortestPathAsync(fromId, toId, maxHops, scope, ct), cancellationToken);

    public Task<IReadOnlyDictionary<string, Page<Mention>>> GetMentionsByEntityAsync(IReadOnlyList<string> entityIds, PageRequest page, ReadScope scope, CancellationToken cancellationToken = default) =>
        InvokeAsync(nameof(GetMentionsByEntityAsync), StoreCallKind.Read, ct => Inner.GetMentionsByEntityAsync(entityIds, page, scope, ct), cancellationToken);

    public Task<IReadOnlyDictionary<string, Page<Mention>>> GetMentionsBySourceAsync(IReadOnlyList<string> sourceIds, PageRequest page, ReadScope scope, CancellationToken cancellationToken = default) =>
        InvokeAsync(nameof(GetMentionsBySourceAsync), StoreCallKind.Read, ct => Inner.GetMentionsBySourceAsync(sourceIds, page, scope, ct), cancellationToken);

    public Task<IReadOnlyDictionary<string, Page<Claim>>> GetClaimsForEntitiesAsync(IReadOnlyList<string> entityIds, ClaimRole role, PageRequest page, ReadScope scope, CancellationToken cancellationToken = default) =>
        InvokeAsync(nameof(GetClaimsForEntitiesAsync), StoreCallKind.Read, ct => Inner.GetClaimsForEntitiesAsync(entityIds, role, page, scope, ct), cancellationToken);

    public Task<Page<Conflict>> GetConflictsAsync(PageRequest page, ReadScope scope, CancellationToken cancellationToken = default) =>
        InvokeAsync(nameof(GetConflictsAsync), StoreCallKind.Read, ct => Inner.GetConflictsAsync(page, scope, ct), cancellationToken);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Conflict>>> GetConflictsForClaimsAsync(IReadOnlyList<string> claimIds, ReadScope scope, CancellationToken cancellationToken = default) =>
        InvokeAsync(nameof(GetConflictsForClaimsAsync), StoreCallKind.Read, ct => Inner.GetConflictsForClaimsAsync(claimIds, scope, ct), cancellationToken);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Corroboration>>> GetCorroborationsAsync(IReadOnlyList<string> claimIds, ReadScope scope, CancellationToken cancellationToken = default) =>
        InvokeAsync(nameof(GetCorroborationsAsync), StoreCallKind.Read, ct => Inner.GetCorroborationsAsync(claimIds, scope, ct), cancellationToken);

    /// <summary>Runs one forwarded call; the base class just runs it.</summary>
    /// <param name="operation">The <see cref="IKnowledgeStore"/> method's name.</param>
    /// <param name="kind">Whether the call answers an API read or keeps the store (readiness, health, import, export).</param>
    /// <param name="call">The call on <see cref="Inner"/>, given the token to pass on (a wrapper may bound or replace the caller's).</param>
    /// <param name="cancellationToken">The caller's token.</param>
    protected virtual Task<T> InvokeAsync<T>(string operation, StoreCallKind kind, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        return call(cancellationToken);
    }
}
