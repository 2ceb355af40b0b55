using System.Net;
using GraphApi.Knowledge.Stores;
using GraphApi.Server.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Server.Tests;

public sealed class HostingTests
{
    [Fact]
    public async Task Live_answers_and_ready_turns_healthy_once_the_corpus_is_imported()
    {
        using var corpus = new TestCorpus();
        await using var factory = new ServerFactory(corpus.Directory);
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health/live", UriKind.Relative))).StatusCode);
        await Eventually.TrueAsync(async () => (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode == HttpStatusCode.OK);

        var health = await factory.Services.GetRequiredService<IKnowledgeStore>().GetHealthAsync();
        Assert.Equal(5, health.Sources);
    }

    [Fact]
    public async Task Ready_stays_unhealthy_when_the_server_does_not_import()
    {
        using var corpus = new TestCorpus();
        await using var factory = new ServerFactory(corpus.Directory, new Dictionary<string, string?> { ["GraphApi:ImportOnStart"] = "false", ["GraphApi:WatchCorpus"] = "false" });
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health/live", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Admin_reimport_needs_the_configured_key()
    {
        using var corpus = new TestCorpus();
        await using var factory = new ServerFactory(corpus.Directory, new Dictionary<string, string?> { ["GraphApi:AdminKey"] = "s3cret", ["GraphApi:WatchCorpus"] = "false" });
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync(new Uri("/admin/reimport", UriKind.Relative), null)).StatusCode);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/reimport");
        request.Headers.Add(AdminEndpoints.KeyHeader, "s3cret");
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"imported\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_reimport_does_not_exist_without_a_key()
    {
        using var corpus = new TestCorpus();
        await using var factory = new ServerFactory(corpus.Directory, new Dictionary<string, string?> { ["GraphApi:WatchCorpus"] = "false" });
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync(new Uri("/admin/reimport", UriKind.Relative), null)).StatusCode);
    }

    [Fact]
    public async Task A_new_article_dropped_into_the_corpus_is_imported_without_a_restart()
    {
        using var corpus = new TestCorpus();
        await using var factory = new ServerFactory(corpus.Directory, new Dictionary<string, string?> { ["GraphApi:WatchDebounce"] = "00:00:00.200" });
        using var client = factory.CreateClient();
        var store = factory.Services.GetRequiredService<IKnowledgeStore>();
        await Eventually.TrueAsync(async () => (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode == HttpStatusCode.OK);

        var article = File.ReadAllText(Path.Combine(corpus.Directory, "sources", "001_a2f0a9acf6273409.txt"));
        await File.WriteAllTextAsync(Path.Combine(corpus.Directory, "sources", "900_new.txt"), article);

        await Eventually.TrueAsync(async () => (await store.GetHealthAsync()).Sources == 6);
    }

    [Fact]
    public async Task A_corrupted_curated_file_keeps_the_previous_graph_serving()
    {
        using var corpus = new TestCorpus();
        await using var factory = new ServerFactory(corpus.Directory, new Dictionary<string, string?> { ["GraphApi:AdminKey"] = "k", ["GraphApi:WatchCorpus"] = "false" });
        using var client = factory.CreateClient();
        var store = factory.Services.GetRequiredService<IKnowledgeStore>();
        await Eventually.TrueAsync(async () => (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode == HttpStatusCode.OK);
        var before = (await store.GetHealthAsync()).RunId;

        await File.AppendAllTextAsync(Path.Combine(corpus.Directory, "knowledge", "entities.yaml"), "\n  - id: [unclosed\n");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/reimport");
        request.Headers.Add(AdminEndpoints.KeyHeader, "k");
        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("entities.yaml", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, (await store.GetHealthAsync()).RunId);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode);
    }
}
