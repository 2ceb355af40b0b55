using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Execution.DataLoader;
using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Stores;

namespace GraphApi.Schema.Loading;

/// <summary>
/// The request's data loaders, one per batched store operation. Resolvers of N parents queue N keys, and the
/// executor sends them as one store call per tree level, so store calls grow with query depth, never with list
/// length (no N+1). Non-key parameters (paging, role, types) are part of the loader name: siblings asking the same
/// thing share a batch, and different pages never mix.
/// </summary>
internal static partial class KnowledgeLoaders
{
    public static Task<IGraphNode?> Node(ResolveContext context, string id) => NodeLoader(context).LoadAsync(id);

    private static DataLoader<string, IGraphNode?> NodeLoader(ResolveContext context) =>
        Loader<string, IGraphNode?>(context, "nodes", async (ids, ct) =>
        {
            var nodes = await KnowledgeStoreAccess.From(context).GetNodesAsync(ids, KnowledgeStoreAccess.Scope(context), ct).ConfigureAwait(false);
            var byId = new Dictionary<string, IGraphNode?>(ids.Count, StringComparer.Ordinal);
            for (var i = 0; i < ids.Count; i++)
            {
                byId[ids[i]] = nodes[i];
            }

            return byId;
        });

    /// <summary>
    /// Hands the nodes a store read along with some pages (<see cref="Page{T}.Related"/>) to the node loader, so the
    /// fields that show them (a mention's source, a relationship's ends) cost no further read.
    /// </summary>
    private static IReadOnlyDictionary<string, Page<T>> KeepRelated<T>(ResolveContext context, IReadOnlyDictionary<string, Page<T>> pages)
    {
        foreach (var page in pages.Values)
        {
            KeepRelated(context, page);
        }

        return pages;
    }

    /// <summary>The same for one page (a top-level list).</summary>
    public static Page<T> KeepRelated<T>(ResolveContext context, Page<T> page)
    {
        var nodes = NodeLoader(context);
        foreach (var node in page.Related)
        {
            nodes.Prime(node.Id, node);
        }

        return page;
    }

    public static async Task<IReadOnlyList<IGraphNode>> Nodes(ResolveContext context, IEnumerable<string> ids)
    {
        var tasks = ids.Select(id => Node(context, id)).ToList();
        var nodes = await Task.WhenAll(tasks).ConfigureAwait(false);
        return [.. nodes.OfType<IGraphNode>()];
    }

    public static async Task<object?> NodeOrNull(ResolveContext context, string? id) =>
        id is null ? null : await Node(context, id).ConfigureAwait(false);

    public static Task<Page<Mention>?> MentionsByEntity(ResolveContext context, string entityId, PageRequest page) =>
        Loader<string, Page<Mention>>(
            context, $"mentionsByEntity|{Describe(page)}",
            async (ids, ct) => KeepRelated(context, await KnowledgeStoreAccess.From(context).GetMentionsByEntityAsync(ids, page, KnowledgeStoreAccess.Scope(context), ct).ConfigureAwait(false)))
        .LoadAsync(entityId);

    public static Task<Page<Mention>?> MentionsBySource(ResolveContext context, string sourceId, PageRequest page) =>
        Loader<string, Page<Mention>>(
            context, $"mentionsBySource|{Describe(page)}",
            async (ids, ct) => await KnowledgeStoreAccess.From(context).GetMentionsBySourceAsync(ids, page, KnowledgeStoreAccess.Scope(context), ct).ConfigureAwait(false))
        .LoadAsync(sourceId);

    public static Task<Page<Claim>?> ClaimsForEntity(ResolveContext context, string entityId, ClaimRole role, PageRequest page) =>
        Loader<string, Page<Claim>>(
            context, $"claimsForEntity|{role}|{Describe(page)}",
            async (ids, ct) => await KnowledgeStoreAccess.From(context).GetClaimsForEntitiesAsync(ids, role, page, KnowledgeStoreAccess.Scope(context), ct).ConfigureAwait(false))
        .LoadAsync(entityId);

    public static Task<Page<RelationshipEdge>?> Relationships(ResolveContext context, string entityId, IReadOnlyCollection<string>? types, RelationshipDirection direction, PageRequest page) =>
        Loader<string, Page<RelationshipEdge>>(
            context, $"relationships|{string.Join(',', types ?? [])}|{direction}|{Describe(page)}",
            async (ids, ct) => KeepRelated(context, await KnowledgeStoreAccess.From(context).GetRelationshipsAsync(ids, types, direction, page, KnowledgeStoreAccess.Scope(context), ct).ConfigureAwait(false)))
        .LoadAsync(entityId);

    public static Task<IReadOnlyList<Conflict>?> ConflictsForClaim(ResolveContext context, string claimId) =>
        Loader<string, IReadOnlyList<Conflict>>(
            context, "conflictsForClaims",
            async (ids, ct) => await KnowledgeStoreAccess.From(context).GetConflictsForClaimsAsync(ids, KnowledgeStoreAccess.Scope(context), ct).ConfigureAwait(false))
        .LoadAsync(claimId);

    public static Task<IReadOnlyList<Corroboration>?> CorroborationsForClaim(ResolveContext context, string claimId) =>
        Loader<string, IReadOnlyList<Corroboration>>(
            context, "corroborations",
            async (ids, ct) => await KnowledgeStoreAccess.From(context).GetCorroborationsAsync(ids, KnowledgeStoreAccess.Scope(context), ct).ConfigureAwait(false))
        .LoadAsync(claimId);

    /// <summary>
    /// The request's loader <paramref name="name"/>. Each dispatch of the request's loads opens a <see cref="ReadBatch"/>,
    /// so a store that can send several reads in one round trip gets every read of one level of the query at once.
    /// </summary>
    private static DataLoader<TKey, TValue> Loader<TKey, TValue>(
        ResolveContext context, string name, Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<IReadOnlyDictionary<TKey, TValue>>> batch)
        where TKey : notnull
    {
        context.DataLoaders.DispatchWindow ??= ReadBatch.Open;
        return context.DataLoader(name, batch);
    }

    private static string Describe(PageRequest page) => $"{page.First}|{page.After}|{page.Last}|{page.Before}|{page.WithRelated}";
}
