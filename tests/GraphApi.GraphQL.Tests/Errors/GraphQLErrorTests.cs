using System.Text;
using System.Text.Json;
using GraphApi.GraphQL.Errors;

namespace GraphApi.GraphQL.Tests.Errors;

public class GraphQLErrorTests
{
    private static string Json(GraphQLError error)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            error.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void Field_error_writes_message_locations_path_and_extensions_in_spec_order()
    {
        var error = ErrorFactory.Field(
            "boom",
            "6.4.4",
            [new ErrorLocation(2, 3)],
            ["hero", 0, "name"],
            GraphQLErrorCodes.InternalServerError,
            new Dictionary<string, object?> { ["code"] = "NOT_FOUND", ["id"] = 7 });

        Assert.Equal(
            """{"message":"boom","locations":[{"line":2,"column":3}],"path":["hero",0,"name"],"extensions":{"code":"NOT_FOUND","id":7}}""",
            Json(error));
        Assert.Equal("6.4.4", error.SpecSection);
    }

    [Fact]
    public void Validation_error_without_locations_omits_locations_and_path()
    {
        var error = ErrorFactory.Validation("Unknown type \"Foo\".", "5.5.1.2");
        Assert.Equal("""{"message":"Unknown type \u0022Foo\u0022.","extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}""", Json(error));
        Assert.Null(error.Path);
    }

    [Fact]
    public void Field_error_without_a_code_of_its_own_gets_the_one_given()
    {
        var error = ErrorFactory.Field("Argument \"first\" has invalid value \"x\".", "6.4.1", [], ["people"], GraphQLErrorCodes.BadUserInput, new Dictionary<string, object?> { ["hint"] = "a number" });

        Assert.Equal("""{"message":"Argument \u0022first\u0022 has invalid value \u0022x\u0022.","path":["people"],"extensions":{"code":"BAD_USER_INPUT","hint":"a number"}}""", Json(error));
    }

    [Fact]
    public void Syntax_error_is_prefixed_and_located()
    {
        var error = ErrorFactory.Syntax("Expected Name, found <EOF>.", 1, 7);
        Assert.Equal("Syntax Error: Expected Name, found <EOF>.", error.Message);
        Assert.Equal(new ErrorLocation(1, 7), Assert.Single(error.Locations));
        Assert.Equal(GraphQLErrorCodes.ParseFailed, error.Extensions!["code"]);
    }

    [Fact]
    public void GraphQLException_with_code_exposes_extension()
    {
        var exception = new GraphQLException("Person not found", "NOT_FOUND");
        Assert.Equal("NOT_FOUND", exception.Extensions!["code"]);
    }
}
