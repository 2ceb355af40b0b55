using GraphApi.GraphQL.Types;
using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Stores;
using GraphApi.Schema.Inputs;
using GraphApi.Schema.Paging;
using GraphApi.Schema.Query;
using GraphApi.Schema.Types;

namespace GraphApi.Schema;

/// <summary>
/// The knowledge-graph GraphQL schema, code-first on the GraphApi.GraphQL engine. Resolvers find the store through
/// <see cref="KnowledgeStoreAccess"/>: register an <see cref="IKnowledgeStore"/> in the request services
/// (<c>ExecutionRequest.RequestServices</c>). The printed SDL is kept in <c>schema/schema.graphql</c>.
/// </summary>
public static class KnowledgeGraphSchema
{
    /// <summary>Builds a new schema instance; build it once and reuse it, it holds no per-request state.</summary>
    public static GraphQLSchema Create()
    {
        var types = new List<NamedType>
        {
            NodeInterfaces.Node(),
            NodeInterfaces.Entity(),
            ClaimType.Create(),
            MentionType.Create(),
            RelationshipType.Create(),
            RoleHeldType.Create(),
            Period.Type(),
            ConnectionTypes.PageInfo(),
        };
        types.AddRange(EntityTypes.Create());
        types.AddRange(SourceType.Create());
        types.AddRange(PassageType.Create());
        types.AddRange(ProvenanceTypes.Create());
        types.AddRange(ExplorationTypes.Create());
        types.AddRange(SchemaEnums.Create());
        types.AddRange(FilterInputTypes.Create());
        types.AddRange(ConnectionTypes.For<Entity>("Person"));
        types.AddRange(ConnectionTypes.For<Entity>("Institution"));
        types.AddRange(ConnectionTypes.For<Entity>("Event"));
        types.AddRange(ConnectionTypes.For<Entity>("Place"));
        types.AddRange(ConnectionTypes.For<Entity>("Program"));
        types.AddRange(ConnectionTypes.For<Entity>("Document"));
        types.AddRange(ConnectionTypes.For<Claim>("Claim"));
        types.AddRange(ConnectionTypes.For<Source>("Source"));
        types.AddRange(ConnectionTypes.For<Mention>("Mention"));
        types.AddRange(ConnectionTypes.For<RelationshipEdge>("Relationship", edgeFields: RelationshipType.EdgeFields));
        types.AddRange(ConnectionTypes.For<TimelineEntry>("TimelineItem", "Timeline"));
        return new GraphQLSchema(QueryType.Create(), types: types, description: "Who said what, where, with the quotes behind every fact.");
    }
}
