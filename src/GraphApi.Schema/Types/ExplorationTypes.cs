using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;
using GraphApi.Knowledge.Stores;
using GraphApi.Schema.Loading;

namespace GraphApi.Schema.Types;

/// <summary>The result types of search and exploration: SearchHit, TimelineItem, Path, PathHop, Subgraph and SubgraphEdge.</summary>
internal static class ExplorationTypes
{
    public static IEnumerable<NamedType> Create() => [SearchHit(), TimelineItem(), Path(), PathHop(), Subgraph(), SubgraphEdge()];

    private static ObjectType SearchHit() => new ObjectType("SearchHit", "An entity matching a search, with its score and the name that matched. Keyless: a value with no id, so client caches (Apollo, Relay, urql) keep it inside the object that holds it.")
        .Field("entity", new TypeReference("Entity").AsNonNull(), c => Of<SearchHit>(c).Node)
        .Field("score", ScalarType.Float.AsNonNull(), c => Of<SearchHit>(c).Score, description: "In (0, 1]: the worth of each matched word (exact 1, Latin transliteration 0.9, typed beginning 0.8, one typo 0.6, two 0.5) summed and divided by the larger of the text's and the name's word counts. 1: the text is one of the entity's names; 0.9 or more: all of a name, some words spelled differently or still being typed; 0.5 to 0.9: part of a name, or a typo; never below 0.4.")
        .Field("matched", ScalarType.String.AsNonNull(), c => Of<SearchHit>(c).Matched, description: "The name, Arabic name or alias that matched.");

    private static ObjectType TimelineItem() => new ObjectType("TimelineItem", "A dated event or claim on a timeline (one entity's, or the whole corpus's). Keyless: a value with no id, so client caches (Apollo, Relay, urql) keep it inside the object that holds it.")
        .Field("date", ScalarType.String.AsNonNull(), c => Of<TimelineEntry>(c).Date, description: "ISO date or prefix: the event's date, or the claim's date, else its source's publication date.")
        .Field("kind", new TypeReference("TimelineItemKind").AsNonNull(), c => Of<TimelineEntry>(c).Kind)
        .Field("label", ScalarType.String.AsNonNull(), c => Of<TimelineEntry>(c).Node.DisplayName, description: "The event's name or the claim's text.")
        .Field("event", new TypeReference("Event"), c => Of<TimelineEntry>(c).Kind == TimelineItemKind.Event ? Of<TimelineEntry>(c).Node : null)
        .Field("claim", new TypeReference("Claim"), c => Of<TimelineEntry>(c).Kind == TimelineItemKind.Claim ? Of<TimelineEntry>(c).Node : null);

    private static ObjectType Path() => new ObjectType("Path", "A shortest connection between two entities, every hop backed by claims. Keyless: a value with no id, so client caches (Apollo, Relay, urql) keep it inside the object that holds it.")
        .Field("length", ScalarType.Int.AsNonNull(), c => Of<IReadOnlyList<PathHop>>(c).Count, description: "Number of hops; 0 when from and to are the same entity.")
        .Field("hops", new TypeReference("PathHop").AsNonNull().AsList().AsNonNull(), c => Of<IReadOnlyList<PathHop>>(c))
        .Field("nodes", new TypeReference("Entity").AsNonNull().AsList().AsNonNull(), resolveAsync: async c =>
        {
            var hops = Of<IReadOnlyList<PathHop>>(c);
            var ids = hops.Count == 0 ? [] : hops.Select(h => h.FromId).Append(hops[^1].ToId);
            return await KnowledgeLoaders.Nodes(c, ids).ConfigureAwait(false);
        }, description: "The entities along the path, from first to last.");

    private static ObjectType PathHop() => new ObjectType("PathHop", "One step of a path, along a relationship walked in either direction. Keyless: a value with no id, so client caches (Apollo, Relay, urql) keep it inside the object that holds it.")
        .Field("from", new TypeReference("Entity").AsNonNull(), resolveAsync: async c => await KnowledgeLoaders.Node(c, Of<PathHop>(c).FromId).ConfigureAwait(false))
        .Field("to", new TypeReference("Entity").AsNonNull(), resolveAsync: async c => await KnowledgeLoaders.Node(c, Of<PathHop>(c).ToId).ConfigureAwait(false))
        .Field("relationship", new TypeReference("Relationship").AsNonNull(), c => Of<PathHop>(c).Relationship)
        .Field("claims", new TypeReference("Claim").AsNonNull().AsList().AsNonNull(), resolveAsync: async c => await KnowledgeLoaders.Nodes(c, Of<PathHop>(c).Relationship.ClaimIds).ConfigureAwait(false),
            description: "The claims supporting the hop, with their evidence.");

    private static ObjectType Subgraph() => new ObjectType("Subgraph", "Entities and edges around an entity, ready to draw. Keyless: a value with no id, so client caches (Apollo, Relay, urql) keep it inside the object that holds it.")
        .Field("nodes", new TypeReference("Entity").AsNonNull().AsList().AsNonNull(), c => Of<Neighborhood>(c).Nodes, description: "The centre first, then by distance, then id.")
        .Field("edges", new TypeReference("SubgraphEdge").AsNonNull().AsList().AsNonNull(), c => Of<Neighborhood>(c).Edges, description: "Ordered by relationship id.")
        .Field("truncated", ScalarType.Boolean.AsNonNull(), c => Of<Neighborhood>(c).Truncated, description: "True when some entity had more edges than the per-entity cap (first), so edges were left out.");

    private static ObjectType SubgraphEdge() => new ObjectType("SubgraphEdge", "An edge of a subgraph: ids of its ends, for drawing, and the relationship behind it.")
        .Field("id", ScalarType.ID.AsNonNull(), c => EdgeId(Of<Knowledge.Model.Relationship>(c).Id),
            description: "edge/<relationship id>: the drawn edge is a record of its own, apart from the Relationship it stands for.")
        .Field("type", ScalarType.String.AsNonNull(), c => Of<Knowledge.Model.Relationship>(c).Type)
        .Field("source", ScalarType.ID.AsNonNull(), c => Of<Knowledge.Model.Relationship>(c).FromId, description: "The id of the from entity.")
        .Field("target", ScalarType.ID.AsNonNull(), c => Of<Knowledge.Model.Relationship>(c).ToId, description: "The id of the to entity.")
        .Field("relationship", new TypeReference("Relationship").AsNonNull(), c => c.Source);

    /// <summary>The id of the subgraph edge drawn for a relationship: ids stay unique across types (Relay, Apollo).</summary>
    public static string EdgeId(string relationshipId) => "edge/" + relationshipId;

    private static T Of<T>(ResolveContext context) => (T)context.Source!;
}
