using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Stores;
using GraphApi.Knowledge.Stores.Embedded;
using GraphApi.Knowledge.Text;
using GraphApi.Knowledge.Visibility;

namespace GraphApi.Knowledge.Neo4j;

/// <summary>
/// Reads: fetch the records an operation consults, then answer with the embedded store's own logic over that partial
/// graph, so orders, ties, cursors and search scores are identical by construction. Every query compares each record's
/// <c>visibleFrom</c> with the scope's <c>$horizon</c>, so the partial graph holds only what the caller may read, and
/// <see cref="Readable{T}"/> leaves the hidden quotes and supporting claims out of the records that stay.
/// </summary>
public sealed partial class Neo4jKnowledgeStore
{
    public async Task<KnowledgeGraph> ExportGraphAsync(CancellationToken cancellationToken = default)
    {
        var all = ReadScope.Everything;
        var run = (await ReadAllAsync<StoredRun>("ImportRun", all, cancellationToken).ConfigureAwait(false)).FirstOrDefault();
        return new KnowledgeGraph
        {
            Entities = ById(await ReadAllAsync<Entity>("Entity", all, cancellationToken).ConfigureAwait(false), e => e.Id),
            Sources = ById(await ReadAllAsync<Source>("Source", all, cancellationToken).ConfigureAwait(false), s => s.Id),
            Claims = ById(await ReadAllAsync<Claim>("Claim", all, cancellationToken).ConfigureAwait(false), c => c.Id),
            Mentions = ById(await ReadAllAsync<Mention>("Mention", all, cancellationToken).ConfigureAwait(false), m => m.Id),
            Relationships = ById(await ReadAllAsync<Relationship>("Relationship", all, cancellationToken).ConfigureAwait(false), r => r.Id),
            Conflicts = ById(await ReadAllAsync<Conflict>("Conflict", all, cancellationToken).ConfigureAwait(false), c => c.Id),
            Corroborations = ById(await ReadAllAsync<Corroboration>("Corroboration", all, cancellationToken).ConfigureAwait(false), c => c.Id),
            Run = run?.Run ?? KnowledgeGraph.Empty.Run,
            Warnings = run?.Warnings ?? [],
        };
    }

    public async Task<ImportRun?> GetImportRunAsync(string runId, ReadScope scope, CancellationToken cancellationToken = default)
    {
        var run = (await ReadAllAsync<StoredRun>("ImportRun", scope, cancellationToken).ConfigureAwait(false)).FirstOrDefault()?.Run;
        if (run is null || run.Id != runId)
        {
            return null;
        }

        var files = (await ReadIdsAsync(CypherQueries.ReadableFiles, Parameters(scope), cancellationToken).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
        return GraphVisibility.WithoutHiddenFiles(run, files.Contains);
    }

    public async Task<IReadOnlyList<IGraphNode?>> GetNodesAsync(IReadOnlyList<string> ids, ReadScope scope, CancellationToken cancellationToken = default)
    {
        var rows = await ReadAsync(CypherQueries.NodesByKeys, Parameters(scope, "keys", ids.Distinct(StringComparer.Ordinal).Select(Key).ToList()), cancellationToken).ConfigureAwait(false);
        var found = new Dictionary<string, IGraphNode>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            IGraphNode? node = row["kind"] switch
            {
                "Entity" => Readable<Entity>(row, scope),
                "Claim" => Readable<Claim>(row, scope),
                "Source" => Readable<Source>(row, scope),
                _ => null,
            };
            if (node is not null)
            {
                found[node.Id] = node;
            }
        }

        return [.. ids.Select(id => found.GetValueOrDefault(id))];
    }

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string text, IReadOnlyCollection<NodeKind>? kinds, int first, ReadScope scope, CancellationToken cancellationToken = default)
    {
        var claims = kinds?.Contains(NodeKind.Claim) == true ? await ReadAllAsync<Claim>("Claim", scope, cancellationToken).ConfigureAwait(false) : [];
        var sources = kinds?.Contains(NodeKind.Source) == true ? await ReadAllAsync<Source>("Source", scope, cancellationToken).ConfigureAwait(false) : [];
        var partial = Partial(entities: await ReadAllAsync<Entity>("Entity", scope, cancellationToken).ConfigureAwait(false), claims: claims, sources: sources);
        return await partial.SearchAsync(text, kinds, first, ReadScope.Everything, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Page<Entity>> ListEntitiesAsync(EntityFilter filter, EntityOrder order, PageRequest page, ReadScope scope, CancellationToken cancellationToken = default)
    {
        page.Validate();
        IEnumerable<Entity> candidates = filter.Kind is { } kind
            ? await ReadJsonAsync<Entity>(CypherQueries.EntitiesOfKind, Parameters(scope, "kind", kind.ToString()), scope, cancellationToken).ConfigureAwait(false)
            : await ReadAllAsync<Entity>("Entity", scope, cancellationToken).ConfigureAwait(false);

        if (filter.SourceId is not null)
        {
            var inSource = (await ReadIdsAsync(CypherQueries.EntitiesMentionedInSource, Parameters(scope, "sourceId", filter.SourceId), cancellationToken).ConfigureAwait(false))
                .ToHashSet(StringComparer.Ordinal);
            candidates = candidates.Where(e => inSource.Contains(e.Id));
        }

        if (filter.HasConflicts is { } hasConflicts)
        {
            var conflicting = await ConflictingEntitiesAsync(scope, cancellationToken).ConfigureAwait(false);
            candidates = candidates.Where(e => conflicting.Contains(e.Id) == hasConflicts);
        }

        if (!string.IsNullOrWhiteSpace(filter.NameContains))
        {
            var needle = ArabicNormalizer.Fold(filter.NameContains.Trim());
            candidates = candidates.Where(e => e.AllNames().Any(n => ArabicNormalizer.Fold(n).Contains(needle, StringComparison.Ordinal)));
        }

        var counts = order == EntityOrder.MentionCount
            ? (await ReadAsync(CypherQueries.MentionCountsByEntity, Parameters(scope), cancellationToken).ConfigureAwait(false))
                .ToDictionary(r => (string)r["id"]!, r => Convert.ToInt32(r["count"], System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal)
            : [];
        var ordered = candidates
            .Select(e => (Entity: e, Cursor: new PageCursor(SortKeys.Entity(e, order, counts.GetValueOrDefault(e.Id)), e.Id)))
            .ToList();
        ordered.Sort((a, b) => a.Cursor.CompareTo(b.Cursor));
        var cursors = ordered.ToDictionary(p => p.Entity.Id, p => p.Cursor, StringComparer.Ordinal);
        return Paging.Apply([.. ordered.Select(p => p.Entity)], e => cursors[e.Id], page);
    }

    public async Task<Page<Claim>> ListClaimsAsync(ClaimFilter filter, ClaimOrder order, PageRequest page, ReadScope scope, CancellationToken cancellationToken = default)
    {
        var claims = await ReadAllAsync<Claim>("Claim", scope, cancellationToken).ConfigureAwait(false);
        var conflicts = filter.HasConflicts is null ? [] : await ReadAllAsync<Conflict>("Conflict", scope, cancellationToken).ConfigureAwait(false);
        var sources = await SourcesOfAsync(claims, scope, cancellationToken).ConfigureAwait(false);
        return await Partial(claims: claims, sources: sources, conflicts: conflicts).ListClaimsAsync(filter, order, page, ReadScope.Everything, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Page<Source>> ListSourcesAsync(SourceFilter filter, PageRequest page, ReadScope scope, CancellationToken cancellationToken = default)
    {
        var parameters = Parameters(scope, "outletId", filter.OutletId);
        parameters["language"] = filter.Language;
        IEnumerable<string> ids = await ReadIdsAsync(CypherQueries.SourceIds, parameters, cancellationToken).ConfigureAwait(false);
        if (filter.MentionsEntityId is not null)
        {
            var mentioning = (await ReadIdsAsync(CypherQueries.SourcesMentioningEntity, Parameters(scope, "entityId", filter.MentionsEntityId), cancellationToken).ConfigureAwait(false))
                .ToHashSet(StringComparer.Ordinal);
            ids = ids.Where(mentioning.Contains);
        }

        // Sources are ordered by id alone, so only the page's own records are fetched.
        var idPage = Paging.Apply([.. ids.Order(StringComparer.Ordinal)], id => new PageCursor(string.Empty, id), page);
        var nodes = await GetNodesAsync([.. idPage.Edges.Select(e => e.Node)], scope, cancellationToken).ConfigureAwait(false);
        return new Page<Source>(
            [.. idPage.Edges.Zip(nodes, (edge, node) => new PageEdge<Source>(edge.Cursor, (Source)node!))],
            idPage.TotalCount,
            idPage.HasNextPage,
            idPage.HasPreviousPage);
    }

    public async Task<IReadOnlyDictionary<string, Page<RelationshipEdge>>> GetRelationshipsAsync(IReadOnlyList<string> entityIds, IReadOnlyCollection<string>? types, RelationshipDirection direction, PageRequest page, ReadScope scope, CancellationToken cancellationToken = default)
    {
        var relationships = await ReadJsonAsync<Relationship>(CypherQueries.RelationshipsOfEntities, Parameters(scope, "ids", entityIds.ToList()), scope, cancellationToken).ConfigureAwait(false);
        return await Partial(relationships: relationships).GetRelationshipsAsync(entityIds, types, direction, page, ReadScope.Everything, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<PathHop>?> ShortestPathAsync(string fromId, string toId, int maxHops, ReadScope scope, CancellationToken cancellationToken = default)
    {
        var ends = (await GetNodesAsync([fromId, toId], scope, cancellationToken).ConfigureAwait(false)).OfType<IGraphNode>().ToList();
        var relationships = await ReadAllAsync<Relationship>("Relationship", scope, cancellationToken).ConfigureAwait(false);
        var partial = Partial(
            entities: ends.OfType<Entity>(),
            claims: ends.OfType<Claim>(),
            sources: ends.OfType<Source>(),
            relationships: relationships);
        return await partial.ShortestPathAsync(fromId, toId, maxHops, ReadScope.Everything, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyDictionary<string, Page<Mention>>> GetMentionsByEntityAsync(IReadOnlyList<string> entityIds, PageRequest page, ReadScope scope, CancellationToken cancellationToken = default)
    {
        var mentions = await ReadJsonAsync<Mention>(CypherQueries.MentionsByEntities, Parameters(scope, "ids", entityIds.ToList()), scope, cancellationToken).ConfigureAwait(false);
        return await Partial(mentions: mentions).GetMentionsByEntityAsync(entityIds, page, ReadScope.Everything, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyDictionary<string, Page<Mention>>> GetMentionsBySourceAsync(IReadOnlyList<string> sourceIds, PageRequest page, ReadScope scope, CancellationToken cancellationToken = default)
    {
        var mentions = await ReadJsonAsync<Mention>(CypherQueries.MentionsBySources, Parameters(scope, "ids", sourceIds.ToList()), scope, cancellationToken).ConfigureAwait(false);
        return await Partial(mentions: mentions).GetMentionsBySourceAsync(sourceIds, page, ReadScope.Everything, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyDictionary<string, Page<Claim>>> GetClaimsForEntitiesAsync(IReadOnlyList<string> entityIds, ClaimRole role, PageRequest page, ReadScope scope, CancellationToken cancellationToken = default)
    {
        var claims = await ReadJsonAsync<Claim>(CypherQueries.ClaimsOfEntities, Parameters(scope, "ids", entityIds.ToList()), scope, cancellationToken).ConfigureAwait(false);
        return await Partial(claims: claims).GetClaimsForEntitiesAsync(entityIds, role, page, ReadScope.Everything, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Page<Conflict>> GetConflictsAsync(PageRequest page, ReadScope scope, CancellationToken cancellationToken = default) =>
        await Partial(conflicts: await ReadAllAsync<Conflict>("Conflict", scope, cancellationToken).ConfigureAwait(false))
            .GetConflictsAsync(page, ReadScope.Everything, cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<Conflict>>> GetConflictsForClaimsAsync(IReadOnlyList<string> claimIds, ReadScope scope, CancellationToken cancellationToken = default)
    {
        var conflicts = await ReadJsonAsync<Conflict>(CypherQueries.ConflictsOfClaims, Parameters(scope, "ids", claimIds.ToList()), scope, cancellationToken).ConfigureAwait(false);
        return await Partial(conflicts: conflicts).GetConflictsForClaimsAsync(claimIds, ReadScope.Everything, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<Corroboration>>> GetCorroborationsAsync(IReadOnlyList<string> claimIds, ReadScope scope, CancellationToken cancellationToken = default)
    {
        var corroborations = await ReadJsonAsync<Corroboration>(CypherQueries.CorroborationsOfClaims, Parameters(scope, "ids", claimIds.ToList()), scope, cancellationToken).ConfigureAwait(false);
        return await Partial(corroborations: corroborations).GetCorroborationsAsync(claimIds, ReadScope.Everything, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Entities playing any role in a claim that takes part in a conflict, as the embedded index computes them.</summary>
    private async Task<HashSet<string>> ConflictingEntitiesAsync(ReadScope scope, CancellationToken cancellationToken)
    {
        var conflicts = await ReadAllAsync<Conflict>("Conflict", scope, cancellationToken).ConfigureAwait(false);
        var claimIds = conflicts.SelectMany(c => new[] { c.ClaimA, c.ClaimB }).Distinct(StringComparer.Ordinal).ToList();
        var claims = (await GetNodesAsync(claimIds, scope, cancellationToken).ConfigureAwait(false)).OfType<Claim>();
        return claims.SelectMany(c => c.EntityRoles().Select(r => r.EntityId)).ToHashSet(StringComparer.Ordinal);
    }

    private async Task<List<Source>> SourcesOfAsync(IEnumerable<Claim> claims, ReadScope scope, CancellationToken cancellationToken) =>
        [.. (await GetNodesAsync([.. claims.Select(c => c.SourceId).Distinct(StringComparer.Ordinal)], scope, cancellationToken).ConfigureAwait(false)).OfType<Source>()];

    private static EmbeddedKnowledgeStore Partial(
        IEnumerable<Entity>? entities = null,
        IEnumerable<Claim>? claims = null,
        IEnumerable<Source>? sources = null,
        IEnumerable<Mention>? mentions = null,
        IEnumerable<Relationship>? relationships = null,
        IEnumerable<Conflict>? conflicts = null,
        IEnumerable<Corroboration>? corroborations = null) =>
        new(KnowledgeGraph.Empty with
        {
            Entities = ById(entities ?? [], e => e.Id),
            Claims = ById(claims ?? [], c => c.Id),
            Sources = ById(sources ?? [], s => s.Id),
            Mentions = ById(mentions ?? [], m => m.Id),
            Relationships = ById(relationships ?? [], r => r.Id),
            Conflicts = ById(conflicts ?? [], c => c.Id),
            Corroborations = ById(corroborations ?? [], c => c.Id),
        });

    private static List<T> ById<T>(IEnumerable<T> items, Func<T, string> id) =>
        [.. items.DistinctBy(id, StringComparer.Ordinal).OrderBy(id, StringComparer.Ordinal)];
}
