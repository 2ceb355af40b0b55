using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;
using GraphApi.Knowledge.Model;
using GraphApi.Schema.Errors;
using GraphApi.Schema.Loading;
using GraphApi.Schema.Types;

namespace GraphApi.Schema.Query;

/// <summary>
/// The <c>Query</c> root with the fixed names. Split by concern: node lookup here, lists, search and
/// exploration in the partial files.
/// </summary>
internal static partial class QueryType
{
    /// <summary>The most ids <c>nodes(ids:)</c> takes in one call.</summary>
    public const int MaxNodeIds = 500;

    public static ObjectType Create()
    {
        var query = new ObjectType("Query", "Read access to the knowledge graph. Every list has a documented order with ties broken by id.");
        AddNodeFields(query);
        AddListFields(query);
        AddSearchFields(query);
        AddExplorationFields(query);
        AddCandidateFields(query);
        return query;
    }

    private static void AddNodeFields(ObjectType query) => query
        .Field("node", new TypeReference("Node"), resolveAsync: async c => (await NodesAsync(c, [c.Argument<string>("id")]).ConfigureAwait(false))[0],
            description: "An entity, claim or source by id; null (without an error) when the id is unknown.",
            configure: f => f.Argument("id", ScalarType.ID.AsNonNull()))
        .Field("nodes", new TypeReference("Node").AsList().AsNonNull(), resolveAsync: async c =>
        {
            var ids = c.Argument<IReadOnlyList<object?>>("ids").OfType<string>().ToList();
            if (ids.Count > MaxNodeIds)
            {
                throw InputErrors.BadUserInput($"Argument \"ids\" of Query.nodes takes at most {MaxNodeIds} ids (got {ids.Count}).");
            }

            return await NodesAsync(c, ids).ConfigureAwait(false);
        }, description: "Nodes by id, in the order asked; null for each unknown id. Loaded in one store call.",
            configure: f => f.Argument("ids", ScalarType.ID.AsNonNull().AsList().AsNonNull()));

    /// <summary>Nodes by id, with the reads of the entity lists the selection shows started in the same batch (<see cref="EntityFields.ReadAhead"/>).</summary>
    private static Task<IGraphNode?[]> NodesAsync(ResolveContext context, IReadOnlyList<string> ids)
    {
        var nodes = Task.WhenAll(ids.Select(id => KnowledgeLoaders.Node(context, id)));
        EntityFields.ReadAhead(context, ids);
        return nodes;
    }
}
