using System.Net;
using GraphApi.GraphQL.AspNetCore.Tests.Hosting;

namespace GraphApi.GraphQL.AspNetCore.Tests.Transport;

/// <summary>GraphQL over HTTP §"GET": parameters in the query string, and no mutations.</summary>
public sealed class GetRequestTests : IAsyncLifetime
{
    private readonly ScriptedExecutor _executor = new();
    private GraphQLTestHost _host = null!;

    public async Task InitializeAsync() => _host = await GraphQLTestHost.StartAsync(_executor);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_query_in_the_query_string_is_executed()
    {
        var url = "graphql?query=" + Uri.EscapeDataString("query Q($n: Int) { hello }")
            + "&operationName=Q&variables=" + Uri.EscapeDataString("""{"n":7}""");

        var reply = await _host.Client.ExchangeAsync(HttpExchange.Get(url, "application/graphql-response+json"));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("application/graphql-response+json", reply.MediaType);
        var data = reply.Json.GetProperty("data");
        Assert.True(data.GetProperty("isGet").GetBoolean());
        Assert.Equal("Q", data.GetProperty("operationName").GetString());
        Assert.Equal(7, data.GetProperty("variables").GetProperty("n").GetInt32());
    }

    [Fact]
    public async Task A_mutation_by_GET_is_405_with_Allow_POST()
    {
        var reply = await _host.Client.ExchangeAsync(HttpExchange.Get("graphql?query=" + Uri.EscapeDataString("mutation { hello }"), "application/graphql-response+json"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, reply.Status);
        Assert.Equal(["POST"], reply.Allow);
        Assert.Equal(0, _executor.Executions);
    }

    [Theory]
    [InlineData("graphql", "non-empty 'query' parameter")]
    [InlineData("graphql?query=", "non-empty 'query' parameter")]
    [InlineData("graphql?query=%7Bhello%7D&query=%7Bhello%7D", "'query' was given 2 times")]
    [InlineData("graphql?query=%7Bhello%7D&variables=%7Bnope", "'variables' query-string parameter is not valid JSON")]
    [InlineData("graphql?query=%7Bhello%7D&variables=%5B1%5D", "'variables' query-string parameter must be a JSON-encoded object, not a JSON array")]
    [InlineData("graphql?query=%7Bhello%7D&extensions=3", "'extensions' query-string parameter must be a JSON-encoded object, not a JSON number")]
    public async Task Malformed_query_strings_are_400(string url, string expectedMessage)
    {
        var reply = await _host.Client.ExchangeAsync(HttpExchange.Get(url, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Contains(expectedMessage, reply.FirstErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sdl_is_served_as_plain_text()
    {
        var reply = await _host.Client.ExchangeAsync(HttpExchange.Get("graphql?sdl"));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("text/plain", reply.MediaType);
        Assert.Equal(ScriptedExecutor.Sdl, reply.Body);
    }

    [Fact]
    public async Task Sdl_download_can_be_disabled()
    {
        await using var host = await GraphQLTestHost.StartAsync(new ScriptedExecutor(), options => options.EnableSchemaDownload = false);

        var reply = await host.Client.ExchangeAsync(HttpExchange.Get("graphql?sdl"));

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
    }
}
