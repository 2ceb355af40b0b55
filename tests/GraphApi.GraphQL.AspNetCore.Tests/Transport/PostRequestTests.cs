using System.Net;
using GraphApi.GraphQL.AspNetCore.Tests.Hosting;

namespace GraphApi.GraphQL.AspNetCore.Tests.Transport;

/// <summary>GraphQL over HTTP §"POST" and §"Request Parameters": what a POST body must look like, and how bad ones are refused.</summary>
public sealed class PostRequestTests : IAsyncLifetime
{
    private readonly ScriptedExecutor _executor = new();
    private GraphQLTestHost _host = null!;

    public async Task InitializeAsync() => _host = await GraphQLTestHost.StartAsync(_executor, options => options.MaxRequestBodySize = 1000);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Parameters_reach_the_engine_intact()
    {
        var reply = await _host.Client.ExchangeAsync(HttpExchange.Post(
            """{"query":"query Q($n: Int) { hello }","operationName":"Q","variables":{"n":3},"extensions":{"x":true},"unknown":1}"""));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        var data = reply.Json.GetProperty("data");
        Assert.Equal("Q", data.GetProperty("operationName").GetString());
        Assert.Equal(3, data.GetProperty("variables").GetProperty("n").GetInt32());
        Assert.False(data.GetProperty("isGet").GetBoolean());
        Assert.True(_executor.LastRequest!.Extensions!.Value.GetProperty("x").GetBoolean());
    }

    [Theory]
    [InlineData("""{"query":"{ hello }","variables":null}""")]
    [InlineData("""{"query":"{ hello }","operationName":null}""")]
    [InlineData("""{"query":"{ hello }","extensions":null}""")]
    public async Task Null_optional_parameters_are_allowed(string body)
    {
        var reply = await _host.Client.ExchangeAsync(HttpExchange.Post(body, accept: "application/graphql-response+json"));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json; charset=UTF-8")]
    [InlineData("APPLICATION/JSON")]
    public async Task Utf8_json_content_types_are_accepted(string contentType)
    {
        var reply = await _host.Client.ExchangeAsync(HttpExchange.Post("""{"query":"{ hello(name: \"Run🏃Swim🏊\") }"}""", contentType));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("{ hello(name: \"Run🏃Swim🏊\") }", reply.Json.GetProperty("data").GetProperty("query").GetString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/graphql")]
    [InlineData("application/json; charset=iso-8859-1")]
    public async Task Other_content_types_are_refused_with_415(string? contentType)
    {
        var reply = await _host.Client.ExchangeAsync(HttpExchange.Post("""{"query":"{ hello }"}""", contentType));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, reply.Status);
        Assert.Contains("application/json", reply.FirstErrorMessage, StringComparison.Ordinal);
        Assert.Equal(0, _executor.Executions);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("""{ "not a JSON""", "not valid UTF-8 JSON")]
    [InlineData("""["query"]""", "not a JSON array")]
    [InlineData("""{"qeury":"{ hello }"}""", "no 'query' parameter")]
    [InlineData("""{"query":null}""", "must be a string, not a JSON null")]
    [InlineData("""{"query":{"obj":"ect"}}""", "must be a string, not a JSON object")]
    [InlineData("""{"query":0}""", "must be a string, not a JSON number")]
    [InlineData("""{"query":false}""", "must be a string, not a JSON boolean")]
    [InlineData("""{"query":["array"]}""", "must be a string, not a JSON array")]
    [InlineData("""{"query":"{ hello }","operationName":{"obj":"ect"}}""", "'operationName' parameter must be a string or null")]
    [InlineData("""{"query":"{ hello }","operationName":false}""", "'operationName' parameter must be a string or null")]
    [InlineData("""{"query":"{ hello }","variables":"string"}""", "'variables' parameter must be a JSON object or null, not a JSON string")]
    [InlineData("""{"query":"{ hello }","variables":["array"]}""", "'variables' parameter must be a JSON object or null, not a JSON array")]
    [InlineData("""{"query":"{ hello }","extensions":0}""", "'extensions' parameter must be a JSON object or null, not a JSON number")]
    public async Task Malformed_bodies_are_400_with_a_graphql_error_for_both_media_types(string body, string expectedMessage)
    {
        foreach (var accept in new[] { "application/json", "application/graphql-response+json" })
        {
            var reply = await _host.Client.ExchangeAsync(HttpExchange.Post(body, accept: accept));

            Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
            Assert.Equal(accept, reply.MediaType);
            Assert.Contains(expectedMessage, reply.FirstErrorMessage, StringComparison.Ordinal);
            Assert.False(reply.HasData);
        }

        Assert.Equal(0, _executor.Executions);
    }

    [Fact]
    public async Task Invalid_utf8_is_400_not_500()
    {
        byte[] body = [.. "{\"query\":\"{ hello }"u8, 0xC3, 0x28, .. "\"}"u8];

        var reply = await _host.Client.ExchangeAsync(HttpExchange.Post(body, accept: "application/graphql-response+json"));

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Contains("not valid UTF-8 JSON", reply.FirstErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413()
    {
        var body = """{"query":"{ hello }","extensions":{"pad":""" + "\"" + new string('x', 2000) + "\"}}";

        var reply = await _host.Client.ExchangeAsync(HttpExchange.Post(body));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, reply.Status);
        Assert.Contains("1000 bytes", reply.FirstErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chunked_body_is_read_whole_and_the_limit_still_holds()
    {
        // No Content-Length: Kestrel receives the body chunked and the reader grows its buffer as the bytes come.
        var reply = await _host.Client.ExchangeAsync(Chunked("""{"query":"{ hello }","extensions":{"pad":""" + "\"" + new string('x', 900) + "\"}}"));
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(900, _executor.LastRequest!.Extensions!.Value.GetProperty("pad").GetString()!.Length);

        var over = await _host.Client.ExchangeAsync(Chunked("""{"query":"{ hello }","extensions":{"pad":""" + "\"" + new string('x', 2000) + "\"}}"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, over.Status);
    }

    [Fact]
    public async Task A_large_chunked_body_grows_its_buffer_intact()
    {
        await using var host = await GraphQLTestHost.StartAsync(_executor, options => options.MaxRequestBodySize = 1_000_000);
        var pad = string.Concat(Enumerable.Range(0, 20_000).Select(i => (char)('a' + (i % 26))));

        var reply = await host.Client.ExchangeAsync(Chunked("""{"query":"{ hello }","extensions":{"pad":""" + "\"" + pad + "\"}}"));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(pad, _executor.LastRequest!.Extensions!.Value.GetProperty("pad").GetString());
    }

    [Fact]
    public async Task The_answer_carries_its_Content_Length_and_is_not_chunked()
    {
        using var request = HttpExchange.Post("""{"query":"{ hello }"}""");
        using var response = await _host.Client.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(bytes.Length, response.Content.Headers.ContentLength);
        Assert.NotEqual(true, response.Headers.TransferEncodingChunked);
    }

    private static HttpRequestMessage Chunked(string body)
    {
        var content = new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(body)));
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        var message = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = content };
        message.Headers.TransferEncodingChunked = true;
        return message;
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Other_methods_are_405_with_an_Allow_header(string method)
    {
        var reply = await _host.Client.ExchangeAsync(new HttpRequestMessage(new HttpMethod(method), "graphql"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, reply.Status);
        Assert.Equal(["GET", "POST"], reply.Allow);
    }

    [Fact]
    public async Task An_engine_failure_is_a_500_graphql_error_without_details()
    {
        var reply = await _host.Client.ExchangeAsync(HttpExchange.Post("""{"query":"{ crash }"}"""));

        Assert.Equal(HttpStatusCode.InternalServerError, reply.Status);
        Assert.Equal("Unexpected server error.", reply.FirstErrorMessage);
        Assert.DoesNotContain("secret", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Development_mode_reports_engine_failure_details()
    {
        await using var host = await GraphQLTestHost.StartAsync(new ScriptedExecutor(), options => options.IncludeExceptionDetails = true);

        var reply = await host.Client.ExchangeAsync(HttpExchange.Post("""{"query":"{ crash }"}"""));

        Assert.Equal(HttpStatusCode.InternalServerError, reply.Status);
        Assert.Contains("System.InvalidOperationException: secret internal detail", reply.FirstErrorMessage, StringComparison.Ordinal);
    }
}
