using GraphApi.GraphQL.Types;

namespace GraphApi.Benchmarks.Engine;

/// <summary>
/// A small code-first schema shaped like the knowledge graph (entities, their mentions in sources, relationships),
/// with in-memory data, so the engine benchmarks measure the engine and not a store.
/// </summary>
public static class BenchmarkSchema
{
    public sealed record Node(string Id, string Name, string Kind, string[] Neighbours, string[] Sources);

    private static readonly Dictionary<string, Node> Nodes = Enumerable.Range(0, 50).ToDictionary(
        i => "n" + i,
        i => new Node("n" + i, "Entity " + i, i % 3 == 0 ? "PERSON" : "INSTITUTION", [.. Enumerable.Range(1, 5).Select(k => "n" + ((i + k) % 50))], [.. Enumerable.Range(0, 3).Select(k => "source/" + (i + k))]));

    public static GraphQLSchema Build()
    {
        var kind = new EnumType("EntityKind", "What an entity is.")
            .Value("PERSON", "PERSON")
            .Value("INSTITUTION", "INSTITUTION");
        var entity = new ObjectType("Entity", "A person or an institution.")
            .Field("id", new NonNullType(ScalarType.ID), resolve: c => ((Node)c.Source!).Id)
            .Field("name", new NonNullType(ScalarType.String), resolve: c => ((Node)c.Source!).Name)
            .Field("kind", new NonNullType(kind), resolve: c => ((Node)c.Source!).Kind)
            .Field("sources", new NonNullType(new ListType(new NonNullType(ScalarType.String))), resolve: c => ((Node)c.Source!).Sources)
            .Field(
                "neighbours",
                new NonNullType(new ListType(new NonNullType(new TypeReference("Entity")))),
                resolve: c => ((Node)c.Source!).Neighbours.Take(c.Argument<int>("first")).Select(id => Nodes[id]),
                configure: f => f.Argument("first", ScalarType.Int, defaultValue: 5));
        var query = new ObjectType("Query", "The root of all reads.")
            .Field("entity", entity, resolve: c => Nodes.GetValueOrDefault(c.Argument<string>("id")), configure: f => f.Argument("id", new NonNullType(ScalarType.ID)))
            .Field(
                "entities",
                new NonNullType(new ListType(new NonNullType(entity))),
                resolve: c => Nodes.Values.Take(c.Argument<int>("first")),
                configure: f => f.Argument("first", ScalarType.Int, defaultValue: 10));
        return new GraphQLSchema(query);
    }
}
