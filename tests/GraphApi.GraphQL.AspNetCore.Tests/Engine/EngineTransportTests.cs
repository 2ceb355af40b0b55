using System.Net;
using GraphApi.GraphQL.AspNetCore.Tests.Hosting;
using GraphApi.GraphQL.AspNetCore.Tests.Transport;
using GraphApi.GraphQL.Execution;
using Snapshooter.Xunit;

namespace GraphApi.GraphQL.AspNetCore.Tests.Engine;

/// <summary>
/// The transport over our engine (<c>AddGraphQLServer(schema)</c>): how engine outcomes become status codes
/// (GraphQL over HTTP §"application/graphql-response+json"), GET rules, and the options passed to the engine.
/// </summary>
public sealed class EngineTransportTests : IAsyncLifetime
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private GraphQLTestHost _host = null!;

    public async Task InitializeAsync() =>
        _host = await GraphQLTestHost.StartAsync(TransportTestSchema.Build(), options => options.SchemaPrinter = _ => TransportTestSchema.Sdl);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_query_by_POST_is_executed_and_streamed()
    {
        var reply = await _host.Client.ExchangeAsync(HttpExchange.Post("""{"query":"query Greet($who: String) { hello(name: $who) }","variables":{"who":"Ada"}}""", accept: GraphQLResponse));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(GraphQLResponse, reply.MediaType);
        reply.Body.MatchSnapshot();
    }

    [Fact]
    public async Task A_syntax_error_is_400_without_data_for_graphql_response_json()
    {
        var reply = await _host.Client.ExchangeAsync(HttpExchange.Post("""{"query":"{"}""", accept: GraphQLResponse));

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.False(reply.HasData);
        reply.Body.MatchSnapshot();
    }

    [Fact]
    public async Task A_syntax_error_is_200_for_application_json()
    {
        var reply = await _host.Client.ExchangeAsync(HttpExchange.Post("""{"query":"{"}""", accept: "application/json"));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.False(reply.HasData);
        Assert.StartsWith("Syntax Error", reply.FirstErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_validation_error_is_400_without_data_for_graphql_response_json()
    {
        var reply = await _host.Client.ExchangeAsync(HttpExchange.Post("""{"query":"{ nope }"}""", accept: GraphQLResponse));

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.False(reply.HasData);
        Assert.Contains("nope", reply.FirstErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_validation_error_is_200_for_application_json()
    {
        var reply = await _host.Client.ExchangeAsync(HttpExchange.Post("""{"query":"{ nope }"}""", accept: "application/json"));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.False(reply.HasData);
    }

    [Fact]
    public async Task A_variable_coercion_failure_is_400_for_graphql_response_json()
    {
        var reply = await _host.Client.ExchangeAsync(HttpExchange.Post("""{"query":"query($n: Int!) { count(n: $n) }","variables":{"n":"three"}}""", accept: GraphQLResponse));

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.False(reply.HasData);
        Assert.Contains("$n", reply.FirstErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(GraphQLResponse)]
    [InlineData("application/json")]
    public async Task A_field_error_is_200_with_partial_data(string accept)
    {
        var reply = await _host.Client.ExchangeAsync(HttpExchange.Post("""{"query":"{ hello notFound }"}""", accept: accept));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("Hello, world!", reply.Json.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("Person 42 not found.", reply.FirstErrorMessage);
    }

    [Fact]
    public async Task A_resolver_exception_is_hidden_outside_development_mode()
    {
        var reply = await _host.Client.ExchangeAsync(HttpExchange.Post("""{"query":"{ crash }"}"""));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.DoesNotContain("secret", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Development_mode_reports_resolver_exceptions()
    {
        await using var host = await GraphQLTestHost.StartAsync(TransportTestSchema.Build(), options => options.IncludeExceptionDetails = true);

        var reply = await host.Client.ExchangeAsync(HttpExchange.Post("""{"query":"{ crash }"}"""));

        Assert.Contains("secret database detail", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_by_GET_is_executed()
    {
        var reply = await _host.Client.ExchangeAsync(HttpExchange.Get("graphql?query=" + Uri.EscapeDataString("{ hello(name: \"Grace\") }"), GraphQLResponse));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("Hello, Grace!", reply.Json.GetProperty("data").GetProperty("hello").GetString());
    }

    [Theory]
    [InlineData("mutation { bump }", null)]
    [InlineData("query Q { hello } mutation M { bump }", "M")]
    public async Task A_mutation_by_GET_is_405_and_not_executed(string query, string? operationName)
    {
        var url = "graphql?query=" + Uri.EscapeDataString(query) + (operationName is null ? string.Empty : "&operationName=" + operationName);

        var reply = await _host.Client.ExchangeAsync(HttpExchange.Get(url, GraphQLResponse));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, reply.Status);
        Assert.Equal(["POST"], reply.Allow);
        Assert.False(reply.HasData);
        Assert.Equal("A mutation cannot be sent by GET; send it by POST.", reply.FirstErrorMessage);
    }

    [Fact]
    public async Task A_query_next_to_a_mutation_may_be_selected_by_GET()
    {
        var url = "graphql?query=" + Uri.EscapeDataString("query Q { hello } mutation M { bump }") + "&operationName=Q";

        var reply = await _host.Client.ExchangeAsync(HttpExchange.Get(url, GraphQLResponse));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("Hello, world!", reply.Json.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task A_mutation_by_POST_is_executed()
    {
        var reply = await _host.Client.ExchangeAsync(HttpExchange.Post("""{"query":"mutation { bump }"}""", accept: GraphQLResponse));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(1, reply.Json.GetProperty("data").GetProperty("bump").GetInt32());
    }

    [Fact]
    public async Task Sdl_comes_from_the_configured_printer()
    {
        var reply = await _host.Client.ExchangeAsync(HttpExchange.Get("graphql?sdl"));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(TransportTestSchema.Sdl, reply.Body);
    }

    [Fact]
    public async Task Without_a_printer_sdl_is_404()
    {
        await using var host = await GraphQLTestHost.StartAsync(TransportTestSchema.Build());

        var reply = await host.Client.ExchangeAsync(HttpExchange.Get("graphql?sdl"));

        Assert.Equal(HttpStatusCode.NotFound, reply.Status);
        Assert.Contains("SchemaPrinter", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Introspection_can_be_disabled()
    {
        await using var host = await GraphQLTestHost.StartAsync(
            TransportTestSchema.Build(),
            options => options.Execution = ExecutionOptions.Default with { EnableIntrospection = false });

        var reply = await host.Client.ExchangeAsync(HttpExchange.Post("""{"query":"{ __schema { queryType { name } } }"}""", accept: GraphQLResponse));

        Assert.DoesNotContain("\"Query\"", reply.Body, StringComparison.Ordinal);
        Assert.NotEmpty(reply.FirstErrorMessage);
    }

    [Fact]
    public async Task Limits_reach_the_engine()
    {
        await using var host = await GraphQLTestHost.StartAsync(
            TransportTestSchema.Build(),
            options => options.Execution = ExecutionOptions.Default with { Limits = ExecutionLimits.Default with { MaxDepth = 2 } });

        var reply = await host.Client.ExchangeAsync(HttpExchange.Post("""{"query":"{ node { child { child { depth } } } }"}""", accept: GraphQLResponse));

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.False(reply.HasData);
    }
}
