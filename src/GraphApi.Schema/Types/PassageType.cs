using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;
using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Stores;
using GraphApi.Schema.Loading;
using GraphApi.Schema.Paging;

namespace GraphApi.Schema.Types;

/// <summary><c>Passage</c>, a sentence found by full-text search, and its forward-only connection.</summary>
internal static class PassageType
{
    public static IEnumerable<NamedType> Create() => [Passage(), Edge(), Connection()];

    private static ObjectType Passage() => new ObjectType("Passage", "One sentence of an article body that holds every searched word. Offsets are UTF-16 and absolute into Source.text, so Source.text[start..end] is text.")
        .Field("source", new TypeReference("Source").AsNonNull(), resolveAsync: async c => await KnowledgeLoaders.Node(c, Of(c).SourceId).ConfigureAwait(false))
        .Field("start", ScalarType.Int.AsNonNull(), c => Of(c).Start)
        .Field("end", ScalarType.Int.AsNonNull(), c => Of(c).End)
        .Field("text", ScalarType.String.AsNonNull(), c => Of(c).Text)
        .Field("score", ScalarType.Float.AsNonNull(), c => Of(c).Score, description: "The share of the sentence's words that the search accounts for, in (0, 1]: 1 when the sentence is just the searched words. Shorter sentences score higher.")
        .Field("highlights", new TypeReference("TextSpan").AsNonNull().AsList().AsNonNull(), c => Of(c).Highlights, description: "The matched words (a quoted phrase as one span), absolute offsets into Source.text, in order.");

    private static ObjectType Edge() => new ObjectType("PassageEdge", "A Passage in a connection, with the cursor to resume after it.")
        .Field("cursor", ScalarType.String.AsNonNull(), c => ((PageEdge<Passage>)c.Source!).Cursor, description: "Opaque; pass it as after.")
        .Field("node", new TypeReference("Passage").AsNonNull(), c => ((PageEdge<Passage>)c.Source!).Node);

    private static ObjectType Connection() => new ObjectType("PassageConnection", "A page of passages, best first. No totalCount: counting every match would cost a walk over all of them, which ranked paging avoids; page until hasNextPage is false.")
        .Field("edges", new TypeReference("PassageEdge").AsNonNull().AsList().AsNonNull(), c => Page(c).Edges)
        .Field("nodes", new TypeReference("Passage").AsNonNull().AsList().AsNonNull(), c => Page(c).Items.ToList(), description: "The edges' nodes, for clients that need no cursors.")
        .Field("pageInfo", new TypeReference("PageInfo").AsNonNull(), c => new PageInfoValue(Page(c).HasNextPage, Page(c).HasPreviousPage, Page(c).StartCursor, Page(c).EndCursor));

    private static Passage Of(ResolveContext context) => (Passage)context.Source!;

    private static PassagePage Page(ResolveContext context) => (PassagePage)context.Source!;
}
