using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Xunit.Abstractions;

namespace GraphApi.Server.Tests.Neo4j;

/// <summary>
/// Issue 11, more than one API process on one Neo4j: two real server processes, started together on one partition
/// with import-on-start, import the corpus once (the other waits for the import lock and finds the graph current);
/// then a change imported through one is served by the other within 10 s (its poller sees the new import stamp and
/// rebuilds its search index), while its readiness stays 200.
/// </summary>
public sealed class ReplicaTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string AdminKey = "replica-test-key";
    private readonly TestCorpus corpus = new();
    private readonly string partition = "replicas-" + Guid.NewGuid().ToString("N");
    private ServerProcess? first;
    private ServerProcess? second;

    public Task InitializeAsync()
    {
        Dictionary<string, string> Settings() => new()
        {
            ["GRAPHAPI_STORE"] = "neo4j",
            ["GRAPHAPI_SEEDS"] = corpus.Directory,
            ["GRAPHAPI_WATCH_CORPUS"] = "false",
            ["GRAPHAPI_ADMIN_KEY"] = AdminKey,
            ["NEO4J_PARTITION"] = partition,
        };
        first = ServerProcess.Start(Settings());
        second = ServerProcess.Start(Settings());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await first!.DisposeAsync();
        await second!.DisposeAsync();
        corpus.Dispose();
    }

    [Fact]
    public async Task Two_servers_import_once_and_one_serves_what_the_other_imported_within_10_seconds()
    {
        await Task.WhenAll(first!.WaitUntilReadyAsync(TimeSpan.FromMinutes(3)), second!.WaitUntilReadyAsync(TimeSpan.FromMinutes(3)));
        var lines = first.Lines.Concat(second.Lines).ToList();
        Assert.Single(lines, l => l.Contains("wrote 5 of 5 sources", StringComparison.Ordinal));
        Assert.Single(lines, l => l.Contains("already holds this graph", StringComparison.Ordinal));
        Assert.Empty(await SearchAsync(second, "Habboubinho"));

        // A new alias, imported through the first server.
        var entities = Path.Combine(corpus.Directory, "knowledge", "entities.yaml");
        await File.WriteAllTextAsync(entities, (await File.ReadAllTextAsync(entities)).Replace("      - Haboub\n", "      - Haboub\n      - Habboubinho\n", StringComparison.Ordinal));
        using var reimport = new HttpRequestMessage(HttpMethod.Post, new Uri("/admin/reimport", UriKind.Relative));
        reimport.Headers.Add("X-Admin-Key", AdminKey);
        Assert.Equal(HttpStatusCode.OK, (await first.Client.SendAsync(reimport)).StatusCode);
        var imported = Stopwatch.StartNew();

        // The second server: readiness every 100 ms, and the search, until it finds the new alias.
        var readiness = new List<HttpStatusCode>();
        string[] found = [];
        while (imported.Elapsed < TimeSpan.FromSeconds(10))
        {
            using (var ready = await second.Client.GetAsync(new Uri("/health/ready", UriKind.Relative)))
            {
                readiness.Add(ready.StatusCode);
            }

            found = await SearchAsync(second, "Habboubinho");
            if (found.Length > 0)
            {
                break;
            }

            await Task.Delay(100);
        }

        output.WriteLine($"the second server found the new alias {imported.ElapsedMilliseconds} ms after the import; readiness checked {readiness.Count} times");
        second.Lines.Where(l => l.Contains("new import", StringComparison.Ordinal)).ToList().ForEach(output.WriteLine);
        Assert.Equal(["person/habboub"], found);
        Assert.All(readiness, status => Assert.Equal(HttpStatusCode.OK, status));
    }

    private static async Task<string[]> SearchAsync(ServerProcess server, string text)
    {
        var body = JsonSerializer.Serialize(new { query = "query($t: String!) { search(text: $t) { entity { id } } }", variables = new { t = text } });
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await server.Client.PostAsync(new Uri("/graphql", UriKind.Relative), content);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. json.RootElement.GetProperty("data").GetProperty("search").EnumerateArray().Select(h => h.GetProperty("entity").GetProperty("id").GetString()!)];
    }
}
