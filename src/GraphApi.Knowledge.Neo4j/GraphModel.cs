using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Neo4j;

/// <summary>
/// The names of the property-graph model (docs/graph-model.md): node labels, relationship types and the mapping of
/// entity kinds and predicates onto them. Every name in a query text comes from here, from fixed lists in the code,
/// never from the corpus.
/// </summary>
internal static class GraphModel
{
    /// <summary>
    /// The version of the model written on every <c>:ImportRun</c>; the <c>:KgNode</c> document layout was 1, and 2 had
    /// neither the review properties of claims nor <c>:Candidate</c> nodes, 3 had no <c>mentionsVisibleFrom</c> on
    /// entities, and 4 had no <c>kindKey</c> and <c>metricKey</c> on claims and kept a conflict's or corroboration's
    /// <c>digest</c> as a 64-character string. Every digest includes it, so the first import after a change of layout rewrites the whole partition.
    /// </summary>
    public const int Layout = 5;

    public const string Entity = nameof(Entity);
    public const string Source = nameof(Source);
    public const string Claim = nameof(Claim);

    /// <summary>A name found by extraction that waits for review: not an <see cref="Entity"/>, so no entity read meets it.</summary>
    public const string Candidate = nameof(Candidate);
    public const string ImportRun = nameof(ImportRun);
    public const string ImportLock = nameof(ImportLock);

    /// <summary>The label of every node of the document layout (layout 1), which an import detects and replaces.</summary>
    public const string LegacyNode = "KgNode";

    /// <summary>
    /// Source ids per <c>:MentionBlock</c>: an entity's mention order (the ids of the sources that mention it, sorted) is
    /// stored in blocks of this many, so that a page of mentions reads two blocks, whatever the entity's fame.
    /// </summary>
    public const int MentionBlockSize = 256;

    /// <summary>
    /// Links per <c>:RelationshipBlock</c>: an entity's relationship order (its typed links sorted by predicate, other end
    /// and id) is stored in blocks of this many, so that a page of an entity's links reads two blocks, whatever its degree.
    /// </summary>
    public const int RelationshipBlockSize = 256;

    /// <summary>
    /// The properties a <c>:RelationshipBlock</c> holds, in the graph's digest with <see cref="RelationshipBlockSize"/>: a
    /// change of either rewrites the typed links and their order on the next import, and nothing else (the sources and the
    /// pairs keep their digests, so a partition of any size is brought up to date in one transaction).
    /// </summary>
    public const string RelationshipBlockFields = "ks ids cs types others outgoing claimIds claimsVisibleFrom claimStarts";

    /// <summary>Separates the parts of a composite sort key, below every character of an id, a type or a date.</summary>
    public const string KeySeparator = "\u001e";

    /// <summary>One label per entity kind, named as the kind; every entity also carries <see cref="Entity"/>.</summary>
    public static IReadOnlyList<string> KindLabels { get; } = [.. Enum.GetValues<EntityKind>().Select(k => k.ToString())];

    /// <summary>The relationship types between entities: each predicate upper-cased, <c>-</c> turned into <c>_</c>.</summary>
    public static IReadOnlyList<string> RelationshipTypes { get; } = [.. Predicates.All.Select(ToType)];

    /// <summary><see cref="RelationshipTypes"/> as a Cypher type alternation (<c>HOLDS_ROLE|PART_OF|…</c>).</summary>
    public static string AnyRelationshipType { get; } = string.Join('|', RelationshipTypes);

    public static string KindLabel(EntityKind kind) =>
        Enum.IsDefined(kind) ? kind.ToString() : throw new ArgumentOutOfRangeException(nameof(kind), kind, "not an entity kind");

    /// <summary>The kind named by one of a node's labels.</summary>
    public static EntityKind KindOf(IEnumerable<string> labels)
    {
        foreach (var label in labels)
        {
            if (KindLabels.Contains(label, StringComparer.Ordinal))
            {
                return Enum.Parse<EntityKind>(label);
            }
        }

        throw new InvalidDataException($"An :Entity node carries none of the kind labels {string.Join(", ", KindLabels)} (labels: {string.Join(", ", labels)}).");
    }

    /// <summary>The relationship type of a predicate of the fixed list; any other value is refused.</summary>
    public static string RelationshipType(string predicate) =>
        Predicates.IsKnown(predicate)
            ? ToType(predicate)
            : throw new ArgumentException($"'{predicate}' is not a predicate of the knowledge format ({string.Join(", ", Predicates.All)}).", nameof(predicate));

    /// <summary>The predicate of a relationship type read back from the server.</summary>
    public static string PredicateOf(string relationshipType)
    {
        var index = IndexOf(relationshipType);
        return index >= 0
            ? Predicates.All[index]
            : throw new InvalidDataException($"'{relationshipType}' is not a relationship type of the graph model.");
    }

    /// <summary>The types of the predicates asked for, leaving out names that are not predicates (they match nothing).</summary>
    public static List<string> TypesOf(IEnumerable<string> predicates) => [.. predicates.Where(Predicates.IsKnown).Select(ToType).Distinct(StringComparer.Ordinal)];

    private static int IndexOf(string relationshipType)
    {
        for (var i = 0; i < RelationshipTypes.Count; i++)
        {
            if (string.Equals(RelationshipTypes[i], relationshipType, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static string ToType(string predicate) => predicate.ToUpperInvariant().Replace('-', '_');
}
