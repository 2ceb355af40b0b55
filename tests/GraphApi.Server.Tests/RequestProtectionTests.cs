using System.Net;
using System.Text;

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
        Assert.Equal(HttpStatusCode.TooManyRequests, (await PostTypenameAsync(limitedClient)).StatusCode);
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
