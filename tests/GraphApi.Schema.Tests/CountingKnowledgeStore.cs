using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Stores;

namespace GraphApi.Schema.Tests;

/// <summary>Counts every store call by operation, to prove that resolvers batch (no N+1).</summary>
internal sealed class CountingKnowledgeStore(IKnowledgeStore inner) : IKnowledgeStore
{
    private readonly Dictionary<string, int> calls = new(StringComparer.Ordinal);

    public int Total
    {
        get
        {
            lock (calls)
            {
                return calls.Values.Sum();
            }
        }
    }

    public IReadOnlyDictionary<string, int> Calls
    {
        get
        {
            lock (calls)
            {
                return new SortedDictionary<string, int>(calls, StringComparer.Ordinal);
            }
        }
    }

    public Task<bool> IsReadyAsync(CancellationToken cancellationToken = default) => Count(inner.IsReadyAsync(cancellationToken));

    public Task<StoreHealth> GetHealthAsync(CancellationToken cancellationToken = default) => Count(inner.GetHealthAsync(cancellationToken));

    public Task ReplaceGraphAsync(KnowledgeGraph graph, CancellationToken cancellationToken = default) => Count(inner.ReplaceGraphAsync(graph, cancellationToken));

    public Task<KnowledgeGraph> ExportGraphAsync(CancellationToken cancellationToken = default) => Count(inner.ExportGraphAsync(cancellationToken));

    public Task<IReadOnlyList<IGraphNode?>> GetNodesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken = default) => Count(inner.GetNodesAsync(ids, cancellationToken));

    public Task<IReadOnlyList<SearchHit>> SearchAsync(string text, IReadOnlyCollection<NodeKind>? kinds, int first, CancellationToken cancellationToken = default) => Count(inner.SearchAsync(text, kinds, first, cancellationToken));

    public Task<PassagePage> SearchPassagesAsync(string text, PassageFilter filter, PageRequest page, CancellationToken cancellationToken = default) => Count(inner.SearchPassagesAsync(text, filter, page, cancellationToken));

    public Task<Page<Entity>> ListEntitiesAsync(EntityFilter filter, EntityOrder order, PageRequest page, CancellationToken cancellationToken = default) => Count(inner.ListEntitiesAsync(filter, order, page, cancellationToken));

    public Task<Page<Claim>> ListClaimsAsync(ClaimFilter filter, ClaimOrder order, PageRequest page, CancellationToken cancellationToken = default) => Count(inner.ListClaimsAsync(filter, order, page, cancellationToken));

    public Task<Page<Source>> ListSourcesAsync(SourceFilter filter, PageRequest page, CancellationToken cancellationToken = default) => Count(inner.ListSourcesAsync(filter, page, cancellationToken));

    public Task<IReadOnlyDictionary<string, Page<RelationshipEdge>>> GetRelationshipsAsync(IReadOnlyList<string> entityIds, IReadOnlyCollection<string>? types, RelationshipDirection direction, PageRequest page, CancellationToken cancellationToken = default) =>
        Count(inner.GetRelationshipsAsync(entityIds, types, direction, page, cancellationToken));

    public Task<IReadOnlyList<PathHop>?> ShortestPathAsync(string fromId, string toId, int maxHops, CancellationToken cancellationToken = default) => Count(inner.ShortestPathAsync(fromId, toId, maxHops, cancellationToken));

    public Task<IReadOnlyDictionary<string, Page<Mention>>> GetMentionsByEntityAsync(IReadOnlyList<string> entityIds, PageRequest page, CancellationToken cancellationToken = default) => Count(inner.GetMentionsByEntityAsync(entityIds, page, cancellationToken));

    public Task<IReadOnlyDictionary<string, Page<Mention>>> GetMentionsBySourceAsync(IReadOnlyList<string> sourceIds, PageRequest page, CancellationToken cancellationToken = default) => Count(inner.GetMentionsBySourceAsync(sourceIds, page, cancellationToken));

    public Task<IReadOnlyDictionary<string, Page<Claim>>> GetClaimsForEntitiesAsync(IReadOnlyList<string> entityIds, ClaimRole role, PageRequest page, CancellationToken cancellationToken = default) => Count(inner.GetClaimsForEntitiesAsync(entityIds, role, page, cancellationToken));

    public Task<Page<Conflict>> GetConflictsAsync(PageRequest page, CancellationToken cancellationToken = default) => Count(inner.GetConflictsAsync(page, cancellationToken));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Conflict>>> GetConflictsForClaimsAsync(IReadOnlyList<string> claimIds, CancellationToken cancellationToken = default) => Count(inner.GetConflictsForClaimsAsync(claimIds, cancellationToken));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Corroboration>>> GetCorroborationsAsync(IReadOnlyList<string> claimIds, CancellationToken cancellationToken = default) => Count(inner.GetCorroborationsAsync(claimIds, cancellationToken));

    private T Count<T>(T result, [System.Runtime.CompilerServices.CallerMemberName] string operation = "")
    {
        lock (calls)
        {
            calls[operation] = calls.GetValueOrDefault(operation) + 1;
        }

        return result;
    }
}
