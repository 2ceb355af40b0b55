namespace GraphApi.Knowledge.Model;

/// <summary>
/// The predicates a RELATION claim may use (docs/knowledge-format.md), which are also the types of
/// <see cref="Relationship"/>: kebab case, lowercase. A fixed list, so that a store may turn each into a name of its
/// own (Neo4j relationship types) without ever taking one from the corpus.
/// </summary>
public static class Predicates
{
    public const string PartOf = "part-of";
    public const string LocatedIn = "located-in";

    public static IReadOnlyList<string> All { get; } =
    [
        "holds-role", PartOf, "member-of", "chair-of", "participant-in", "host-of", "cooperates-with",
        LocatedIn, "founded", "signed-with", "organised",
    ];

    public static bool IsKnown(string? predicate) => predicate is not null && All.Contains(predicate, StringComparer.Ordinal);
}
