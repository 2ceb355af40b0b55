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

    public Task<ImportRun?> GetImportRunAsync(string runId, ReadScope scope, CancellationToken cancellationToken = default) => Count(inner.GetImportRunAsync(runId, scope, cancellationToken));

    public Task<IReadOnlyList<IGraphNode?>> GetNodesAsync(IReadOnlyList<string> ids, ReadScope scope, CancellationToken cancellationToken = default) => Count(inner.GetNodesAsync(ids, scope, cancellationToken));

    public Task<IReadOnlyList<SearchHit>> SearchAsync(string text, IReadOnlyCollection<NodeKind>? kinds, int first, ReadScope scope, CancellationToken cancellationToken = default) => Count(inner.SearchAsync(text, kinds, first, scope, cancellationToken));

    public Task<Page<Entity>> ListEntitiesAsync(EntityFilter filter, EntityOrder order, PageRequest page, ReadScope scope, CancellationToken cancellationToken = default) => Count(inner.ListEntitiesAsync(filter, order, page, scope, cancellationToken));

    public Task<Page<Claim>> ListClaimsAsync(ClaimFilter filter, ClaimOrder order, PageRequest page, ReadScope scope, CancellationToken cancellationToken = default) => Count(inner.ListClaimsAsync(filter, order, page, scope, cancellationToken));

    public Task<Page<Source>> ListSourcesAsync(SourceFilter filter, PageRequest page, ReadScope scope, CancellationToken cancellationToken = default) => Count(inner.ListSourcesAsync(filter, page, scope, cancellationToken));

    public Task<IReadOnlyDictionary<string, Page<RelationshipEdge>>> GetRelationshipsAsync(IReadOnlyList<string> entityIds, IReadOnlyCollection<string>? types, RelationshipDirection direction, PageRequest page, ReadScope scope, CancellationToken cancellationToken = default) =>
        Count(inner.GetRelationshipsAsync(entityIds, types, direction, page, scope, cancellationToken));

    public Task<IReadOnlyList<PathHop>?> ShortestPathAsync(string fromId, string toId, int maxHops, ReadScope scope, CancellationToken cancellationToken = default) => Count(inner.ShortestPathAsync(fromId, toId, maxHops, scope, cancellationToken));

    public Task<IReadOnlyDictionary<string, Page<Mention>>> GetMentionsByEntityAsync(IReadOnlyList<string> entityIds, PageRequest page, ReadScope scope, CancellationToken cancellationToken = default) => Count(inner.GetMentionsByEntityAsync(entityIds, page, scope, cancellationToken));

    public Task<IReadOnlyDictionary<string, Page<Mention>>> GetMentionsBySourceAsync(IReadOnlyList<string> sourceIds, PageRequest page, ReadScope scope, CancellationToken cancellationToken = default) => Count(inner.GetMentionsBySourceAsync(sourceIds, page, scope, cancellationToken));

    public Task<IReadOnlyDictionary<string, Page<Claim>>> GetClaimsForEntitiesAsync(IReadOnlyList<string> entityIds, ClaimRole role, PageRequest page, ReadScope scope, CancellationToken cancellationToken = default) => Count(inner.GetClaimsForEntitiesAsync(entityIds, role, page, scope, cancellationToken));

    public Task<Page<Conflict>> GetConflictsAsync(PageRequest page, ReadScope scope, CancellationToken cancellationToken = default) => Count(inner.GetConflictsAsync(page, scope, cancellationToken));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Conflict>>> GetConflictsForClaimsAsync(IReadOnlyList<string> claimIds, ReadScope scope, CancellationToken cancellationToken = default) => Count(inner.GetConflictsForClaimsAsync(claimIds, scope, cancellationToken));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Corroboration>>> GetCorroborationsAsync(IReadOnlyList<string> claimIds, ReadScope scope, CancellationToken cancellationToken = default) => Count(inner.GetCorroborationsAsync(claimIds, scope, cancellationToken));

    private T Count<T>(T result, [System.Runtime.CompilerServices.CallerMemberName] string operation = "")
    {
        lock (calls)
        {
            calls[operation] = calls.GetValueOrDefault(operation) + 1;
        }

        return result;
    }
}
