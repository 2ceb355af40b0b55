using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Stores;
using GraphApi.Knowledge.Visibility;

namespace GraphApi.Knowledge.Neo4j;

/// <summary>
/// Reads that follow relationships from the nodes asked for: typed links, shortest paths, mentions, the claims an
/// entity plays a role in, and the conflicts and corroborations of claims. Batched reads page each id's list in one
/// query.
/// </summary>
public sealed partial class Neo4jKnowledgeStore
{
    public async Task<IReadOnlyDictionary<string, Page<RelationshipEdge>>> GetRelationshipsAsync(
        IReadOnlyList<string> entityIds, IReadOnlyCollection<string>? types, RelationshipDirection direction, PageRequest page, ReadScope scope, CancellationToken cancellationToken = default)
    {
        var q = await QueriesAsync(cancellationToken).ConfigureAwait(false);
        var parameters = Parameters(scope);
        parameters["types"] = types is { Count: > 0 } ? GraphModel.TypesOf(types) : null;
        parameters["direction"] = direction.ToString();
        parameters["separator"] = GraphModel.KeySeparator;

        // A forward page of every link walks the entities' relationship order (the page's links only); a filtered or
        // backward page sorts the entity's links in Cypher.
        var walk = parameters["types"] is null && direction == RelationshipDirection.Both && page.Last is null && page.Before is null;
        if (walk)
        {
            parameters["blockSize"] = (long)GraphModel.RelationshipBlockSize;
            parameters["blocks"] = page.First is { } first ? ((first + 1L + GraphModel.RelationshipBlockSize - 1) / GraphModel.RelationshipBlockSize) + 1 : null;
        }

        var relationships = await PagesAsync(walk ? q.RelationshipOrder.Forward : q.Reads.Relationships, entityIds, parameters, page, RowReader.Relationship, cancellationToken, RowReader.Entity).ConfigureAwait(false);
        return relationships.ToDictionary(
            p => p.Key,
            p => new Page<RelationshipEdge>(
                [.. p.Value.Edges.Select(e => new PageEdge<RelationshipEdge>(e.Cursor, Edge(e.Node, p.Key)))],
                p.Value.TotalCount,
                p.Value.HasNextPage,
                p.Value.HasPreviousPage) { Related = p.Value.Related },
            StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<PathHop>?> ShortestPathAsync(string fromId, string toId, int maxHops, ReadScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxHops, IKnowledgeStore.MaxPathHops);
        if (maxHops < 0)
        {
            return null;
        }

        if (fromId == toId)
        {
            return (await GetNodesAsync([fromId], scope, cancellationToken).ConfigureAwait(false))[0] is null ? null : [];
        }

        if (maxHops == 0)
        {
            return null;
        }

        var q = await QueriesAsync(cancellationToken).ConfigureAwait(false);
        var parameters = Parameters(scope);
        parameters["fromKey"] = Key(fromId);
        parameters["toKey"] = Key(toId);
        parameters["separator"] = GraphModel.KeySeparator;
        parameters["hopSeparator"] = HopSeparator;
        parameters["maxHops"] = (long)maxHops;
        var hops = await ReadAsync(q.Reads.Path, parameters, cancellationToken).ConfigureAwait(false);
        return hops.Count == 0
            ? null
            : [.. hops.Select(h => new PathHop((string)h["fromId"]!, (string)h["toId"]!, RowReader.Relationship(h["relationship"])))];
    }

    public async Task<IReadOnlyDictionary<string, Page<Mention>>> GetMentionsByEntityAsync(IReadOnlyList<string> entityIds, PageRequest page, ReadScope scope, CancellationToken cancellationToken = default)
    {
        var q = await QueriesAsync(cancellationToken).ConfigureAwait(false);
        var parameters = Parameters(scope, "separator", GraphModel.KeySeparator);
        if (page.Last is not null || page.Before is not null)
        {
            // Backward pages (not offered by the GraphQL schema) sort each entity's mentions in full. The sources come back
            // with the page, as in the forward walk.
            return await PagesAsync(q.Reads.MentionsOfEntities, entityIds, parameters, page, RowReader.Mention, cancellationToken, RowReader.Source).ConfigureAwait(false);
        }

        // Forward pages walk the entities' mention order (the page's sources only) for each entity whose mentions the
        // caller may all read; the query sorts the readable mentions of the others.
        CypherPaging.AddParameters(parameters, page);
        parameters["never"] = GraphVisibility.Never;
        var after = page.After is null ? (PageCursor?)null : PageCursor.Decode(page.After);
        parameters["afterSource"] = after?.SortKey.Split(GraphModel.KeySeparator)[0];
        parameters["sourcePrefix"] = Key(string.Empty);
        parameters["sourceTake"] = page.First is { } first ? first + 2L : int.MaxValue;
        parameters["blocks"] = page.First is { } count ? ((count + 2L + GraphModel.MentionBlockSize - 1) / GraphModel.MentionBlockSize) + 1 : null;
        parameters["keys"] = Keys(entityIds);
        var found = await ReadAsync(q.Reads.MentionsOfEntitiesForward, parameters, cancellationToken).ConfigureAwait(false);
        return CypherPaging.ToPages(found, entityIds.Select(id => (id, Key(id))), page, RowReader.Mention, RowReader.Source);
    }

    public async Task<IReadOnlyDictionary<string, Page<Mention>>> GetMentionsBySourceAsync(IReadOnlyList<string> sourceIds, PageRequest page, ReadScope scope, CancellationToken cancellationToken = default)
    {
        var q = await QueriesAsync(cancellationToken).ConfigureAwait(false);
        return await PagesAsync(q.Reads.MentionsInSources, sourceIds, Parameters(scope, "separator", GraphModel.KeySeparator), page, RowReader.Mention, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyDictionary<string, Page<Claim>>> GetClaimsForEntitiesAsync(IReadOnlyList<string> entityIds, ClaimRole role, PageRequest page, ReadScope scope, CancellationToken cancellationToken = default)
    {
        var q = await QueriesAsync(cancellationToken).ConfigureAwait(false);
        return await PagesAsync(q.Reads.ClaimsOfEntities, entityIds, Parameters(scope, "roleTypes", CypherQueries.RoleTypes(role)), page, RowReader.Claim, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Page<Conflict>> GetConflictsAsync(PageRequest page, ReadScope scope, CancellationToken cancellationToken = default)
    {
        var q = await QueriesAsync(cancellationToken).ConfigureAwait(false);
        return await PageAsync(q.Reads.Conflicts, Parameters(scope), page, RowReader.Conflict, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<Conflict>>> GetConflictsForClaimsAsync(IReadOnlyList<string> claimIds, ReadScope scope, CancellationToken cancellationToken = default)
    {
        var q = await QueriesAsync(cancellationToken).ConfigureAwait(false);
        return await ClaimLinksAsync(q.Reads.ConflictsOfClaims, claimIds, RowReader.Conflict, scope, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<Corroboration>>> GetCorroborationsAsync(IReadOnlyList<string> claimIds, ReadScope scope, CancellationToken cancellationToken = default)
    {
        var q = await QueriesAsync(cancellationToken).ConfigureAwait(false);
        return await ClaimLinksAsync(q.Reads.CorroborationsOfClaims, claimIds, RowReader.Corroboration, scope, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Separates the hops of a path's sort key; below <see cref="GraphModel.KeySeparator"/>, which separates the parts of one hop.</summary>
    private const string HopSeparator = "\u001d";

    private static RelationshipEdge Edge(Relationship relationship, string entityId) =>
        relationship.FromId == entityId
            ? new RelationshipEdge(relationship, entityId, relationship.ToId, RelationshipDirection.Outgoing)
            : new RelationshipEdge(relationship, entityId, relationship.FromId, RelationshipDirection.Incoming);

    private async Task<IReadOnlyDictionary<string, IReadOnlyList<T>>> ClaimLinksAsync<T>(string query, IReadOnlyList<string> claimIds, Func<object?, T> read, ReadScope scope, CancellationToken cancellationToken)
    {
        var found = await ReadAsync(query, Parameters(scope, "keys", Keys(claimIds)), cancellationToken).ConfigureAwait(false);
        var byKey = found.GroupBy(r => (string)r["owner"]!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<T>)[.. g.Select(r => read(r["link"]))], StringComparer.Ordinal);
        var result = new Dictionary<string, IReadOnlyList<T>>(StringComparer.Ordinal);
        foreach (var id in claimIds)
        {
            result.TryAdd(id, byKey.GetValueOrDefault(Key(id)) ?? []);
        }

        return result;
    }
}
