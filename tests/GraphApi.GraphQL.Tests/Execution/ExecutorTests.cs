using System.Text.Json;
using GraphApi.GraphQL.Execution;
using static GraphApi.GraphQL.Tests.TestSchema;

namespace GraphApi.GraphQL.Tests.Execution;

/// <summary>Executing requests end to end (GraphQL spec §6).</summary>
public class ExecutorTests
{
    [Fact]
    public async Task Simple_query_and_typename()
    {
        Assert.Equal("""{"data":{"hello":"world","__typename":"Query"}}""", await RunAsync("{ hello __typename }"));
    }

    [Fact]
    public async Task Aliases_keep_request_order_and_fields_merge()
    {
        var json = await RunAsync("{ b: hello a: hello person(id: 1) { name } person(id: 1) { id } }");
        Assert.Equal("""{"data":{"b":"world","a":"world","person":{"name":"Ada","id":"1"}}}""", json);
    }

    [Fact]
    public async Task Nested_lists_and_cycles()
    {
        var json = await RunAsync("{ person(id: \"3\") { name knows { name knows { id } } } }");
        Assert.Equal("""{"data":{"person":{"name":"Grace","knows":[{"name":"Ada","knows":[{"id":"2"},{"id":"3"}]},{"name":"Alan","knows":[{"id":"1"}]}]}}}""", json);
    }

    [Fact]
    public async Task Arguments_defaults_and_has_argument()
    {
        Assert.Equal("""{"data":{"add":5,"echo":"no text","e2":"echo:x"}}""", await RunAsync("{ add(a: 3) echo e2: echo(text: \"x\") }"));
    }

    [Fact]
    public async Task Fragments_and_skip_include()
    {
        var json = await RunAsync(
            "query($no: Boolean!) { person(id: 1) { ...F name @skip(if: $no) age @include(if: $no) } } fragment F on Person { id }",
            new Dictionary<string, object?> { ["no"] = true });
        Assert.Equal("""{"data":{"person":{"id":"1","age":36}}}""", json);
    }

    [Fact]
    public async Task Variables_coerce_input_objects_with_defaults()
    {
        var json = await RunAsync(
            "query($f: PersonFilter) { people(filter: $f) { name } }",
            new Dictionary<string, object?> { ["f"] = new Dictionary<string, object?> { ["nameContains"] = "A" } });
        Assert.Equal("""{"data":{"people":[{"name":"Ada"},{"name":"Alan"}]}}""", json);
        var literal = await RunAsync("{ people(filter: { minAge: 40 }) { name } }");
        Assert.Equal("""{"data":{"people":[{"name":"Alan"}]}}""", literal);
    }

    [Fact]
    public async Task Variables_from_json()
    {
        var executor = new GraphQLExecutor(Build());
        using var variables = JsonDocument.Parse("""{"id": 2, "list": ["RED", "GREEN"]}""");
        var result = await executor.ExecuteAsync(new ExecutionRequest
        {
            Query = "query($id: ID!, $list: [Color]) { person(id: $id) { name } colors(list: $list) }",
            VariablesJson = variables.RootElement,
        });
        Assert.Equal("""{"data":{"person":{"name":"Alan"},"colors":["RED","GREEN"]}}""", result.ToJson());
    }

    [Theory]
    [InlineData("query($a: Int!) { add(a: $a) }", "{}", """Variable "$a" of required type "Int!" was not provided.""")]
    [InlineData("query($a: Int!) { add(a: $a) }", """{"a": null}""", """Variable "$a" of non-null type "Int!" must not be null.""")]
    [InlineData("query($a: Int!) { add(a: $a) }", """{"a": "x"}""", "Variable \"$a\" got invalid value \"x\"; Int cannot represent non-integer value: \"x\"")]
    [InlineData("query($a: Int!) { add(a: $a) }", """{"a": 3000000000}""", """Variable "$a" got invalid value 3000000000; Int cannot represent non 32-bit signed integer value: 3000000000""")]
    [InlineData("query($f: PersonFilter) { people(filter: $f) { name } }", """{"f": {"tags": ["a", null]}}""", """Variable "$f" got invalid value null at "f.tags[1]"; Expected non-nullable type "String!" not to be null.""")]
    [InlineData("query($f: PersonFilter) { people(filter: $f) { name } }", """{"f": {"bogus": 1}}""", """Variable "$f" got invalid value { bogus: 1 }; Field "bogus" is not defined by type "PersonFilter".""")]
    [InlineData("query($f: PersonFilter) { people(filter: $f) { name } }", """{"f": 5}""", """Variable "$f" got invalid value 5; Expected type "PersonFilter" to be an object.""")]
    [InlineData("query($c: Color) { color(pick: $c) }", """{"c": "PINK"}""", """Variable "$c" got invalid value "PINK"; Value "PINK" does not exist in "Color" enum.""")]
    [InlineData("query($b: PersonBy!) { personBy(by: $b) { name } }", """{"b": {"id": "1", "name": "Ada"}}""", """Variable "$b" got invalid value { id: "1", name: "Ada" }; Exactly one key must be specified for OneOf type "PersonBy".""")]
    [InlineData("query($b: PersonBy!) { personBy(by: $b) { name } }", """{"b": {"id": null}}""", """Variable "$b" got invalid value null at "b.id"; Field "id" must be non-null.""")]
    public async Task Variable_coercion_errors(string query, string variables, string message)
    {
        var executor = new GraphQLExecutor(Build());
        using var json = JsonDocument.Parse(variables);
        var result = await executor.ExecuteAsync(new ExecutionRequest { Query = query, VariablesJson = json.RootElement });
        Assert.False(result.HasData);
        Assert.Equal(message, Assert.Single(result.Errors).Message);
        Assert.Equal(1, result.Errors[0].Locations[0].Line);
    }

    [Fact]
    public async Task OneOf_argument_literal()
    {
        Assert.Equal("""{"data":{"personBy":{"name":"Grace"}}}""", await RunAsync("{ personBy(by: { name: \"Grace\" }) { name } }"));
        const string query = "{ personBy(by: { name: \"Grace\", id: 1 }) { name } }";
        var validated = await new GraphQLExecutor(Build()).ExecuteAsync(new ExecutionRequest { Query = query });
        Assert.False(validated.HasData);
        Assert.StartsWith("OneOf Input Object \"PersonBy\"", Assert.Single(validated.Errors).Message, StringComparison.Ordinal);

        var result = await new GraphQLExecutor(Build(), new ExecutionOptions { Validator = null }).ExecuteAsync(new ExecutionRequest { Query = query });
        var error = Assert.Single(result.Errors);
        Assert.Equal("Argument \"by\" has invalid value {name: \"Grace\", id: 1}.", error.Message);
        Assert.Equal(["personBy"], error.Path!);
        Assert.Equal(1, error.Locations[0].Line);
        Assert.Equal(16, error.Locations[0].Column);
    }

    [Fact]
    public async Task Enums_serialize_and_parse()
    {
        Assert.Equal("""{"data":{"color":"GREEN","red":"RED"}}""", await RunAsync("{ color red: color(pick: RED) }"));
    }

    [Fact]
    public async Task Operation_selection()
    {
        var schema = Build();
        const string doc = "query A { hello } query B { add(a: 1) }";
        Assert.Equal("""{"data":{"add":3}}""", await RunAsync(schema, doc, operationName: "B"));
        Assert.Equal("""{"errors":[{"message":"Must provide operation name if query contains multiple operations.","extensions":{"code":"OPERATION_RESOLUTION_FAILURE"}}]}""", await RunAsync(schema, doc));
        Assert.Equal("""{"errors":[{"message":"Unknown operation named \"C\".","extensions":{"code":"OPERATION_RESOLUTION_FAILURE"}}]}""", await RunAsync(schema, doc, operationName: "C"));
    }

    [Fact]
    public async Task Syntax_errors_are_results_not_exceptions()
    {
        var executor = new GraphQLExecutor(Build());
        var result = await executor.ExecuteAsync(new ExecutionRequest { Query = "{ hello" });
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("Syntax Error: ", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.Locations[0].Line);
        Assert.False(result.HasData);
    }

    [Fact]
    public async Task Async_resolvers()
    {
        Assert.Equal("""{"data":{"slow":"done","hello":"world","s2":"done"}}""", await RunAsync("{ slow hello s2: slow }"));
    }

    [Fact]
    public async Task Mutations_run_serially()
    {
        var json = await RunAsync("mutation { a: increment(delayMs: 30) b: increment c: increment(delayMs: 10) }");
        Assert.Equal("""{"data":{"a":1,"b":2,"c":3}}""", json);
    }

    [Fact]
    public async Task Abstract_types_resolve_via_resolve_type_and_is_type_of()
    {
        var json = await RunAsync("{ pets { __typename ... on Dog { barks } ... on Cat { lives } } named { name ... on Person { age } } }");
        Assert.Equal("""{"data":{"pets":[{"__typename":"Dog","barks":true},{"__typename":"Cat","lives":9}],"named":[{"name":"Rex"},{"name":"Ada","age":36}]}}""", json);
    }

    [Fact]
    public async Task Cancellation_timeout_yields_error()
    {
        var options = new ExecutionOptions { Limits = ExecutionLimits.Default with { Timeout = TimeSpan.FromMilliseconds(1) } };
        var schema = Build(q => q.Field("forever", GraphApi.GraphQL.Types.ScalarType.String, resolveAsync: async c =>
        {
            await Task.Delay(Timeout.Infinite, c.CancellationToken);
            return "never";
        }));
        var json = await RunAsync(schema, "{ forever }", options: options);
        Assert.Equal("""{"errors":[{"message":"Execution timed out after 1 ms.","extensions":{"code":"EXECUTION_TIMEOUT"}}],"data":null}""", json);
    }

    [Fact]
    public async Task Subscription_and_missing_root_are_request_errors()
    {
        var json = await RunAsync("subscription { hello }");
        Assert.Equal("""{"errors":[{"message":"The subscription operation is not supported by the schema.","locations":[{"line":1,"column":1}],"extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}""", json);

        // Without validation, execution still refuses the operation (§6.1 GetOperationRootType).
        var unvalidated = await new GraphQLExecutor(new GraphApi.GraphQL.Types.GraphQLSchema(new GraphApi.GraphQL.Types.ObjectType("Query").Field("hello", GraphApi.GraphQL.Types.ScalarType.String)), new ExecutionOptions { Validator = null })
            .ExecuteAsync(new ExecutionRequest { Query = "subscription { hello }" });
        Assert.Equal("Schema is not configured to execute subscription operation.", Assert.Single(unvalidated.Errors).Message);
    }

    [Fact]
    public async Task Custom_scalar_failures_are_errors_not_exceptions()
    {
        var odd = new GraphApi.GraphQL.Types.ScalarType("Odd", parseValue: v => (int)v % 2 == 1 ? v : throw new NullReferenceException("even"));
        var query = new GraphApi.GraphQL.Types.ObjectType("Query").Field("odd", odd, resolve: c => c.Arguments["n"], configure: f => f.Argument("n", odd));
        var schema = new GraphApi.GraphQL.Types.GraphQLSchema(query);
        var executor = new GraphQLExecutor(schema);
        var viaVariable = await executor.ExecuteAsync(new ExecutionRequest { Query = "query($n: Odd) { odd(n: $n) }", Variables = new Dictionary<string, object?> { ["n"] = 2 } });
        Assert.Equal("Variable \"$n\" got invalid value 2; Expected type \"Odd\". even", Assert.Single(viaVariable.Errors).Message);
        var viaLiteral = await new GraphQLExecutor(schema, new ExecutionOptions { Validator = null }).ExecuteAsync(new ExecutionRequest { Query = "{ odd(n: 4) }" });
        Assert.Equal("Argument \"n\" has invalid value 4.", Assert.Single(viaLiteral.Errors).Message);
        Assert.Equal("""{"data":{"odd":3}}""", (await executor.ExecuteAsync(new ExecutionRequest { Query = "{ odd(n: 3) }" })).ToJson());
    }
}
