using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.AspNetCore.Tests.Engine;

/// <summary>A small code-first schema for the transport over our engine: a greeting, failing fields, nesting and a mutation.</summary>
internal static class TransportTestSchema
{
    public const string Sdl = "type Query {\n  hello(name: String): String\n}\n";

    public static GraphQLSchema Build()
    {
        var node = new ObjectType("Node")
            .Field("depth", ScalarType.Int, resolve: c => (int)c.Source!)
            .Field("child", new TypeReference("Node"), resolve: c => (int)c.Source! + 1);
        var query = new ObjectType("Query", "Reads.")
            .Field("hello", ScalarType.String, resolve: c => $"Hello, {(c.HasArgument("name") ? c.Argument<string>("name") : "world")}!", configure: f => f.Argument("name", ScalarType.String))
            .Field("count", new NonNullType(ScalarType.Int), resolve: c => c.Argument<int>("n"), configure: f => f.Argument("n", new NonNullType(ScalarType.Int)))
            .Field("node", node, resolve: _ => 0)
            .Field("echoId", ScalarType.ID, resolve: c => c.Argument<string>("id"), configure: f => f.Argument("id", new NonNullType(ScalarType.ID)))
            .Field("crash", ScalarType.String, resolve: _ => throw new InvalidOperationException("secret database detail"))
            .Field("notFound", ScalarType.String, resolve: _ => throw new GraphQLException("Person 42 not found.", "NOT_FOUND"));
        var mutation = new ObjectType("Mutation")
            .Field("bump", new NonNullType(ScalarType.Int), resolve: _ => 1);
        return new GraphQLSchema(query, mutation);
    }
}
