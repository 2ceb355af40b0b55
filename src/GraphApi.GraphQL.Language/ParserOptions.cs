namespace GraphApi.GraphQL.Language;

/// <summary>
/// Limits that protect a server from hostile documents. They are checked while parsing, so a huge or deeply
/// nested document fails fast with a <see cref="GraphQLSyntaxError"/> instead of exhausting memory or the stack.
/// </summary>
public sealed record ParserOptions
{
    public static ParserOptions Default { get; } = new();

    /// <summary>
    /// The most significant tokens a document may have (graphql-js <c>maxTokens</c>). 20,000 leaves room for
    /// GraphiQL's and Banana Cake Pop's introspection queries (a few thousand tokens each).
    /// </summary>
    public int MaxTokens { get; init; } = 20_000;

    /// <summary>
    /// The deepest nesting of selection sets, list and object values and list types. The parser is recursive,
    /// so this is what keeps a <c>{a{a{a...</c> document from overflowing the stack; keep it in the low thousands at most.
    /// </summary>
    public int MaxDepth { get; init; } = 200;

    /// <summary>The longest document, in UTF-16 characters; <c>null</c> for no limit.</summary>
    public int? MaxDocumentLength { get; init; }
}
