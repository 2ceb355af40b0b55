using System.Net;
using System.Text;
using GraphApi.Server.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphApi.Server.Tests;

public sealed class RequestProtectionTests
{
    [Fact]
    public async Task Cors_allows_only_the_configured_origins()
    {
        using var corpus = new TestCorpus();
        await using var factory = new ServerFactory(corpus.Directory, new Dictionary<string, string?>
        {
            ["GraphApi:WatchCorpus"] = "false",
            ["GraphApi:Protection:CorsOrigins:0"] = "https://newsroom.example",
        });
        using var client = factory.CreateClient();

        Assert.Equal("https://newsroom.example", await PreflightAsync(client, "https://newsroom.example"));
        Assert.Null(await PreflightAsync(client, "https://evil.example"));
    }

    [Fact]
    public async Task Without_configuration_no_cross_origin_caller_is_allowed()
    {
        using var corpus = new TestCorpus();
        await using var factory = new ServerFactory(corpus.Directory, new Dictionary<string, string?> { ["GraphApi:WatchCorpus"] = "false" });
        using var client = factory.CreateClient();

        Assert.Null(await PreflightAsync(client, "https://newsroom.example"));
    }

    [Fact]
    public async Task The_rate_limit_is_off_by_default_and_answers_429_when_configured()
    {
        using var corpus = new TestCorpus();
        await using (var open = new ServerFactory(corpus.Directory, new Dictionary<string, string?> { ["GraphApi:WatchCorpus"] = "false" }))
        {
            using var client = open.CreateClient();
            for (var i = 0; i < 5; i++)
            {
                Assert.Equal(HttpStatusCode.OK, (await PostTypenameAsync(client)).StatusCode);
            }
        }

        await using var limited = new ServerFactory(corpus.Directory, new Dictionary<string, string?>
        {
            ["GraphApi:WatchCorpus"] = "false",
            ["GraphApi:Protection:RateLimitPerMinute"] = "2",
        });
        using var limitedClient = limited.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await PostTypenameAsync(limitedClient)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostTypenameAsync(limitedClient)).StatusCode);
        var refused = await PostTypenameAsync(limitedClient);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("\"code\":\"RATE_LIMITED\"", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>Issue 15: Apollo Client, a bearer token and conditional GETs pass the preflight, and scripts may read the ETag.</summary>
    [Fact]
    public async Task The_preflight_allows_the_headers_browser_clients_send_and_the_etag_is_exposed()
    {
        using var corpus = new TestCorpus();
        await using var factory = new ServerFactory(corpus.Directory, new Dictionary<string, string?>
        {
            ["GraphApi:WatchCorpus"] = "false",
            ["GraphApi:Protection:CorsOrigins:0"] = "http://localhost:3000",
        });
        using var client = factory.CreateClient();

        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        preflight.Headers.Add("Origin", "http://localhost:3000");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type,authorization,apollographql-client-name,apollographql-client-version,x-apollo-operation-name,apollo-require-preflight,if-none-match");
        var answer = await client.SendAsync(preflight);

        Assert.Equal(HttpStatusCode.NoContent, answer.StatusCode);
        Assert.Equal("http://localhost:3000", answer.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("POST", answer.Headers.GetValues("Access-Control-Allow-Methods").Single(), StringComparison.Ordinal);
        var allowed = answer.Headers.GetValues("Access-Control-Allow-Headers").Single().Split(',', StringSplitOptions.TrimEntries);
        Assert.All(RequestProtectionExtensions.CorsAllowedHeaders, header => Assert.Contains(header, allowed, StringComparer.OrdinalIgnoreCase));
        Assert.Equal(8, RequestProtectionExtensions.CorsAllowedHeaders.Length);

        using var get = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B__typename%7D");
        get.Headers.Add("Origin", "http://localhost:3000");
        var response = await client.SendAsync(get);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal("ETag", response.Headers.GetValues("Access-Control-Expose-Headers").Single());
    }

    [Fact]
    public async Task A_refused_origin_is_named_in_the_log_once_and_same_origin_calls_are_not()
    {
        using var corpus = new TestCorpus();
        var capture = new CapturingLoggerProvider();
        await using var server = new ServerFactory(corpus.Directory, new Dictionary<string, string?>
        {
            ["GraphApi:WatchCorpus"] = "false",
            ["GraphApi:Protection:CorsOrigins:0"] = "http://localhost:3000",
        });
        await using var logged = server.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(capture)));
        using var client = logged.CreateClient();

        Assert.Null(await PreflightAsync(client, "https://evil.example"));
        Assert.Null(await PreflightAsync(client, "https://evil.example"));
        using (var sameOrigin = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json") })
        {
            sameOrigin.Headers.Add("Origin", "http://localhost");
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(sameOrigin)).StatusCode);
        }

        Assert.Equal("http://localhost:3000", await PreflightAsync(client, "http://localhost:3000"));
        var warnings = capture.Lines.Where(line => line.Contains("Warning", StringComparison.Ordinal) && line.Contains("CORS", StringComparison.Ordinal)).ToList();
        var warning = Assert.Single(warnings);
        Assert.Contains("https://evil.example is not allowed (a preflight)", warning, StringComparison.Ordinal);
        Assert.Contains("GraphApi:Protection:CorsOrigins", warning, StringComparison.Ordinal);
    }

    /// <summary>
    /// Issue 15: X-Forwarded-For changes the address rate limiting keys on, so it is believed only from configured proxies.
    /// Over real Kestrel (the client is 127.0.0.1), with a limit of one request per minute per address.
    /// </summary>
    [Theory]
    [InlineData(null, false)]
    [InlineData("127.0.0.1", true)]
    [InlineData("127.0.0.0/8", true)]
    [InlineData("10.0.0.5", false)]
    public async Task Forwarded_headers_count_only_from_known_proxies(string? knownProxy, bool believed)
    {
        using var corpus = new TestCorpus();
        var settings = new Dictionary<string, string?> { ["GraphApi:WatchCorpus"] = "false", ["GraphApi:Protection:RateLimitPerMinute"] = "1" };
        if (knownProxy is not null)
        {
            settings["GraphApi:Protection:KnownProxies:0"] = knownProxy;
        }

        await using var factory = new ServerFactory(corpus.Directory, settings);
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address) };

        async Task<HttpStatusCode> AsAsync(string clientAddress)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json") };
            request.Headers.Add("X-Forwarded-For", clientAddress);
            request.Headers.Add("X-Forwarded-Proto", "https");
            return (await client.SendAsync(request)).StatusCode;
        }

        Assert.Equal(HttpStatusCode.OK, await AsAsync("203.0.113.1"));
        Assert.Equal(believed ? HttpStatusCode.OK : HttpStatusCode.TooManyRequests, await AsAsync("203.0.113.2"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await AsAsync("203.0.113.2"));
    }

    [Fact]
    public async Task A_malformed_known_proxy_stops_the_server_with_the_setting_named()
    {
        using var corpus = new TestCorpus();
        await using var factory = new ServerFactory(corpus.Directory, new Dictionary<string, string?>
        {
            ["GraphApi:WatchCorpus"] = "false",
            ["GraphApi:Protection:KnownProxies:0"] = "proxy.internal",
        });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains("GraphApi:Protection:KnownProxies", error.ToString(), StringComparison.Ordinal);
    }

    private static async Task<string?> PreflightAsync(HttpClient client, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        var response = await client.SendAsync(request);
        return response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) ? values.Single() : null;
    }

    private static async Task<HttpResponseMessage> PostTypenameAsync(HttpClient client)
    {
        using var body = new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json");
        return await client.PostAsync(new Uri("/graphql", UriKind.Relative), body);
    }
}
