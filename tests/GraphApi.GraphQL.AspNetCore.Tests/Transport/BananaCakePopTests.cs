using System.Net;
using GraphApi.GraphQL.AspNetCore.Tests.Hosting;

namespace GraphApi.GraphQL.AspNetCore.Tests.Transport;

/// <summary>Banana Cake Pop is served to browsers from the build output, with a preset pointing at the endpoint.</summary>
public sealed class BananaCakePopTests : IAsyncLifetime
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private GraphQLTestHost _host = null!;

    public async Task InitializeAsync() => _host = await GraphQLTestHost.StartAsync(new ScriptedExecutor(), options =>
    {
        options.IdeTitle = "Test API";
        options.IdeWelcomeDocument = "{ dogs { name } }";
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_browser_gets_the_ide_page_with_a_base_below_the_endpoint()
    {
        var reply = await _host.Client.ExchangeAsync(HttpExchange.Get("graphql/", BrowserAccept));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("text/html", reply.MediaType);
        Assert.Contains("<title>Banana Cake Pop</title>", reply.Body, StringComparison.Ordinal);
        Assert.Contains("<head><base href=\"/graphql/\"/><script src=\"graphapi-welcome.js\" defer></script>", reply.Body, StringComparison.Ordinal);
    }

    /// <summary>The IDE keeps its schema by the page's folder; served at /graphql its first view showed "No Schema".</summary>
    [Fact]
    public async Task A_browser_at_the_endpoint_is_sent_to_its_folder_url()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _host.Client.BaseAddress };
        using var request = HttpExchange.Get("graphql?x=1", BrowserAccept);
        var reply = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, reply.StatusCode);
        Assert.Equal("/graphql/?x=1", reply.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_welcome_script_carries_the_welcome_document()
    {
        var reply = await _host.Client.ExchangeAsync(HttpExchange.Get("graphql/graphapi-welcome.js"));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("text/javascript", reply.MediaType);
        Assert.Contains("const text = \"{ dogs { name } }\";", reply.Body, StringComparison.Ordinal);
        Assert.Contains("Create Document", reply.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("http", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_ide_scripts_are_served_below_the_endpoint()
    {
        var page = await _host.Client.ExchangeAsync(HttpExchange.Get("graphql", BrowserAccept));
        var script = System.Text.RegularExpressions.Regex.Match(page.Body, "src=\"(static/js/main\\.[^\"]+\\.js)\"").Groups[1].Value;
        Assert.NotEmpty(script);

        var reply = await _host.Client.ExchangeAsync(HttpExchange.Get("graphql/" + script));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("text/javascript", reply.MediaType);
        Assert.Contains("bcp-config.json", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_preset_points_at_the_endpoint()
    {
        var reply = await _host.Client.ExchangeAsync(HttpExchange.Get("graphql/bcp-config.json"));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("application/json", reply.MediaType);
        Assert.Equal(_host.Endpoint.AbsolutePath, reply.Json.GetProperty("endpoint").GetString());
        Assert.True(reply.Json.GetProperty("disableTelemetry").GetBoolean());
        Assert.Equal("Test API", reply.Json.GetProperty("title").GetString());
        Assert.False(reply.Json.GetProperty("useBrowserUrlAsEndpoint").GetBoolean());
    }

    [Theory]
    [InlineData("graphql/../GraphApi.GraphQL.AspNetCore.dll")]
    [InlineData("graphql/%2E%2E%2FGraphApi.GraphQL.AspNetCore.dll")]
    [InlineData("graphql/static/js/missing.js")]
    public async Task Paths_outside_the_ide_or_missing_files_are_404(string path)
    {
        var reply = await _host.Client.ExchangeAsync(HttpExchange.Get(path));

        Assert.Equal(HttpStatusCode.NotFound, reply.Status);
    }

    [Fact]
    public async Task A_disabled_ide_is_not_served()
    {
        await using var host = await GraphQLTestHost.StartAsync(new ScriptedExecutor(), options => options.EnableIde = false);

        var page = await host.Client.ExchangeAsync(HttpExchange.Get("graphql", "text/html"));
        var config = await host.Client.ExchangeAsync(HttpExchange.Get("graphql/bcp-config.json"));

        Assert.Equal(HttpStatusCode.NotAcceptable, page.Status);
        Assert.Equal(HttpStatusCode.NotFound, config.Status);
    }
}
