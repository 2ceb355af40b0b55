using GraphApi.GraphQL.Execution;
using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Stores;

namespace GraphApi.Schema.Loading;

/// <summary>Entities reached over one kind of relationship, for the typed fields (subUnits, members, participants, …).</summary>
internal static partial class KnowledgeLoaders
{
    /// <summary>The entities at the other end of the entity's relationships of <paramref name="types"/>, distinct and ordered by id.</summary>
    public static async Task<IReadOnlyList<Entity>> Related(ResolveContext context, string entityId, string[] types, RelationshipDirection direction)
    {
        var page = await Relationships(context, entityId, types, direction, PageRequest.All).ConfigureAwait(false);
        var ids = (page?.Items ?? []).Select(e => e.OtherId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return [.. (await Nodes(context, ids).ConfigureAwait(false)).OfType<Entity>()];
    }
}
