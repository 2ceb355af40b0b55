using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Utilities;
using Snapshooter.Xunit;

namespace GraphApi.GraphQL.Tests.Introspection;

/// <summary>Schema introspection (GraphQL spec §4).</summary>
public class IntrospectionTests
{
    private static async Task<ExecutionResult> ExecuteAsync(string query, ExecutionOptions? options = null)
    {
        var executor = new GraphQLExecutor(SchemaBuilder.FromSdl(TestSdl.Text), options);
        return await executor.ExecuteAsync(new ExecutionRequest { Query = query });
    }

    [Fact]
    public async Task Full_graphiql_introspection_query()
    {
        var result = await ExecuteAsync(IntrospectionQuery.Full);
        Assert.True(result.Errors.Count == 0, string.Join("\n", result.Errors));
        result.ToJson(indented: true).MatchSnapshot();
    }

    [Fact]
    public async Task Type_lookup_with_deprecated_inputs_and_one_of()
    {
        var result = await ExecuteAsync("""
            {
              key: __type(name: "Key") { kind isOneOf inputFields { name } }
              filter: __type(name: "Filter") {
                isOneOf
                visible: inputFields { name defaultValue }
                all: inputFields(includeDeprecated: true) { name isDeprecated deprecationReason }
              }
              date: __type(name: "Date") { specifiedByURL }
              missing: __type(name: "Nope") { name }
              list: __type(name: "Query") { fields { name type { kind ofType { kind ofType { kind ofType { name } } } } } }
            }
            """);
        Assert.True(result.Errors.Count == 0, string.Join("\n", result.Errors));
        result.ToJson(indented: true).MatchSnapshot();
    }

    [Fact]
    public async Task Directive_introspection_includes_repeatable_and_arguments()
    {
        var result = await ExecuteAsync("{ __schema { directives { name isRepeatable locations args { name defaultValue } } } }");
        var json = result.ToJson();
        Assert.Contains("""{"name":"cost","isRepeatable":true,"locations":["FIELD_DEFINITION","OBJECT"],"args":[{"name":"weight","defaultValue":"1"}]}""", json, StringComparison.Ordinal);
        Assert.Contains("""{"name":"deprecated","isRepeatable":false,"locations":["FIELD_DEFINITION","ARGUMENT_DEFINITION","INPUT_FIELD_DEFINITION","ENUM_VALUE"],"args":[{"name":"reason","defaultValue":"\"No longer supported\""}]}""", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disabled_introspection_rejects_schema_and_type_but_keeps_typename()
    {
        var options = new ExecutionOptions { EnableIntrospection = false };
        var schema = await ExecuteAsync("{ __schema { queryType { name } } }", options);
        Assert.Null(schema.Data);
        Assert.Equal("GraphQL introspection has been disabled, but the requested query contained the field \"__schema\".", Assert.Single(schema.Errors).Message);
        var type = await ExecuteAsync("{ __type(name: \"Query\") { name } }", options);
        Assert.Equal("""{"errors":[{"message":"GraphQL introspection has been disabled, but the requested query contained the field \"__type\".","locations":[{"line":1,"column":3}],"path":["__type"],"extensions":{"code":"INTROSPECTION_DISABLED"}}],"data":{"__type":null}}""", type.ToJson());
        var typename = await ExecuteAsync("{ __typename }", options);
        Assert.Equal("""{"data":{"__typename":"Query"}}""", typename.ToJson());
    }
}
