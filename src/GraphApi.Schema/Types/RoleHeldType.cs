using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;
using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Stores;
using GraphApi.Schema.Loading;

namespace GraphApi.Schema.Types;

/// <summary>
/// <c>RoleHeld</c>: one title at one entity, grouped from the person's holds-role claims (the same title from two
/// sources is one role with two claims; two titles are two roles, side by side, with their conflicts).
/// </summary>
internal static class RoleHeldType
{
    public const string HoldsRole = "holds-role";

    public static ObjectType Create() => new ObjectType("RoleHeld", "A role or title a person holds, as the sources give it.")
        .Field("id", ScalarType.ID.AsNonNull(), c => Of(c).Id, description: "role/<person id>/<institution id>/<title slug>; a second role with the same title at the same institution (another period) adds /<its first claim id>.")
        .Field("title", ScalarType.String, c => Of(c).Title, description: "The title in English, as the source gives it.")
        .Field("titleAr", ScalarType.String, c => Of(c).TitleAr, description: "The title in the source's Arabic.")
        .Field("institution", new TypeReference("Entity"), resolveAsync: async c => await KnowledgeLoaders.NodeOrNull(c, Of(c).InstitutionId).ConfigureAwait(false), description: "Where the role is held (an institution, or a country for an ambassador).")
        .Field("period", new TypeReference("Period"), c => Period.Of(Of(c).PeriodFrom, Of(c).PeriodTo))
        .Field("claims", new TypeReference("Claim").AsNonNull().AsList().AsNonNull(), c => Of(c).Claims, description: "The holds-role claims giving this title, ordered by id.")
        .Field("sources", new TypeReference("Source").AsNonNull().AsList().AsNonNull(), resolveAsync: async c =>
            await KnowledgeLoaders.Nodes(c, Of(c).Claims.Select(x => x.SourceId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)).ConfigureAwait(false),
            description: "The sources giving this title, ordered by id.")
        .Field("conflicts", new TypeReference("Conflict").AsNonNull().AsList().AsNonNull(), resolveAsync: async c =>
        {
            var lists = await Task.WhenAll(Of(c).Claims.Select(x => KnowledgeLoaders.ConflictsForClaim(c, x.Id))).ConfigureAwait(false);
            return lists.SelectMany(l => l ?? []).DistinctBy(x => x.Id).OrderBy(x => x.Id, StringComparer.Ordinal).ToList();
        }, description: "Contradictions involving these claims (for example another source's different title), ordered by id.");

    /// <summary>Person.roles: the person's subject claims with predicate holds-role, grouped by entity, title and period.</summary>
    public static async ValueTask<object?> ResolveRolesAsync(ResolveContext context)
    {
        var person = (Entity)context.Source!;
        var claims = await KnowledgeLoaders.ClaimsForEntity(context, person.Id, ClaimRole.Subject, PageRequest.All).ConfigureAwait(false);
        var groups = (claims?.Items ?? [])
            .Where(c => c.Predicate == HoldsRole)
            .GroupBy(c => (c.ObjectId, c.Role, c.PeriodFrom, c.PeriodTo))
            .Select(g => (Key: g.Key, Claims: g.OrderBy(c => c.Id, StringComparer.Ordinal).ToList()))
            .ToList();
        var idCounts = groups.CountBy(g => RoleHeld.IdFor(person.Id, g.Key.ObjectId, g.Key.Role)).ToDictionary(StringComparer.Ordinal);
        return groups
            .Select(g =>
            {
                var id = RoleHeld.IdFor(person.Id, g.Key.ObjectId, g.Key.Role);
                return new RoleHeld(
                    idCounts[id] > 1 ? id + "/" + g.Claims[0].Id : id,
                    g.Key.Role,
                    g.Claims.Select(c => c.RoleAr).FirstOrDefault(r => r is not null),
                    g.Key.ObjectId,
                    g.Key.PeriodFrom,
                    g.Key.PeriodTo,
                    g.Claims);
            })
            .OrderBy(r => r.InstitutionId, StringComparer.Ordinal)
            .ThenBy(r => r.Title, StringComparer.Ordinal)
            .ThenBy(r => r.Claims[0].Id, StringComparer.Ordinal)
            .ToList();
    }

    private static RoleHeld Of(ResolveContext context) => (RoleHeld)context.Source!;
}
