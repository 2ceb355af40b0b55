using GraphApi.GraphQL.Types;
using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Stores;
using GraphApi.Schema.Errors;
using GraphApi.Schema.Inputs;
using GraphApi.Schema.Paging;

namespace GraphApi.Schema.Query;

/// <summary>The <c>search</c> and <c>passages</c> roots.</summary>
internal static partial class QueryType
{
    /// <summary>The page size of <c>passages</c> when the client gives no <c>first</c>.</summary>
    public const int DefaultPassagePage = 10;

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
            "proclitics (و ف ب ك ل ال) are ignored and Latin spellings match by transliteration key. Every word must meet a different word " +
            "of one name, and at least half of that name's words must be met: exactly, or for the last word typed, as the beginning (3 letters " +
            "or more) of the name's last word. Typos are tolerated only between a one-word text and a one-word name (Latin: none below 4 " +
            "letters, 1 edit up to 7, 2 beyond; Arabic: none below 6, 1 up to 8, 2 beyond). Ordered by score descending, then id. " +
            "Empty text or a text matching nothing returns an empty list.",
        configure: f => f
            .Argument("text", ScalarType.String.AsNonNull())
            .Argument("kinds", new TypeReference("EntityKind").AsNonNull().AsList(), "Entity kinds to search; all when omitted.")
            .Argument("first", ScalarType.Int, 10))
        .Field(
            "passages",
            new TypeReference("PassageConnection").AsNonNull(),
            resolveAsync: async c =>
            {
                var text = c.Argument<string>("text");
                var page = PageArguments.Read(c, DefaultPassagePage);
                if (string.IsNullOrWhiteSpace(text))
                {
                    return PassagePage.Empty;
                }

                try
                {
                    return await Store(c).SearchPassagesAsync(text, FilterArguments.Passage(c), page, Scope(c), c.CancellationToken).ConfigureAwait(false);
                }
                catch (ArgumentException) when (page.After is not null)
                {
                    throw InputErrors.BadCursor("after", page.After); // a cursor of another list: it decodes, but names no passage
                }
            },
            description: "Full-text search in the article bodies (never headline tickers, navigation or comment forms): the sentences holding every " +
                "word of text, Arabic or Latin, with the folding of search (diacritics, letter variants, Egyptian spellings, proclitics). " +
                "Words between double quotes (\" “ ” « ») must follow one another as a phrase. Function words outside quotes are ignored. " +
                "Ordered by score descending (shorter sentences first), then source id, then start. " + DefaultPassagePage + " per page unless first says.",
            configure: f => f
                .Argument("text", ScalarType.String.AsNonNull())
                .Argument("where", new TypeReference("PassageFilter"))
                .Forward(DefaultPassagePage));
}
