using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;
using static GraphApi.GraphQL.Tests.TestSchema;

namespace GraphApi.GraphQL.Tests.Execution;

/// <summary>Field errors and null propagation (GraphQL spec §6.4.4 "Handling Field Errors").</summary>
public class FieldErrorTests
{
    [Fact]
    public async Task Production_mode_hides_exception_details()
    {
        var json = await RunAsync("{ hello fail }");
        Assert.Equal("""{"errors":[{"message":"Unexpected Execution Error","locations":[{"line":1,"column":9}],"path":["fail"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"hello":"world","fail":null}}""", json);
        Assert.DoesNotContain("secret", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Development_mode_shows_message_and_stack()
    {
        var executor = new GraphQLExecutor(Build(), new ExecutionOptions { DevelopmentMode = true });
        var result = await executor.ExecuteAsync(new ExecutionRequest { Query = "{ fail }" });
        var error = Assert.Single(result.Errors);
        Assert.Equal("secret database detail", error.Message);
        var exception = Assert.IsType<Dictionary<string, object?>>(error.Extensions!["exception"]);
        Assert.Equal("System.InvalidOperationException", exception["type"]);
        Assert.Contains("TestSchema", (string)exception["stackTrace"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Domain_errors_keep_message_and_code()
    {
        Assert.Equal(
            """{"errors":[{"message":"Person 42 not found.","locations":[{"line":1,"column":3}],"path":["domainError"],"extensions":{"code":"NOT_FOUND"}}],"data":{"domainError":null}}""",
            await RunAsync("{ domainError }"));
    }

    [Fact]
    public async Task Non_null_root_field_error_nulls_data()
    {
        Assert.Equal(
            """{"errors":[{"message":"Unexpected Execution Error","locations":[{"line":1,"column":9}],"path":["failNonNull"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":null}""",
            await RunAsync("{ hello failNonNull }"));
    }

    [Fact]
    public async Task Null_in_non_null_list_item_bubbles_to_the_nullable_list()
    {
        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Query.nullList.","locations":[{"line":1,"column":3}],"path":["nullList",1],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"nullList":null,"hello":"world"}}""",
            await RunAsync("{ nullList hello }"));
    }

    [Fact]
    public async Task Null_bubbles_through_non_null_parents_to_nearest_nullable()
    {
        var schema = Build(q => q.Field(
            "broken",
            new ObjectType("Broken")
                .Field("inner", new NonNullType(new ObjectType("Inner").Field("value", new NonNullType(ScalarType.String), resolve: _ => null)), resolve: _ => new object())
                .Field("ok", ScalarType.String, resolve: _ => "ok"),
            resolve: _ => new object()));
        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Inner.value.","locations":[{"line":1,"column":20}],"path":["broken","inner","value"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"broken":null}}""",
            await RunAsync(schema, "{ broken { inner { value } ok } }"));
    }

    [Fact]
    public async Task Serialization_errors_are_field_errors()
    {
        Assert.Equal(
            """{"errors":[{"message":"Int cannot represent non-integer value: 1.5","locations":[{"line":1,"column":3}],"path":["badInt"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"badInt":null}}""",
            await RunAsync("{ badInt }"));
    }

    [Fact]
    public async Task Non_iterable_list_value_is_a_field_error()
    {
        Assert.Equal(
            """{"errors":[{"message":"Expected Iterable, but did not find one for field \"Query.notAList\".","locations":[{"line":1,"column":3}],"path":["notAList"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"notAList":null}}""",
            await RunAsync("{ notAList }"));
    }

    [Fact]
    public async Task Errors_in_list_items_carry_indexes()
    {
        var schema = Build(q => q.Field(
            "items",
            new ListType(new ObjectType("Item").Field("n", ScalarType.Int, resolve: c => (int)c.Source! == 2 ? throw new GraphApi.GraphQL.Errors.GraphQLException("two") : c.Source)),
            resolve: _ => new[] { 1, 2, 3 }));
        Assert.Equal(
            """{"errors":[{"message":"two","locations":[{"line":1,"column":11}],"path":["items",1,"n"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"items":[{"n":1},{"n":null},{"n":3}]}}""",
            await RunAsync(schema, "{ items { n } }"));
    }

    [Fact]
    public async Task Abstract_type_without_resolution_is_a_field_error()
    {
        var shape = new InterfaceType("Shape").Field("area", ScalarType.Float);
        var square = new ObjectType("Square").Implements(shape).Field("area", ScalarType.Float, resolve: _ => 4.0);
        var schema = new GraphQLSchema(new ObjectType("Query").Field("shape", shape, resolve: _ => new object()), types: [square]);
        var json = await RunAsync(schema, "{ shape { area } }");
        Assert.Contains("Abstract type \\\"Shape\\\" must resolve to an Object type at runtime for field \\\"Query.shape\\\".", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unexpected_error_observer_sees_the_exception()
    {
        Exception? seen = null;
        await RunAsync(Build(), "{ fail }", options: new ExecutionOptions { UnexpectedErrorObserver = (ex, _) => seen = ex });
        Assert.Equal("secret database detail", seen?.Message);
    }

    [Fact]
    public async Task Several_nulls_in_a_non_null_list_report_one_error()
    {
        var schema = Build(q => q.Field("holes", new ListType(new NonNullType(ScalarType.Int)), resolve: _ => new object?[] { null, null, 3 }));
        var result = await new GraphQLExecutor(schema).ExecuteAsync(new ExecutionRequest { Query = "{ holes }" });
        Assert.Equal(["holes", 0], Assert.Single(result.Errors).Path!);
        Assert.Equal("""{"holes":null}""", System.Text.Json.JsonSerializer.Serialize(result.Data));
    }
}
