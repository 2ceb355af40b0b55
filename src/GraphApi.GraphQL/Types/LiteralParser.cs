using GraphApi.GraphQL.Language;

namespace GraphApi.GraphQL.Types;

/// <summary>
/// Coerces a literal written in the document to a scalar's internal value (GraphQL spec §3.5, input coercion).
/// Variables nested inside the literal are looked up in <paramref name="variables"/>.
/// </summary>
public delegate object? LiteralParser(ValueNode literal, IReadOnlyDictionary<string, object?>? variables);
