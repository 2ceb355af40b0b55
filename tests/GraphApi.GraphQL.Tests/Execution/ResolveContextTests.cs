using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Tests.Execution;

/// <summary>What resolvers can read from <see cref="ResolveContext"/>.</summary>
public class ResolveContextTests
{
    private sealed class Services : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(string) ? "from services" : null;
    }

    [Fact]
    public async Task Look_ahead_lists_sub_selection_through_fragments_and_directives()
    {
        IReadOnlyList<string>? seen = null;
        var person = new ObjectType("Person").Field("id", ScalarType.ID).Field("name", ScalarType.String).Field("age", ScalarType.Int);
        var query = new ObjectType("Query").Field("me", person, resolve: c =>
        {
            seen = c.SelectedFieldNames;
            return new Dictionary<string, object?> { ["id"] = "1", ["name"] = "Ada", ["age"] = 36 };
        });
        var json = await TestSchema.RunAsync(
            new GraphQLSchema(query),
            "query($skip: Boolean!) { me { id ...F ... on Person { age @skip(if: $skip) } } } fragment F on Person { name id }",
            new Dictionary<string, object?> { ["skip"] = true });
        Assert.Equal("""{"data":{"me":{"id":"1","name":"Ada"}}}""", json);
        Assert.Equal(["id", "name"], seen);
    }

    [Fact]
    public async Task Look_ahead_follows_a_path_of_nested_fields_through_fragments_and_directives()
    {
        var seen = new List<string>();
        var source = new ObjectType("Source").Field("id", ScalarType.ID).Field("title", ScalarType.String);
        var mention = new ObjectType("Mention").Field("text", ScalarType.String).Field("source", source);
        var edge = new ObjectType("MentionEdge").Field("node", mention);
        var connection = new ObjectType("MentionConnection").Field("nodes", new ListType(mention)).Field("edges", new ListType(edge));
        var query = new ObjectType("Query").Field("mentions", connection, resolve: c =>
        {
            seen.Add($"{c.IsSelected("nodes", "source")} {c.IsSelected("edges", "node", "source")} {c.IsSelected("nodes", "source", "title")} {c.IsSelected("source")}");
            return new Dictionary<string, object?> { ["nodes"] = new List<object?>(), ["edges"] = new List<object?>() };
        });
        var schema = new GraphQLSchema(query);
        var variables = new Dictionary<string, object?> { ["skip"] = true };
        await TestSchema.RunAsync(schema, "{ mentions { nodes { text } } }");
        await TestSchema.RunAsync(schema, "{ mentions { nodes { text source { id } } } }");
        await TestSchema.RunAsync(schema, "{ mentions { ...E } } fragment E on MentionConnection { edges { node { ... on Mention { source { title } } } } }");
        await TestSchema.RunAsync(schema, "query($skip: Boolean!) { mentions { nodes { text source @skip(if: $skip) { id } } } }", variables);
        Assert.Equal(["False False False False", "True False False False", "False True False False", "False False False False"], seen);
    }

    [Fact]
    public async Task Selected_fields_on_a_type_apply_its_type_conditions_and_coerce_arguments()
    {
        var seen = new List<string>();
        var node = new InterfaceType("Node").Field("id", ScalarType.ID);
        var person = new ObjectType("Person") { IsTypeOf = (v, _) => v is string s && s.StartsWith('p') }.Implements(new TypeReference("Node"))
            .Field("id", ScalarType.ID, resolve: c => c.Source)
            .Field("friends", new ListType(ScalarType.String), resolve: c => new List<object?>(), configure: f => f.Argument("first", ScalarType.Int, defaultValue: 10))
            .Field("rank", ScalarType.Int, resolve: c => c.Argument<int>("of"), configure: f => f.Argument("of", ScalarType.Int.AsNonNull(), defaultValue: 1));
        var place = new ObjectType("Place") { IsTypeOf = (v, _) => v is string s && s.StartsWith('x') }.Implements(new TypeReference("Node"))
            .Field("id", ScalarType.ID, resolve: c => c.Source)
            .Field("friends", new ListType(ScalarType.String), resolve: c => new List<object?>(), configure: f => f.Argument("first", ScalarType.Int, defaultValue: 10));
        var query = new ObjectType("Query").Field("node", node, resolve: c =>
        {
            foreach (var type in new[] { "Person", "Place" })
            {
                var fields = c.SelectedFields((ObjectType)c.Schema.GetType(type)!);
                seen.Add(type + ": " + string.Join(", ", fields.Select(f => $"{f.ParentType.Name}.{f.FieldName}({string.Join(" ", f.Arguments.Select(a => $"{a.Key}={a.Value}"))}) {f.Path} {f.IsSelected("length")} {f.Source ?? "-"}")));
            }

            return "p1";
        }, configure: f => f.Argument("id", ScalarType.ID));
        var schema = new GraphQLSchema(query, types: [person, place]);
        var json = await TestSchema.RunAsync(
            schema,
            "query($n: Int, $skip: Boolean!) { node(id: \"p1\") { id ... on Person { friends(first: $n) hidden: friends @skip(if: $skip) } ...F } } fragment F on Place { other: friends }",
            new Dictionary<string, object?> { ["n"] = 3, ["skip"] = true });
        Assert.Equal("""{"data":{"node":{"id":"p1","friends":[]}}}""", json);
        Assert.Equal(["Person: Person.id() node.id False -, Person.friends(first=3) node.friends False -", "Place: Place.id() node.id False -, Place.friends(first=10) node.other False -"], seen);

        // A field whose arguments do not coerce is left out of the look-ahead; its own execution reports the error.
        seen.Clear();
        var bad = await TestSchema.RunAsync(schema, "query($n: Int) { node(id: \"p1\") { ... on Person { id rank(of: $n) } } }", new Dictionary<string, object?> { ["n"] = null });
        Assert.Equal("Person: Person.id() node.id False -", seen[0]);
        Assert.Contains("\"rank\":null", bad, StringComparison.Ordinal);
        Assert.Contains("Argument \\\"of\\\" of non-null type", bad, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Path_items_services_and_arguments()
    {
        var log = new List<string>();
        var item = new ObjectType("Item").Field("label", ScalarType.String, resolve: c =>
        {
            log.Add($"{c.Path} {c.ParentType.Name}.{c.FieldName} {c.FieldNode.ResponseKey}");
            return $"{c.Items["prefix"]}{c.Source}";
        });
        var query = new ObjectType("Query").Field("items", new ListType(item), resolve: c =>
        {
            c.Items["prefix"] = c.RequestServices?.GetService(typeof(string)) + ":";
            Assert.False(c.HasArgument("unused"));
            Assert.True(c.HasArgument("count"));
            return Enumerable.Range(0, c.Argument<int>("count"));
        }, configure: f => f.Argument("count", ScalarType.Int, defaultValue: 2).Argument("unused", ScalarType.String));
        var executor = new GraphQLExecutor(new GraphQLSchema(query));
        var result = await executor.ExecuteAsync(new ExecutionRequest { Query = "{ items { l: label } }", RequestServices = new Services() });
        Assert.Equal("""{"data":{"items":[{"l":"from services:0"},{"l":"from services:1"}]}}""", result.ToJson());
        Assert.Equal(["items.0.l Item.label l", "items.1.l Item.label l"], log);
    }

    [Fact]
    public async Task Argument_conversion_errors_name_the_argument()
    {
        var query = new ObjectType("Query").Field("f", ScalarType.String, resolve: c => c.Argument<DateTime>("s").ToString(System.Globalization.CultureInfo.InvariantCulture), configure: f => f.Argument("s", ScalarType.String));
        var executor = new GraphQLExecutor(new GraphQLSchema(query), new ExecutionOptions { DevelopmentMode = true });
        var result = await executor.ExecuteAsync(new ExecutionRequest { Query = "{ f(s: \"x\") }" });
        Assert.Equal("Argument \"s\" of Query.f holds a String, which cannot be read as DateTime.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task Tasks_returned_by_sync_resolvers_are_awaited_or_reported()
    {
        var query = new ObjectType("Query")
            .Field("boxed", ScalarType.String, resolve: _ => Task.FromResult<object?>("awaited"))
            .Field("typed", ScalarType.String, resolve: _ => Task.FromResult("lost"));
        var json = await TestSchema.RunAsync(new GraphQLSchema(query), "{ boxed typed }");
        Assert.Equal("""{"errors":[{"message":"The resolver of Query.typed returned a Task`1; declare it with resolveAsync so it is awaited.","locations":[{"line":1,"column":9}],"path":["typed"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"boxed":"awaited","typed":null}}""", json);
    }
}
