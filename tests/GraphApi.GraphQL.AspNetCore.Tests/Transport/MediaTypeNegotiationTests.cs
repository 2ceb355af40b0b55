using Microsoft.Extensions.Primitives;

namespace GraphApi.GraphQL.AspNetCore.Tests.Transport;

/// <summary>The Accept header's answer is remembered per header text: asking again gives the same answer, refusals included.</summary>
public sealed class MediaTypeNegotiationTests
{
    [Theory]
    [InlineData("application/graphql-response+json, application/json", GraphQLMediaTypes.GraphQLResponse)]
    [InlineData("application/json;q=0.9, application/graphql-response+json;q=0.5", GraphQLMediaTypes.Json)]
    [InlineData("*/*", GraphQLMediaTypes.Json)]
    [InlineData("application/json; charset=iso-8859-1", null)]
    [InlineData("text/html", null)]
    public void The_same_header_gets_the_same_answer_every_time(string accept, string? expected)
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(expected, ResponseMediaTypeNegotiation.Choose(new StringValues(accept)));
        }
    }

    [Fact]
    public void Past_the_remembered_headers_every_header_is_still_negotiated()
    {
        for (var i = 0; i < 1_000; i++)
        {
            Assert.Equal(GraphQLMediaTypes.Json, ResponseMediaTypeNegotiation.Choose(new StringValues($"application/json;q=0.{(i % 9) + 1}, x/y{i}")));
            Assert.Null(ResponseMediaTypeNegotiation.Choose(new StringValues($"text/x-{i}")));
        }
    }

    [Fact]
    public void Two_header_lines_are_read_together()
    {
        Assert.Equal(
            GraphQLMediaTypes.GraphQLResponse,
            ResponseMediaTypeNegotiation.Choose(new StringValues(["text/html", "application/graphql-response+json"])));
    }
}
