using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Text;

namespace GraphApi.Knowledge.Stores.Embedded;

/// <summary>
/// The default, in-memory <see cref="IKnowledgeStore"/>. All reads go through one volatile reference to an
/// immutable <see cref="ScopedIndexes"/>; <see cref="ReplaceGraphAsync"/> builds the new indexes aside and swaps the
/// reference, so readers see the old graph or the new one and never a mix. Each read runs on the index of its
/// <see cref="ReadScope"/>'s view, which holds only what that scope may read.
/// </summary>
public sealed class EmbeddedKnowledgeStore : IKnowledgeStore
{
    private volatile ScopedIndexes? index;

    public EmbeddedKnowledgeStore()
    {
    }

    public EmbeddedKnowledgeStore(KnowledgeGraph graph) => index = new ScopedIndexes(graph);

    private ScopedIndexes Loaded => index ?? throw new InvalidOperationException("The knowledge store has no graph yet; import a corpus first.");

    public Task<bool> IsReadyAsync(CancellationToken cancellationToken = default) => Task.FromResult(index is not null);

    public Task<StoreHealth> GetHealthAsync(CancellationToken cancellationToken = default)
    {
        var current = index;
        if (current is null)
        {
            return Task.FromResult(new StoreHealth(false, null, null, 0, 0, 0, 0, 0, "no graph loaded"));
        }

        var g = current.Full.Graph;
        return Task.FromResult(new StoreHealth(true, g.Run.Id, g.Run.StartedAt, g.Entities.Count, g.Sources.Count, g.Claims.Count, g.Mentions.Count, g.Conflicts.Count));
    }

    public Task ReplaceGraphAsync(KnowledgeGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var built = new ScopedIndexes(graph);
        cancellationToken.ThrowIfCancellationRequested();
        index = built;
        return Task.CompletedTask;
    }

    public Task<KnowledgeGraph> ExportGraphAsync(CancellationToken cancellationToken = default) => Task.FromResult(Loaded.Full.Graph);

    public Task<ImportRun?> GetImportRunAsync(string runId, ReadScope scope, CancellationToken cancellationToken = default)
    {
        var run = Current(scope).Graph.Run;
        return Task.FromResult(run.Id == runId ? run : null);
    }

    public Task<IReadOnlyList<IGraphNode?>> GetNodesAsync(IReadOnlyList<string> ids, ReadScope scope, CancellationToken cancellationToken = default)
    {
        var current = Current(scope);
        return Task.FromResult<IReadOnlyList<IGraphNode?>>([.. ids.Select(id => current.Nodes.GetValueOrDefault(id))]);
    }

    public Task<IReadOnlyList<SearchHit>> SearchAsync(string text, IReadOnlyCollection<NodeKind>? kinds, int first, ReadScope scope, CancellationToken cancellationToken = default) =>
        Task.FromResult(Current(scope).Search.Search(text, kinds, first));

    public Task<PassagePage> SearchPassagesAsync(string text, PassageFilter filter, PageRequest page, ReadScope scope, CancellationToken cancellationToken = default)
    {
        var current = Current(scope);
        return Task.FromResult(current.Search.FindPassages(text, filter, page).ToPage(current.Sources));
    }

    public Task<Page<Entity>> ListEntitiesAsync(EntityFilter filter, EntityOrder order, PageRequest page, ReadScope scope, CancellationToken cancellationToken = default)
    {
        var current = Current(scope);
        IEnumerable<Entity> candidates = filter.Kind is { } kind
            ? current.EntitiesByKind.GetValueOrDefault(kind) ?? []
            : current.Graph.Entities;
        if (filter.SourceId is not null)
        {
            var inSource = current.EntitiesBySource.GetValueOrDefault(filter.SourceId) ?? new HashSet<string>();
            candidates = candidates.Where(e => inSource.Contains(e.Id));
        }

        if (filter.HasConflicts is { } hasConflicts)
        {
            candidates = candidates.Where(e => current.ConflictingEntities.Contains(e.Id) == hasConflicts);
        }

        if (!string.IsNullOrWhiteSpace(filter.NameContains))
        {
            var needle = ArabicNormalizer.Fold(filter.NameContains.Trim());
            candidates = candidates.Where(e => current.FoldedNames[e.Id].Any(n => n.Contains(needle, StringComparison.Ordinal)));
        }

        return Task.FromResult(Ordered(candidates, e => new PageCursor(SortKeys.Entity(e, order, current.MentionCount(e.Id)), e.Id), page));
    }

    public Task<Page<Claim>> ListClaimsAsync(ClaimFilter filter, ClaimOrder order, PageRequest page, ReadScope scope, CancellationToken cancellationToken = default)
    {
        var current = Current(scope);
        IEnumerable<Claim> candidates = filter switch
        {
            { EntityId: not null } => current.ClaimsFor(filter.EntityId, filter.Role),
            { SpeakerId: not null } => current.ClaimsFor(filter.SpeakerId, ClaimRole.Speaker),
            { SourceId: not null } => current.ClaimsBySource.GetValueOrDefault(filter.SourceId) ?? [],
            _ => current.Graph.Claims,
        };
        if (filter.Kind is { } kind)
        {
            candidates = candidates.Where(c => c.Kind == kind);
        }

        if (filter.Metric is not null)
        {
            candidates = candidates.Where(c => c.Quantity?.Metric == filter.Metric);
        }

        if (filter.SourceId is not null)
        {
            candidates = candidates.Where(c => c.SourceId == filter.SourceId);
        }

        if (filter.SpeakerId is not null)
        {
            candidates = candidates.Where(c => c.SpeakerId == filter.SpeakerId);
        }

        if (filter.HasConflicts is { } hasConflicts)
        {
            candidates = candidates.Where(c => current.ConflictsByClaim.ContainsKey(c.Id) == hasConflicts);
        }

        if (filter.AttributionKind is { } attribution)
        {
            candidates = candidates.Where(c => c.Attribution.Kind == attribution);
        }

        if (filter.Modality is { } modality)
        {
            candidates = candidates.Where(c => c.Modality == modality);
        }

        if (filter.Reviewed is { } reviewed)
        {
            candidates = candidates.Where(c => c.Reviewed == reviewed);
        }

        if (filter.DateFrom is not null || filter.DateTo is not null)
        {
            candidates = candidates.Where(c => IsoDateBounds.Contains(SortKeys.EffectiveDate(c, current.Sources.GetValueOrDefault(c.SourceId)), filter.DateFrom, filter.DateTo));
        }

        return Task.FromResult(Ordered(candidates, c => new PageCursor(SortKeys.Claim(c, order, current.Sources.GetValueOrDefault(c.SourceId)), c.Id), page));
    }

    public Task<Page<Source>> ListSourcesAsync(SourceFilter filter, PageRequest page, ReadScope scope, CancellationToken cancellationToken = default)
    {
        var current = Current(scope);
        IEnumerable<Source> candidates = filter.MentionsEntityId is not null
            ? (current.SourcesByEntity.GetValueOrDefault(filter.MentionsEntityId) ?? new HashSet<string>()).Select(id => current.Sources[id])
            : current.Graph.Sources;
        if (filter.OutletId is not null)
        {
            candidates = candidates.Where(s => s.OutletId == filter.OutletId);
        }

        if (filter.Language is not null)
        {
            candidates = candidates.Where(s => s.Language == filter.Language);
        }

        return Task.FromResult(Ordered(candidates, s => new PageCursor(string.Empty, s.Id), page));
    }

    public Task<Page<Candidate>> ListCandidatesAsync(CandidateFilter filter, PageRequest page, ReadScope scope, CancellationToken cancellationToken = default)
    {
        var current = Current(scope);
        IEnumerable<Candidate> candidates = filter.SourceId is not null
            ? current.CandidatesBySource.GetValueOrDefault(filter.SourceId) ?? []
            : current.Graph.Candidates;
        if (filter.Kind is { } kind)
        {
            candidates = candidates.Where(c => c.Kind == kind);
        }

        return Task.FromResult(Ordered(candidates, c => new PageCursor(string.Empty, c.Id), page));
    }

    public Task<IReadOnlyDictionary<string, Page<RelationshipEdge>>> GetRelationshipsAsync(IReadOnlyList<string> entityIds, IReadOnlyCollection<string>? types, RelationshipDirection direction, PageRequest page, ReadScope scope, CancellationToken cancellationToken = default)
    {
        var current = Current(scope);
        return Batch(entityIds, id =>
        {
            // Unfiltered, the pre-sorted list pages as it is, so a hub's first page costs the page, not the hub.
            var all = current.EdgesByEntity.GetValueOrDefault(id) ?? [];
            IReadOnlyList<RelationshipEdge> edges = direction == RelationshipDirection.Both && types is not { Count: > 0 }
                ? all
                : [.. all
                    .Where(e => direction == RelationshipDirection.Both || e.Direction == direction || e.Relationship.FromId == e.Relationship.ToId)
                    .Where(e => types is not { Count: > 0 } || types.Contains(e.Relationship.Type))];
            return Paging.Apply(edges, e => new PageCursor(SortKeys.Relationship(e), e.Relationship.Id), page);
        });
    }

    public Task<IReadOnlyList<PathHop>?> ShortestPathAsync(string fromId, string toId, int maxHops, ReadScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxHops, IKnowledgeStore.MaxPathHops);
        var current = Current(scope);
        if (!current.Nodes.ContainsKey(fromId) || !current.Nodes.ContainsKey(toId) || maxHops < 0)
        {
            return Task.FromResult<IReadOnlyList<PathHop>?>(null);
        }

        if (fromId == toId)
        {
            return Task.FromResult<IReadOnlyList<PathHop>?>([]);
        }

        // Breadth-first over edges in relationship order, so the first path found is the documented one.
        var previous = new Dictionary<string, PathHop>(StringComparer.Ordinal);
        var frontier = new List<string> { fromId };
        var seen = new HashSet<string>(StringComparer.Ordinal) { fromId };
        for (var depth = 0; depth < maxHops && frontier.Count > 0; depth++)
        {
            var next = new List<string>();
            foreach (var node in frontier)
            {
                foreach (var edge in current.EdgesByEntity.GetValueOrDefault(node) ?? [])
                {
                    if (!seen.Add(edge.OtherId))
                    {
                        continue;
                    }

                    previous[edge.OtherId] = new PathHop(node, edge.OtherId, edge.Relationship);
                    if (edge.OtherId == toId)
                    {
                        var hops = new List<PathHop>();
                        for (var at = toId; at != fromId; at = previous[at].FromId)
                        {
                            hops.Add(previous[at]);
                        }

                        hops.Reverse();
                        return Task.FromResult<IReadOnlyList<PathHop>?>(hops);
                    }

                    next.Add(edge.OtherId);
                }
            }

            frontier = next;
        }

        return Task.FromResult<IReadOnlyList<PathHop>?>(null);
    }

    public Task<IReadOnlyDictionary<string, Page<Mention>>> GetMentionsByEntityAsync(IReadOnlyList<string> entityIds, PageRequest page, ReadScope scope, CancellationToken cancellationToken = default)
    {
        var current = Current(scope);
        return Batch(entityIds, id => Paging.Apply(current.MentionsByEntity.GetValueOrDefault(id) ?? [], m => new PageCursor(SortKeys.MentionByEntity(m), m.Id), page));
    }

    public Task<IReadOnlyDictionary<string, Page<Mention>>> GetMentionsBySourceAsync(IReadOnlyList<string> sourceIds, PageRequest page, ReadScope scope, CancellationToken cancellationToken = default)
    {
        var current = Current(scope);
        return Batch(sourceIds, id => Paging.Apply(current.MentionsBySource.GetValueOrDefault(id) ?? [], m => new PageCursor(SortKeys.MentionBySource(m), m.Id), page));
    }

    public Task<IReadOnlyDictionary<string, Page<Claim>>> GetClaimsForEntitiesAsync(IReadOnlyList<string> entityIds, ClaimRole role, PageRequest page, ReadScope scope, CancellationToken cancellationToken = default)
    {
        var current = Current(scope);
        return Batch(entityIds, id => Paging.Apply(current.ClaimsFor(id, role), c => new PageCursor(string.Empty, c.Id), page));
    }

    public Task<Page<Conflict>> GetConflictsAsync(PageRequest page, ReadScope scope, CancellationToken cancellationToken = default) =>
        Task.FromResult(Paging.Apply(Current(scope).Graph.Conflicts, c => new PageCursor(string.Empty, c.Id), page));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Conflict>>> GetConflictsForClaimsAsync(IReadOnlyList<string> claimIds, ReadScope scope, CancellationToken cancellationToken = default)
    {
        var current = Current(scope);
        return Batch(claimIds, id => current.ConflictsByClaim.GetValueOrDefault(id) ?? []);
    }

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Corroboration>>> GetCorroborationsAsync(IReadOnlyList<string> claimIds, ReadScope scope, CancellationToken cancellationToken = default)
    {
        var current = Current(scope);
        return Batch(claimIds, id => current.CorroborationsByClaim.GetValueOrDefault(id) ?? []);
    }

    private KnowledgeIndex Current(ReadScope scope) => Loaded.For(scope);

    private static Page<T> Ordered<T>(IEnumerable<T> items, Func<T, PageCursor> cursorOf, PageRequest page)
    {
        var ordered = items.Select(i => (Item: i, Cursor: cursorOf(i))).ToList();
        ordered.Sort((a, b) => a.Cursor.CompareTo(b.Cursor));
        var cursors = ordered.ToDictionary(p => (object)p.Item!, p => p.Cursor, ReferenceEqualityComparer.Instance);
        return Paging.Apply([.. ordered.Select(p => p.Item)], i => cursors[i!], page);
    }

    private static Task<IReadOnlyDictionary<string, T>> Batch<T>(IReadOnlyList<string> ids, Func<string, T> load)
    {
        var result = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (!result.ContainsKey(id))
            {
                result[id] = load(id);
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, T>>(result);
    }
}
