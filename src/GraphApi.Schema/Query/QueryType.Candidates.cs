using GraphApi.GraphQL.Types;
using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Stores;
using GraphApi.Schema.Paging;

namespace GraphApi.Schema.Query;

/// <summary>The <c>candidates</c> root: names found by extraction that wait for review.</summary>
internal static partial class QueryType
{
    private static void AddCandidateFields(ObjectType query) => query.Field(
        "candidates",
        new TypeReference("CandidateConnection").AsNonNull(),
        resolveAsync: async c =>
        {
            var where = c.Argument<IReadOnlyDictionary<string, object?>>("where") ?? new Dictionary<string, object?>();
            var filter = new CandidateFilter(
                where.GetValueOrDefault("sourceId") as string,
                where.GetValueOrDefault("kind") is EntityKind kind ? kind : null);
            return await Store(c).ListCandidatesAsync(filter, PageArguments.Read(c), Scope(c), c.CancellationToken).ConfigureAwait(false);
        },
        description: "Names the linker does not know, found in articles without curated claims, ordered by id. Each waits for review: review --accept makes it an entity, review --reject keeps it from coming back.",
        configure: f => f.Argument("where", new TypeReference("CandidateFilter")).Forward());
}
