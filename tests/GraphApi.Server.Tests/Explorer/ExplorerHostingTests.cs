using System.Net;
using GraphApi.Server.Hosting;

namespace GraphApi.Server.Tests.Explorer;

/// <summary>
/// The explorer's hosting (issue 12): index.html with 200 and a Content-Security-Policy on each fixed path, its assets,
/// the API's own paths untouched, unknown paths still 404, and GraphApi:Explorer:Enabled=false switching it off.
/// </summary>
public sealed class ExplorerHostingTests : IDisposable
{
    private readonly TestCorpus corpus = new();

    public void Dispose() => corpus.Dispose();

    [Theory]
    [InlineData("/")]
    [InlineData("/entity/person/habboub")]
    [InlineData("/entity/person/no-such-person")]
    [InlineData("/source/source/000_46e6c963faef6264?evidence=evidence/x")]
    [InlineData("/conflicts")]
    [InlineData("/path?from=person/david-fischer&to=institution/unoct")]
    [InlineData("/timeline")]
    [InlineData("/timeline?entity=place/morocco")]
    [InlineData("/passages?q=%D8%AD%D8%A8%D9%88%D8%A8")]
    [InlineData("/passages?q=%D8%A7%D9%84%D8%B3%D8%A7%D8%AD%D9%84&from=2020")]
    [InlineData("/review")]
    public async Task Each_fixed_path_answers_the_app_with_200_and_a_content_security_policy(string path)
    {
        await using var factory = Server();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<div id=\"app\">", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(ExplorerHostingExtensions.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Assets_are_served_with_the_policy_and_cached_by_their_content_hash()
    {
        await using var factory = Server();
        using var client = factory.CreateClient();
        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var script = System.Text.RegularExpressions.Regex.Match(html, "src=\"(/assets/[^\"]+\\.js)\"").Groups[1].Value;

        using var response = await client.GetAsync(new Uri(script, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("immutable", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Equal(ExplorerHostingExtensions.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task The_api_health_and_unknown_paths_are_unchanged()
    {
        await using var factory = Server();
        using var client = factory.CreateClient();

        using var api = await client.GetAsync(new Uri("/graphql?query=%7B__typename%7D", UriKind.Relative));
        using var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
        using var admin = await client.PostAsync(new Uri("/admin/reimport", UriKind.Relative), null);
        using var unknown = await client.GetAsync(new Uri("/no-such-page", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Equal("""{"data":{"__typename":"Query"}}""", await api.Content.ReadAsStringAsync());
        Assert.False(api.Headers.Contains("Content-Security-Policy"));
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, admin.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Switched_off_the_explorer_is_not_served_and_the_api_still_is()
    {
        await using var factory = Server(new() { ["GraphApi:Explorer:Enabled"] = "false" });
        using var client = factory.CreateClient();

        using var root = await client.GetAsync(new Uri("/", UriKind.Relative));
        using var entity = await client.GetAsync(new Uri("/entity/person/habboub", UriKind.Relative));
        using var manifest = await client.GetAsync(new Uri("/graphql-documents.json", UriKind.Relative));
        using var api = await client.GetAsync(new Uri("/graphql?query=%7B__typename%7D", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, root.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, entity.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, manifest.StatusCode);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
    }

    [Fact]
    public async Task Without_a_built_app_the_paths_say_how_to_build_it()
    {
        var empty = Directory.CreateTempSubdirectory("graphapi-no-explorer-");
        try
        {
            await using var factory = Server(new() { ["GraphApi:Explorer:Root"] = empty.FullName });
            using var client = factory.CreateClient();

            using var response = await client.GetAsync(new Uri("/entity/person/habboub", UriKind.Relative));

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Contains("Node.js", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    private ServerFactory Server(Dictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?> { ["GraphApi:WatchCorpus"] = "false" };
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }

        return new ServerFactory(corpus.Directory, all);
    }
}
