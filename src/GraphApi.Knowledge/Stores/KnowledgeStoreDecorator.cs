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
        InvokeAsync(nameof(IsReadyAsync), StoreCallKind.Maintenance, () => Inner.IsReadyAsync(cancellationToken));

    public Task<StoreHealth> GetHealthAsync(CancellationToken cancellationToken = default) =>
        InvokeAsync(nameof(GetHealthAsync), StoreCallKind.Maintenance, () => Inner.GetHealthAsync(cancellationToken));

    public Task ReplaceGraphAsync(KnowledgeGraph graph, CancellationToken cancellationToken = default) =>
        InvokeAsync(nameof(ReplaceGraphAsync), StoreCallKind.Maintenance, async () =>
        {
            await Inner.ReplaceGraphAsync(graph, cancellationToken).ConfigureAwait(false);
            return true;
        });

    public Task<KnowledgeGraph> ExportGraphAsync(CancellationToken cancellationToken = default) =>
        InvokeAsync(nameof(ExportGraphAsync), StoreCallKind.Maintenance, () => Inner.ExportGraphAsync(cancellationToken));

    public Task<ImportRun?> GetImportRunAsync(string runId, ReadScope scope, CancellationToken cancellationToken = default) =>
        InvokeAsync(nameof(GetImportRunAsync), StoreCallKind.Read, () => Inner.GetImportRunAsync(runId, scope, cancellationToken));

    public Task<IReadOnlyList<IGraphNode?>> GetNodesAsync(IReadOnlyList<string> ids, ReadScope scope, CancellationToken cancellationToken = default) =>
        InvokeAsync(nameof(GetNodesAsync), StoreCallKind.Read, () => Inner.GetNodesAsync(ids, scope, cancellationToken));

    public Task<IReadOnlyList<SearchHit>> SearchAsync(string text, IReadOnlyCollection<NodeKind>? kinds, int first, ReadScope scope, CancellationToken cancellationToken = default) =>
        InvokeAsync(nameof(SearchAsync), StoreCallKind.Read, () => Inner.SearchAsync(text, kinds, first, scope, cancellationToken));

    public Task<PassagePage> SearchPassagesAsync(string text, PassageFilter filter, PageRequest page, ReadScope scope, CancellationToken cancellationToken = default) =>
        InvokeAsync(nameof(SearchPassagesAsync), StoreCallKind.Read, () => Inner.SearchPassagesAsync(text, filter, page, scope, cancellationToken));

    public Task<Page<Entity>> ListEntitiesAsync(EntityFilter filter, EntityOrder order, PageRequest page, ReadScope scope, CancellationToken cancellationToken = default) =>
        InvokeAsync(nameof(ListEntitiesAsync), StoreCallKind.Read, () => Inner.ListEntitiesAsync(filter, order, page, scope, cancellationToken));

    public Task<Page<Claim>> ListClaimsAsync(ClaimFilter filter, ClaimOrder order, PageRequest page, ReadScope scope, CancellationToken cancellationToken = default) =>
        InvokeAsync(nameof(ListClaimsAsync), StoreCallKind.Read, () => Inner.ListClaimsAsync(filter, order, page, scope, cancellationToken));

    public Task<Page<Source>> ListSourcesAsync(SourceFilter filter, PageRequest page, ReadScope scope, CancellationToken cancellationToken = default) =>
        InvokeAsync(nameof(ListSourcesAsync), StoreCallKind.Read, () => Inner.ListSourcesAsync(filter, page, scope, cancellationToken));

    public Task<IReadOnlyDictionary<string, Page<RelationshipEdge>>> GetRelationshipsAsync(IReadOnlyList<string> entityIds, IReadOnlyCollection<string>? types, RelationshipDirection direction, PageRequest page, ReadScope scope, CancellationToken cancellationToken = default) =>
        InvokeAsync(nameof(GetRelationshipsAsync), StoreCallKind.Read, () => Inner.GetRelationshipsAsync(entityIds, types, direction, page, scope, cancellationToken));

    public Task<IReadOnlyList<PathHop>?> ShortestPathAsync(string fromId, string toId, int maxHops, ReadScope scope, CancellationToken cancellationToken = default) =>
        InvokeAsync(nameof(ShortestPathAsync), StoreCallKind.Read, () => Inner.ShortestPathAsync(fromId, toId, maxHops, scope, cancellationToken));

    public Task<IReadOnlyDictionary<string, Page<Mention>>> GetMentionsByEntityAsync(IReadOnlyList<string> entityIds, PageRequest page, ReadScope scope, CancellationToken cancellationToken = default) =>
        InvokeAsync(nameof(GetMentionsByEntityAsync), StoreCallKind.Read, () => Inner.GetMentionsByEntityAsync(entityIds, page, scope, cancellationToken));

    public Task<IReadOnlyDictionary<string, Page<Mention>>> GetMentionsBySourceAsync(IReadOnlyList<string> sourceIds, PageRequest page, ReadScope scope, CancellationToken cancellationToken = default) =>
        InvokeAsync(nameof(GetMentionsBySourceAsync), StoreCallKind.Read, () => Inner.GetMentionsBySourceAsync(sourceIds, page, scope, cancellationToken));

    public Task<IReadOnlyDictionary<string, Page<Claim>>> GetClaimsForEntitiesAsync(IReadOnlyList<string> entityIds, ClaimRole role, PageRequest page, ReadScope scope, CancellationToken cancellationToken = default) =>
        InvokeAsync(nameof(GetClaimsForEntitiesAsync), StoreCallKind.Read, () => Inner.GetClaimsForEntitiesAsync(entityIds, role, page, scope, cancellationToken));

    public Task<Page<Conflict>> GetConflictsAsync(PageRequest page, ReadScope scope, CancellationToken cancellationToken = default) =>
        InvokeAsync(nameof(GetConflictsAsync), StoreCallKind.Read, () => Inner.GetConflictsAsync(page, scope, cancellationToken));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Conflict>>> GetConflictsForClaimsAsync(IReadOnlyList<string> claimIds, ReadScope scope, CancellationToken cancellationToken = default) =>
        InvokeAsync(nameof(GetConflictsForClaimsAsync), StoreCallKind.Read, () => Inner.GetConflictsForClaimsAsync(claimIds, scope, cancellationToken));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Corroboration>>> GetCorroborationsAsync(IReadOnlyList<string> claimIds, ReadScope scope, CancellationToken cancellationToken = default) =>
        InvokeAsync(nameof(GetCorroborationsAsync), StoreCallKind.Read, () => Inner.GetCorroborationsAsync(claimIds, scope, cancellationToken));

    /// <summary>Runs one forwarded call; the base class just runs it.</summary>
    /// <param name="operation">The <see cref="IKnowledgeStore"/> method's name.</param>
    /// <param name="kind">Whether the call answers an API read or keeps the store (readiness, health, import, export).</param>
    /// <param name="call">The call on <see cref="Inner"/>.</param>
    protected virtual Task<T> InvokeAsync<T>(string operation, StoreCallKind kind, Func<Task<T>> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return call();
    }
}
