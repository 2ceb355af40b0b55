using System.Net;
using GraphApi.GraphQL.AspNetCore.Tests.Hosting;

namespace GraphApi.GraphQL.AspNetCore.Tests.Transport;

/// <summary>GraphQL over HTTP §"Accept" and §"Media Types": which response media type a request gets, or 406.</summary>
public sealed class MediaTypeTests : IAsyncLifetime
{
    private const string Body = """{"query":"{ hello }"}""";
    private GraphQLTestHost _host = null!;

    public async Task InitializeAsync() => _host = await GraphQLTestHost.StartAsync(new ScriptedExecutor());

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/json", "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("application/*", "application/json")]
    [InlineData("application/json;q=0.5, application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/graphql-response+json;q=0.5, application/json", "application/json")]
    [InlineData("application/graphql-response+json, application/json", "application/graphql-response+json")]
    [InlineData("text/html, application/json;q=0.9", "application/json")]
    [InlineData("application/json; charset=utf-8", "application/json")]
    public async Task Accept_header_chooses_the_response_media_type(string accept, string expected)
    {
        var reply = await _host.Client.ExchangeAsync(HttpExchange.Post(Body, accept: accept));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(expected, reply.MediaType);
        Assert.Equal("utf-8", reply.ContentType!.CharSet);
    }

    [Fact]
    public async Task A_missing_Accept_header_is_treated_as_application_json()
    {
        var reply = await _host.Client.ExchangeAsync(HttpExchange.Post(Body));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("application/json", reply.MediaType);
    }

    [Theory]
    [InlineData("text/xml")]
    [InlineData("application/json;q=0")]
    [InlineData("application/json; charset=iso-8859-1")]
    [InlineData("image/png, text/plain")]
    public async Task An_unsupported_Accept_header_is_refused_with_406(string accept)
    {
        var reply = await _host.Client.ExchangeAsync(HttpExchange.Post(Body, accept: accept));

        Assert.Equal(HttpStatusCode.NotAcceptable, reply.Status);
        Assert.Contains("application/graphql-response+json", reply.FirstErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_error_is_400_with_graphql_response_json()
    {
        var reply = await _host.Client.ExchangeAsync(HttpExchange.Post("""{"query":"{"}""", accept: "application/graphql-response+json"));

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("application/graphql-response+json", reply.MediaType);
        Assert.False(reply.HasData);
        Assert.StartsWith("Syntax Error", reply.FirstErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_error_is_200_with_legacy_application_json()
    {
        var reply = await _host.Client.ExchangeAsync(HttpExchange.Post("""{"query":"{"}""", accept: "application/json"));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("application/json", reply.MediaType);
        Assert.StartsWith("Syntax Error", reply.FirstErrorMessage, StringComparison.Ordinal);
    }
}
