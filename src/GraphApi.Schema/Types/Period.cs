using GraphApi.GraphQL.Types;

namespace GraphApi.Schema.Types;

/// <summary>A period as the sources give it; either end may be unknown. Null when both are.</summary>
internal sealed record Period(string? From, string? To)
{
    public static Period? Of(string? from, string? to) => from is null && to is null ? null : new Period(from, to);

    public static ObjectType Type() => new ObjectType("Period", "When a role was held or a relation held; ISO dates or years, null when the sources do not say. Keyless: a value with no id, so client caches (Apollo, Relay, urql) keep it inside the object that holds it.")
        .Field("from", ScalarType.String, c => ((Period)c.Source!).From)
        .Field("to", ScalarType.String, c => ((Period)c.Source!).To);
}
