using GraphApi.GraphQL.Execution;
using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Stores;

namespace GraphApi.Schema.Loading;

/// <summary>Loads that the store contract has no batched operation for, built from the operations it has.</summary>
internal static partial class KnowledgeLoaders
{
    /// <summary>
    /// The claims read from each source, ordered by id. The contract only lists claims with one source filter, so a
    /// batch of one source asks for that source and a larger batch lists all claims once (ordered by source) and
    /// groups them: one store call per batch either way.
    /// </summary>
    public static Task<IReadOnlyList<Claim>?> ClaimsBySource(ResolveContext context, string sourceId) =>
        Loader<string, IReadOnlyList<Claim>>(context, "claimsBySource", async (ids, ct) =>
        {
            var store = KnowledgeStoreAccess.From(context);
            var filter = ids.Count == 1 ? new ClaimFilter(SourceId: ids[0]) : ClaimFilter.None;
            var page = await store.ListClaimsAsync(filter, ClaimOrder.Id, PageRequest.All with { WithRelated = false }, KnowledgeStoreAccess.Scope(context), ct).ConfigureAwait(false);
            var wanted = ids.ToHashSet(StringComparer.Ordinal);
            var bySource = ids.ToDictionary(id => id, _ => new List<Claim>(), StringComparer.Ordinal);
            foreach (var claim in page.Items.Where(c => wanted.Contains(c.SourceId)))
            {
                bySource[claim.SourceId].Add(claim);
            }

            return bySource.ToDictionary(p => p.Key, p => (IReadOnlyList<Claim>)p.Value, StringComparer.Ordinal);
        }).LoadAsync(sourceId);

    /// <summary>The import run that generated the graph, loaded once per request and only when a query selects it.</summary>
    public static Task<ImportRun?> ImportRun(ResolveContext context, string runId) =>
        Loader<string, ImportRun>(context, "importRun", async (ids, ct) =>
        {
            var store = KnowledgeStoreAccess.From(context);
            var scope = KnowledgeStoreAccess.Scope(context);
            var runs = new Dictionary<string, ImportRun>(StringComparer.Ordinal);
            foreach (var id in ids)
            {
                if (await store.GetImportRunAsync(id, scope, ct).ConfigureAwait(false) is { } run)
                {
                    runs[id] = run;
                }
            }

            return runs;
        }).LoadAsync(runId);

    /// <summary>The sources whose bodies mention each entity, ordered by source id, from the entity's mentions.</summary>
    public static async Task<IReadOnlyList<IGraphNode>> SourcesMentioning(ResolveContext context, string entityId)
    {
        var mentions = await MentionsByEntity(context, entityId, PageRequest.All).ConfigureAwait(false);
        var sourceIds = (mentions?.Items ?? []).Select(m => m.SourceId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return await Nodes(context, sourceIds).ConfigureAwait(false);
    }
}
