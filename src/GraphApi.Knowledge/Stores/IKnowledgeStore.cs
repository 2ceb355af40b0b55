using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Stores;

/// <summary>
/// The store contract the GraphQL API and the importer see. Operations are coarse and batched (one call serves
/// N parents, so a resolver layer can use data loaders and a request's store calls do not grow with its list
/// lengths). Every list has a documented order, with ties broken by id (ordinal), identical for every
/// implementation; paging uses opaque cursors that encode (sort key, id) — see <see cref="PageCursor"/> and
/// <see cref="Paging"/>. Batched results hold one entry per requested id, in a dictionary keyed by it.
/// <para>
/// Every read takes the caller's <see cref="ReadScope"/> and answers as if the records the scope may not read did not
/// exist (<see cref="Visibility.GraphVisibility"/>): they are in no list, count, cursor position, path or search hit,
/// an id of one reads as unknown, and readable records leave out their hidden parts. A new read must take a scope too.
/// </para>
/// </summary>
public interface IKnowledgeStore
{
    /// <summary>True once a graph has been loaded.</summary>
    Task<bool> IsReadyAsync(CancellationToken cancellationToken = default);

    Task<StoreHealth> GetHealthAsync(CancellationToken cancellationToken = default);

    /// <summary>Replaces the whole content with <paramref name="graph"/> atomically: readers see the old graph or the new one, never a mix.</summary>
    Task ReplaceGraphAsync(KnowledgeGraph graph, CancellationToken cancellationToken = default);

    /// <summary>The whole current content, unfiltered, for <c>CanonicalDump</c>, exports and comparisons; never for answering a caller.</summary>
    Task<KnowledgeGraph> ExportGraphAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The import run with this id when it generated the current graph, listing only the hashes of files readable in
    /// <paramref name="scope"/>; null otherwise (the graph was replaced since).
    /// </summary>
    Task<ImportRun?> GetImportRunAsync(string runId, ReadScope scope, CancellationToken cancellationToken = default);

    /// <summary>Entities, claims, sources and candidates by id, in the order asked; null for an unknown id.</summary>
    Task<IReadOnlyList<IGraphNode?>> GetNodesAsync(IReadOnlyList<string> ids, ReadScope scope, CancellationToken cancellationToken = default);

    /// <summary>
    /// Name search over entity names and aliases (and claim texts and source titles when those kinds are asked),
    /// Arabic and Latin, tolerant of diacritics, letter variants, proclitics and Latin transliterations. Every query
    /// word must meet a different word of one name: exactly, as the beginning of the name's last word (type-ahead), or,
    /// when query and name are single words, within a typo bound that grows with length. Claim texts and titles match
    /// whole words only. Scores lie in (0, 1]; 1 means the query is one of the names (docs/search.md). Ordered by score
    /// descending, then id. A query that matches nothing returns an empty list.
    /// </summary>
    /// <param name="kinds">Node kinds to search; null or empty means entities of every kind.</param>
    Task<IReadOnlyList<SearchHit>> SearchAsync(string text, IReadOnlyCollection<NodeKind>? kinds, int first, ReadScope scope, CancellationToken cancellationToken = default);

    /// <summary>
    /// Full-text search: the sentences of article bodies (never tickers or boilerplate) holding every word of
    /// <paramref name="text"/>, with the same Arabic folding as name search, and exact phrases in double quotes. Ordered
    /// by score descending (shorter sentences first), then source id, then start. Pages forward only (first, after).
    /// Only the texts of sources readable in <paramref name="scope"/> are searched, and scores are those of that view.
    /// </summary>
    Task<PassagePage> SearchPassagesAsync(string text, PassageFilter filter, PageRequest page, ReadScope scope, CancellationToken cancellationToken = default);

    /// <summary>Entities in <paramref name="order"/>.</summary>
    Task<Page<Entity>> ListEntitiesAsync(EntityFilter filter, EntityOrder order, PageRequest page, ReadScope scope, CancellationToken cancellationToken = default);

    /// <summary>Claims in <paramref name="order"/>.</summary>
    Task<Page<Claim>> ListClaimsAsync(ClaimFilter filter, ClaimOrder order, PageRequest page, ReadScope scope, CancellationToken cancellationToken = default);

    /// <summary>Sources ordered by id.</summary>
    Task<Page<Source>> ListSourcesAsync(SourceFilter filter, PageRequest page, ReadScope scope, CancellationToken cancellationToken = default);

    /// <summary>Candidate names found by extraction, waiting for review, ordered by id.</summary>
    Task<Page<Candidate>> ListCandidatesAsync(CandidateFilter filter, PageRequest page, ReadScope scope, CancellationToken cancellationToken = default);

    /// <summary>
    /// The relationships of each entity, ordered by type, then the other entity's id, then relationship id.
    /// A relationship from an entity to itself appears once.
    /// </summary>
    /// <param name="types">Relationship types to keep (holds-role, part-of, …); null or empty keeps all.</param>
    Task<IReadOnlyDictionary<string, Page<RelationshipEdge>>> GetRelationshipsAsync(IReadOnlyList<string> entityIds, IReadOnlyCollection<string>? types, RelationshipDirection direction, PageRequest page, ReadScope scope, CancellationToken cancellationToken = default);

    /// <summary>The longest path <see cref="ShortestPathAsync"/> looks for.</summary>
    const int MaxPathHops = 8;

    /// <summary>
    /// A shortest path between two entities over relationships walked in either direction, at most
    /// <paramref name="maxHops"/> long; null when there is none. Among equally short paths, the one whose hops
    /// come first in relationship order (type, other id, id) at each step.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxHops"/> is above <see cref="MaxPathHops"/>.</exception>
    Task<IReadOnlyList<PathHop>?> ShortestPathAsync(string fromId, string toId, int maxHops, ReadScope scope, CancellationToken cancellationToken = default);

    /// <summary>Mentions of each entity, ordered by source id, start, end, then mention id.</summary>
    Task<IReadOnlyDictionary<string, Page<Mention>>> GetMentionsByEntityAsync(IReadOnlyList<string> entityIds, PageRequest page, ReadScope scope, CancellationToken cancellationToken = default);

    /// <summary>Mentions in each source, ordered by start, end, entity id, then mention id.</summary>
    Task<IReadOnlyDictionary<string, Page<Mention>>> GetMentionsBySourceAsync(IReadOnlyList<string> sourceIds, PageRequest page, ReadScope scope, CancellationToken cancellationToken = default);

    /// <summary>Claims in which each entity plays <paramref name="role"/> (Any: any role), ordered by id.</summary>
    Task<IReadOnlyDictionary<string, Page<Claim>>> GetClaimsForEntitiesAsync(IReadOnlyList<string> entityIds, ClaimRole role, PageRequest page, ReadScope scope, CancellationToken cancellationToken = default);

    /// <summary>All conflicts, ordered by id.</summary>
    Task<Page<Conflict>> GetConflictsAsync(PageRequest page, ReadScope scope, CancellationToken cancellationToken = default);

    /// <summary>The conflicts each claim takes part in, ordered by id.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<Conflict>>> GetConflictsForClaimsAsync(IReadOnlyList<string> claimIds, ReadScope scope, CancellationToken cancellationToken = default);

    /// <summary>The corroborations each claim takes part in, ordered by id.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<Corroboration>>> GetCorroborationsAsync(IReadOnlyList<string> claimIds, ReadScope scope, CancellationToken cancellationToken = default);
}
