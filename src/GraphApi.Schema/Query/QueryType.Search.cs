using GraphApi.GraphQL.Types;
using GraphApi.Knowledge.Model;
using GraphApi.Schema.Paging;

namespace GraphApi.Schema.Query;

/// <summary>The <c>search</c> root.</summary>
internal static partial class QueryType
{
    private static void AddSearchFields(ObjectType query) => query.Field(
        "search",
        new TypeReference("SearchHit").AsNonNull().AsList().AsNonNull(),
        resolveAsync: async c =>
        {
            var text = c.Argument<string>("text");
            var first = PageArguments.Count(c, "first") ?? 10;
            if (string.IsNullOrWhiteSpace(text) || first == 0)
            {
                return Array.Empty<object>();
            }

            var kinds = c.Argument<IReadOnlyList<object?>>("kinds")?.OfType<EntityKind>().Select(k => k.ToNodeKind()).ToList();
            var hits = await Store(c).SearchAsync(text, kinds, first, Scope(c), c.CancellationToken).ConfigureAwait(false);
            return hits.Where(h => h.Node is Entity).ToList();
        },
        description: "Entities whose name, Arabic name or an alias matches text, Arabic or Latin: diacritics, tatweel, letter variants and " +
            "proclitics (و ف ب ك ل ال) are ignored, Latin spellings match by transliteration key, and typos are tolerated by word length " +
            "(none below 4 letters, 1 edit up to 7, 2 beyond). Every word must match. Ordered by score descending, then id. " +
            "Empty text or a text matching nothing returns an empty list.",
        configure: f => f
            .Argument("text", ScalarType.String.AsNonNull())
            .Argument("kinds", new TypeReference("EntityKind").AsNonNull().AsList(), "Entity kinds to search; all when omitted.")
            .Argument("first", ScalarType.Int, 10));
}
