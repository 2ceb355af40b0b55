using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Tests;

/// <summary>
/// The canonical code-first schema of the engine tests: people who know each other, pets behind an interface and a
/// union, an input object, a oneOf input, failing fields and a counter mutation.
/// </summary>
public static class TestSchema
{
    public sealed record Person(string Id, string Name, int? Age, string[] Knows);

    public sealed record Dog(string Name, bool Barks);

    public sealed record Cat(string Name, int Lives);

    public static readonly Dictionary<string, Person> People = new()
    {
        ["1"] = new("1", "Ada", 36, ["2", "3"]),
        ["2"] = new("2", "Alan", 41, ["1"]),
        ["3"] = new("3", "Grace", null, ["1", "2"]),
    };

    public static GraphQLSchema Build(Action<ObjectType>? extendQuery = null)
    {
        var named = new InterfaceType("Named", "Anything with a name.")
            .Field("name", new NonNullType(ScalarType.String));
        named.ResolveType = (value, _) => value switch
        {
            Dog => "Dog",
            Cat => "Cat",
            Person => "Person",
            _ => null,
        };

        var person = new ObjectType("Person", "A human.")
            .Implements(named)
            .Field("id", new NonNullType(ScalarType.ID), resolve: c => ((Person)c.Source!).Id)
            .Field("name", new NonNullType(ScalarType.String), resolve: c => ((Person)c.Source!).Name)
            .Field("age", ScalarType.Int, resolve: c => ((Person)c.Source!).Age)
            .Field("knows", new NonNullType(new ListType(new NonNullType(new TypeReference("Person")))), resolve: c => ((Person)c.Source!).Knows.Select(id => People[id]))
            .Field("nickname", ScalarType.String, resolve: _ => null, deprecationReason: "Use `name`.");

        var dog = new ObjectType("Dog").Implements(named)
            .Field("name", new NonNullType(ScalarType.String), resolve: c => ((Dog)c.Source!).Name)
            .Field("barks", ScalarType.Boolean, resolve: c => ((Dog)c.Source!).Barks);
        dog.IsTypeOf = (value, _) => value is Dog;
        var cat = new ObjectType("Cat").Implements(named)
            .Field("name", new NonNullType(ScalarType.String), resolve: c => ((Cat)c.Source!).Name)
            .Field("lives", ScalarType.Int, resolve: c => ((Cat)c.Source!).Lives);
        cat.IsTypeOf = (value, _) => value is Cat;
        var pet = new UnionType("Pet", "A dog or a cat.", dog, cat);

        var color = new EnumType("Color", "A primary color.")
            .Value("RED", 0, "The color of fire.")
            .Value("GREEN", 1)
            .Value("BLUE", 2, deprecationReason: "Out of stock.");

        var filter = new InputObjectType("PersonFilter", "Filters people.")
            .Field("nameContains", ScalarType.String, "Part of the name.")
            .Field("minAge", ScalarType.Int, defaultValue: 0)
            .Field("tags", new ListType(new NonNullType(ScalarType.String)));
        var lookup = new InputObjectType("PersonBy", "Exactly one way to find a person.", isOneOf: true)
            .Field("id", ScalarType.ID)
            .Field("name", ScalarType.String);

        var query = new ObjectType("Query", "The root of all reads.")
            .Field("hello", ScalarType.String, resolve: _ => "world")
            .Field("person", person, resolve: c => People.GetValueOrDefault(c.Argument<string>("id")), configure: f => f.Argument("id", new NonNullType(ScalarType.ID)))
            .Field("personBy", person, resolve: c =>
            {
                var by = c.Argument<IReadOnlyDictionary<string, object?>>("by");
                return by.TryGetValue("id", out var id) ? People.GetValueOrDefault((string)id!) : People.Values.FirstOrDefault(p => p.Name == (string?)by["name"]);
            }, configure: f => f.Argument("by", new NonNullType(lookup)))
            .Field("people", new NonNullType(new ListType(new NonNullType(person))), resolve: c =>
            {
                var f = c.Argument<IReadOnlyDictionary<string, object?>>("filter");
                var contains = f?.GetValueOrDefault("nameContains") as string;
                var minAge = f is null ? 0 : (int)f["minAge"]!;
                return People.Values.Where(p => (contains is null || p.Name.Contains(contains, StringComparison.Ordinal)) && (p.Age ?? 0) >= minAge);
            }, configure: f => f.Argument("filter", filter).Argument("first", ScalarType.Int, defaultValue: 10))
            .Field("pets", new ListType(pet), resolve: _ => new object[] { new Dog("Rex", true), new Cat("Tom", 9) })
            .Field("named", new ListType(named), resolve: _ => new object[] { new Dog("Rex", true), People["1"] })
            .Field("echo", ScalarType.String, resolve: c => c.HasArgument("text") ? $"echo:{c.Argument<string>("text")}" : "no text", configure: f => f.Argument("text", ScalarType.String))
            .Field("add", ScalarType.Int, resolve: c => c.Argument<int>("a") + c.Argument<int>("b"), configure: f => f.Argument("a", new NonNullType(ScalarType.Int)).Argument("b", ScalarType.Int, defaultValue: 2))
            .Field("color", color, resolve: c => c.Argument<int?>("pick") ?? 1, configure: f => f.Argument("pick", color))
            .Field("colors", new ListType(color), resolve: c => c.Argument<IReadOnlyList<object?>>("list"), configure: f => f.Argument("list", new ListType(color)))
            .Field("fail", ScalarType.String, resolve: _ => throw new InvalidOperationException("secret database detail"))
            .Field("failNonNull", new NonNullType(ScalarType.String), resolve: _ => throw new InvalidOperationException("boom"))
            .Field("domainError", ScalarType.String, resolve: _ => throw new GraphQLException("Person 42 not found.", "NOT_FOUND"))
            .Field("slow", ScalarType.String, resolveAsync: async c =>
            {
                await Task.Delay(10, c.CancellationToken);
                return "done";
            })
            .Field("badInt", ScalarType.Int, resolve: _ => 1.5)
            .Field("nullList", new ListType(new NonNullType(ScalarType.Int)), resolve: _ => new object?[] { 1, null, 3 })
            .Field("notAList", new ListType(ScalarType.Int), resolve: _ => 5);
        extendQuery?.Invoke(query);

        var counter = 0;
        var mutation = new ObjectType("Mutation")
            .Field("increment", new NonNullType(ScalarType.Int), resolveAsync: async c =>
            {
                var before = Volatile.Read(ref counter);
                await Task.Delay(c.Argument<int>("delayMs"), c.CancellationToken);
                Volatile.Write(ref counter, before + 1);
                return before + 1;
            }, configure: f => f.Argument("delayMs", ScalarType.Int, defaultValue: 0));

        return new GraphQLSchema(query, mutation, types: [named]);
    }

    public static async Task<string> RunAsync(
        GraphQLSchema schema,
        string query,
        IReadOnlyDictionary<string, object?>? variables = null,
        ExecutionOptions? options = null,
        string? operationName = null)
    {
        var executor = new GraphQLExecutor(schema, options);
        var result = await executor.ExecuteAsync(new ExecutionRequest { Query = query, Variables = variables, OperationName = operationName });
        return result.ToJson();
    }

    public static Task<string> RunAsync(string query, IReadOnlyDictionary<string, object?>? variables = null, ExecutionOptions? options = null) =>
        RunAsync(Build(), query, variables, options);
}
