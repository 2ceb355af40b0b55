using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GraphApi.Server.Hosting;

namespace GraphApi.Server.Tests;

/// <summary>
/// Issue 13 end to end in the host: an article dropped into the corpus shows its figures, statements and candidates
/// through the API once the watcher has re-imported, unreviewed and with verified evidence, its contradiction of the
/// curated figures flagged; a malformed metric lexicon leaves the previous graph serving.
/// </summary>
public sealed class ExtractionHostingTests
{
    private const string NewArticle = """
        query {
          claims(where: { reviewed: false, sourceId: "source/999_new" }) {
            nodes { id reviewed extraction { method } evidence { quote start end verified } conflicts { left { id } right { id } } }
          }
          candidates(where: { sourceId: "source/999_new" }) { nodes { name kind } }
        }
        """;

    [Fact]
    public async Task A_dropped_article_shows_its_unreviewed_knowledge_through_the_api()
    {
        using var corpus = new TestCorpus();
        await using var factory = new ServerFactory(corpus.Directory, new Dictionary<string, string?> { ["GraphApi:WatchDebounce"] = "00:00:00.200" });
        using var client = factory.CreateClient();
        await Eventually.TrueAsync(async () => (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode == HttpStatusCode.OK);

        var article = File.ReadAllText(Path.Combine(TestCorpus.RepositorySeeds, "..", "tests", "GraphApi.Knowledge.Tests", "Fixtures", "extraction", "synthetic_ar_security_review.txt"));
        await File.WriteAllTextAsync(Path.Combine(corpus.Directory, "sources", "999_new.txt"), article);

        JsonElement data = default;
        await Eventually.TrueAsync(async () =>
        {
            data = await QueryAsync(client, NewArticle);
            return data.GetProperty("claims").GetProperty("nodes").GetArrayLength() > 0;
        });

        var claims = data.GetProperty("claims").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Contains(claims, c => c.GetProperty("extraction").GetProperty("method").GetString() == "quantity-pattern");
        Assert.Contains(claims, c => c.GetProperty("extraction").GetProperty("method").GetString() == "reported-speech");
        Assert.All(claims, c => Assert.False(c.GetProperty("reviewed").GetBoolean()));
        foreach (var evidence in claims.SelectMany(c => c.GetProperty("evidence").EnumerateArray()))
        {
            Assert.True(evidence.GetProperty("verified").GetBoolean());
            Assert.Equal(evidence.GetProperty("quote").GetString(), article[evidence.GetProperty("start").GetInt32()..evidence.GetProperty("end").GetInt32()]);
        }

        var conflicting = claims.SelectMany(c => c.GetProperty("conflicts").EnumerateArray()).SelectMany(c => new[] { c.GetProperty("left"), c.GetProperty("right") }).Select(c => c.GetProperty("id").GetString());
        Assert.Contains("claim/003-dgst-cells-207-since-2002", conflicting);
        Assert.Contains(data.GetProperty("candidates").GetProperty("nodes").EnumerateArray(), c => c.GetProperty("name").GetString() == "عبد الرحيم الصديقي");
    }

    [Fact]
    public async Task With_extraction_off_an_uncurated_article_is_imported_with_its_mentions_and_nothing_extracted()
    {
        using var corpus = new TestCorpus();
        var article = File.ReadAllText(Path.Combine(TestCorpus.RepositorySeeds, "..", "tests", "GraphApi.Knowledge.Tests", "Fixtures", "extraction", "synthetic_ar_security_review.txt"));
        await File.WriteAllTextAsync(Path.Combine(corpus.Directory, "sources", "999_new.txt"), article);
        await using var factory = new ServerFactory(corpus.Directory, new Dictionary<string, string?> { ["GraphApi:Extraction"] = "false", ["GraphApi:WatchCorpus"] = "false" });
        using var client = factory.CreateClient();
        await Eventually.TrueAsync(async () => (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode == HttpStatusCode.OK);

        var data = await QueryAsync(client, """
            query {
              sources(first: 100) { nodes { id } }
              claims(where: { reviewed: false }) { totalCount }
              candidates { nodes { name } }
            }
            """);

        Assert.Contains(data.GetProperty("sources").GetProperty("nodes").EnumerateArray(), s => s.GetProperty("id").GetString() == "source/999_new");
        Assert.Equal(0, data.GetProperty("claims").GetProperty("totalCount").GetInt32());
        Assert.Equal(0, data.GetProperty("candidates").GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task A_malformed_metric_lexicon_keeps_the_previous_graph_serving()
    {
        using var corpus = new TestCorpus();
        await using var factory = new ServerFactory(corpus.Directory, new Dictionary<string, string?> { ["GraphApi:AdminKey"] = "k", ["GraphApi:WatchCorpus"] = "false" });
        using var client = factory.CreateClient();
        await Eventually.TrueAsync(async () => (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode == HttpStatusCode.OK);
        var before = (await QueryAsync(client, "{ claims { totalCount } }")).GetProperty("claims").GetProperty("totalCount").GetInt32();

        await File.AppendAllTextAsync(Path.Combine(corpus.Directory, "knowledge", "metrics.yaml"), "  - id: broken\n    patterns: { ar: [\"{n}\" }\n");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/reimport");
        request.Headers.Add(AdminEndpoints.KeyHeader, "k");
        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Matches(@"metrics\.yaml:\d+", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, (await QueryAsync(client, "{ claims { totalCount } }")).GetProperty("claims").GetProperty("totalCount").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode);
    }

    private static async Task<JsonElement> QueryAsync(HttpClient client, string query)
    {
        using var response = await client.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query });
        response.EnsureSuccessStatusCode();
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(document.RootElement.TryGetProperty("errors", out _), document.RootElement.ToString());
        return document.RootElement.GetProperty("data").Clone();
    }
}
