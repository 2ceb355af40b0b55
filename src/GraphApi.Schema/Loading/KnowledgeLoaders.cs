using GraphApi.GraphQL.Execution;
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
    public static Task<IGraphNode?> Node(ResolveContext context, string id) =>
        context.DataLoader<string, IGraphNode?>("nodes", async (ids, ct) =>
        {
            var nodes = await KnowledgeStoreAccess.From(context).GetNodesAsync(ids, KnowledgeStoreAccess.Scope(context), ct).ConfigureAwait(false);
            var byId = new Dictionary<string, IGraphNode?>(ids.Count, StringComparer.Ordinal);
            for (var i = 0; i < ids.Count; i++)
            {
                byId[ids[i]] = nodes[i];
            }

            return byId;
        }).LoadAsync(id);

    public static async Task<IReadOnlyList<IGraphNode>> Nodes(ResolveContext context, IEnumerable<string> ids)
    {
        var tasks = ids.Select(id => Node(context, id)).ToList();
        var nodes = await Task.WhenAll(tasks).ConfigureAwait(false);
        return [.. nodes.OfType<IGraphNode>()];
    }

    public static async Task<object?> NodeOrNull(ResolveContext context, string? id) =>
        id is null ? null : await Node(context, id).ConfigureAwait(false);

    public static Task<Page<Mention>?> MentionsByEntity(ResolveContext context, string entityId, PageRequest page) =>
        context.DataLoader<string, Page<Mention>>(
            $"mentionsByEntity|{Describe(page)}",
            async (ids, ct) => await KnowledgeStoreAccess.From(context).GetMentionsByEntityAsync(ids, page, KnowledgeStoreAccess.Scope(context), ct).ConfigureAwait(false))
        .LoadAsync(entityId);

    public static Task<Page<Mention>?> MentionsBySource(ResolveContext context, string sourceId, PageRequest page) =>
        context.DataLoader<string, Page<Mention>>(
            $"mentionsBySource|{Describe(page)}",
            async (ids, ct) => await KnowledgeStoreAccess.From(context).GetMentionsBySourceAsync(ids, page, KnowledgeStoreAccess.Scope(context), ct).ConfigureAwait(false))
        .LoadAsync(sourceId);

    public static Task<Page<Claim>?> ClaimsForEntity(ResolveContext context, string entityId, ClaimRole role, PageRequest page) =>
        context.DataLoader<string, Page<Claim>>(
            $"claimsForEntity|{role}|{Describe(page)}",
            async (ids, ct) => await KnowledgeStoreAccess.From(context).GetClaimsForEntitiesAsync(ids, role, page, KnowledgeStoreAccess.Scope(context), ct).ConfigureAwait(false))
        .LoadAsync(entityId);

    public static Task<Page<RelationshipEdge>?> Relationships(ResolveContext context, string entityId, IReadOnlyCollection<string>? types, RelationshipDirection direction, PageRequest page) =>
        context.DataLoader<string, Page<RelationshipEdge>>(
            $"relationships|{string.Join(',', types ?? [])}|{direction}|{Describe(page)}",
            async (ids, ct) => await KnowledgeStoreAccess.From(context).GetRelationshipsAsync(ids, types, direction, page, KnowledgeStoreAccess.Scope(context), ct).ConfigureAwait(false))
        .LoadAsync(entityId);

    public static Task<IReadOnlyList<Conflict>?> ConflictsForClaim(ResolveContext context, string claimId) =>
        context.DataLoader<string, IReadOnlyList<Conflict>>(
            "conflictsForClaims",
            async (ids, ct) => await KnowledgeStoreAccess.From(context).GetConflictsForClaimsAsync(ids, KnowledgeStoreAccess.Scope(context), ct).ConfigureAwait(false))
        .LoadAsync(claimId);

    public static Task<IReadOnlyList<Corroboration>?> CorroborationsForClaim(ResolveContext context, string claimId) =>
        context.DataLoader<string, IReadOnlyList<Corroboration>>(
            "corroborations",
            async (ids, ct) => await KnowledgeStoreAccess.From(context).GetCorroborationsAsync(ids, KnowledgeStoreAccess.Scope(context), ct).ConfigureAwait(false))
        .LoadAsync(claimId);

    private static string Describe(PageRequest page) => $"{page.First}|{page.After}|{page.Last}|{page.Before}";
}
