using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;
using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Stores;
using GraphApi.Schema.Loading;

namespace GraphApi.Schema.Types;

/// <summary>
/// <c>Relationship</c>: a typed, directed edge with the claims supporting it. Its value is a store
/// <see cref="Relationship"/>, or a <see cref="RelationshipEdge"/> when reached from an entity, which adds the
/// direction and the entity at the other end.
/// </summary>
internal static class RelationshipType
{
    public static ObjectType Create() => new ObjectType("Relationship", "A typed, directed edge between two entities, backed by the relation claims that state it.")
        .Field("id", ScalarType.ID.AsNonNull(), c => Of(c).Id)
        .Field("type", ScalarType.String.AsNonNull(), c => Of(c).Type, description: "holds-role, part-of, member-of, chair-of, participant-in, host-of, cooperates-with, …")
        .Field("from", new TypeReference("Entity").AsNonNull(), resolveAsync: async c => await KnowledgeLoaders.Node(c, Of(c).FromId).ConfigureAwait(false))
        .Field("to", new TypeReference("Entity").AsNonNull(), resolveAsync: async c => await KnowledgeLoaders.Node(c, Of(c).ToId).ConfigureAwait(false))
        .Field("direction", new TypeReference("RelationshipDirection"), c => c.Source is RelationshipEdge e ? e.Direction : null,
            description: "Seen from the entity whose relationships were listed: OUTGOING when it is from, INCOMING when it is to; null elsewhere.",
            deprecationReason: ContextualField)
        .Field("other", new TypeReference("Entity"), resolveAsync: async c => c.Source is RelationshipEdge e ? await KnowledgeLoaders.Node(c, e.OtherId).ConfigureAwait(false) : null,
            description: "Seen from an entity: the entity at the other end; null elsewhere.",
            deprecationReason: ContextualField)
        .Field("claims", new TypeReference("Claim").AsNonNull().AsList().AsNonNull(), resolveAsync: async c => await KnowledgeLoaders.Nodes(c, Of(c).ClaimIds).ConfigureAwait(false),
            description: "The relation claims stating it, with their evidence; empty for a curated part-of.");

    private const string ContextualField =
        "Its value depends on the entity the relationship was reached from, but a client cache keeps one record per id: read it from RelationshipEdge (relationships { edges { direction other node { id } } }).";

    /// <summary>
    /// <c>RelationshipEdge.direction</c> and <c>.other</c>: what a relationship looks like from the entity whose list holds
    /// it. They sit on the edge, not on the Relationship record, so the same relationship listed from both of its ends
    /// stays one consistent record in Relay's and Apollo's caches.
    /// </summary>
    public static ObjectType EdgeFields(ObjectType edge) => edge
        .Field("direction", new TypeReference("RelationshipDirection").AsNonNull(), c => ((PageEdge<RelationshipEdge>)c.Source!).Node.Direction,
            description: "OUTGOING when the listing entity is the relationship's from, INCOMING when it is its to.")
        .Field("other", new TypeReference("Entity").AsNonNull(), resolveAsync: async c => await KnowledgeLoaders.Node(c, ((PageEdge<RelationshipEdge>)c.Source!).Node.OtherId).ConfigureAwait(false),
            description: "The entity at the other end, seen from the listing entity.");

    public static Relationship Of(ResolveContext context) => context.Source switch
    {
        RelationshipEdge edge => edge.Relationship,
        PathHop hop => hop.Relationship,
        _ => (Relationship)context.Source!,
    };
}
