using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace GraphApi.Server.Tests;

public sealed class GraphQLEndpointTests
{
    [Fact]
    public async Task The_server_answers_a_search_from_the_imported_seeds()
    {
        using var corpus = new TestCorpus();
        await using var factory = new ServerFactory(corpus.Directory, new Dictionary<string, string?> { ["GraphApi:WatchCorpus"] = "false" });
        using var client = factory.CreateClient();
        await WaitForReadyAsync(client);

        using var body = new StringContent("""{"query":"{ search(text: \"للشرقاوي حبّوب\") { entity { id } } }"}""", Encoding.UTF8, "application/json");
        var response = await client.PostAsync(new Uri("/graphql", UriKind.Relative), body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var hits = json.RootElement.GetProperty("data").GetProperty("search");
        Assert.Equal("person/habboub", hits[0].GetProperty("entity").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Browsers_get_Banana_Cake_Pop_and_tools_get_the_schema()
    {
        using var corpus = new TestCorpus();
        await using var factory = new ServerFactory(corpus.Directory, new Dictionary<string, string?> { ["GraphApi:WatchCorpus"] = "false" });
        using var client = factory.CreateClient();

        using var page = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        page.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        var html = await client.SendAsync(page);
        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);

        var sdl = await client.GetStringAsync(new Uri("/graphql?sdl", UriKind.Relative));
        Assert.Contains("type Query", sdl, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(Path.Combine(TestCorpus.RepositorySeeds, "..", "schema", "schema.graphql")).TrimEnd(), sdl.TrimEnd());

        var possibleTypes = await client.GetAsync(new Uri("/graphql?possibleTypes", UriKind.Relative));
        Assert.Equal("application/json", possibleTypes.Content.Headers.ContentType?.MediaType);
        Assert.Equal(
            """{"Entity":["Document","Event","Institution","Person","Place","Program"],"Node":["Claim","Document","Event","Institution","Person","Place","Program","Source"]}""",
            await possibleTypes.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Introspection_and_the_IDE_can_be_switched_off()
    {
        using var corpus = new TestCorpus();
        await using var factory = new ServerFactory(corpus.Directory, new Dictionary<string, string?>
        {
            ["GraphApi:WatchCorpus"] = "false",
            ["GraphApi:GraphQL:EnableIntrospection"] = "false",
            ["GraphApi:GraphQL:EnableIde"] = "false",
        });
        using var client = factory.CreateClient();
        await WaitForReadyAsync(client);

        using var body = new StringContent("""{"query":"{ __schema { queryType { name } } }"}""", Encoding.UTF8, "application/json");
        var response = await client.PostAsync(new Uri("/graphql", UriKind.Relative), body);
        Assert.Contains("\"code\":\"INTROSPECTION_DISABLED\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var page = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        page.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        var html = await client.SendAsync(page);
        Assert.NotEqual("text/html", html.Content.Headers.ContentType?.MediaType);

        // Without introspection the schema is not handed out by the side doors either.
        var sdl = await client.GetAsync(new Uri("/graphql?sdl", UriKind.Relative));
        Assert.DoesNotContain("type Query", await sdl.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var possibleTypes = await client.GetAsync(new Uri("/graphql?possibleTypes", UriKind.Relative));
        Assert.DoesNotContain("Entity", await possibleTypes.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_server_compresses_when_asked_and_tags_GET_answers()
    {
        using var corpus = new TestCorpus();
        await using var factory = new ServerFactory(corpus.Directory, new Dictionary<string, string?> { ["GraphApi:WatchCorpus"] = "false" });
        using var client = factory.CreateClient();
        await WaitForReadyAsync(client);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("{\"query\":\"{ people { nodes { id name nameAr aliases description } } }\"}", Encoding.UTF8, "application/json"),
        };
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        using var compressed = await client.SendAsync(request);
        Assert.Equal("gzip", Assert.Single(compressed.Content.Headers.ContentEncoding));

        using var get = await client.GetAsync(new Uri("/graphql?query=" + Uri.EscapeDataString("{ people { totalCount } }"), UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.NotNull(get.Headers.ETag);
    }

    internal static async Task WaitForReadyAsync(HttpClient client, TimeSpan? within = null)
    {
        var limit = within ?? TimeSpan.FromSeconds(60);
        var deadline = DateTime.UtcNow + limit;
        while ((await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode != HttpStatusCode.OK)
        {
            Assert.True(DateTime.UtcNow < deadline, $"the server did not become ready within {limit.TotalSeconds:0} s");
            await Task.Delay(100);
        }
    }
}
