using System.Net;
using GraphApi.Knowledge.Export;
using GraphApi.Server.Hosting;

namespace GraphApi.Server.Tests.Hardening;

/// <summary>
/// Issue 7, a corrupted curated file: the re-import stops naming the file and line (or quote), and the previous graph
/// keeps serving unchanged (HostingTests covers unclosed YAML in entities.yaml).
/// </summary>
public sealed class CorruptedCorpusTests
{
    public static TheoryData<string, string, string, string> Corruptions => new()
    {
        { "an unknown key", "knowledge/entities.yaml", "\n  - id: person/typo\n    kind: Person\n    name: Typo\n    nmae: Typo\n", "entities.yaml:" },
        { "bad YAML in a claims file", "knowledge/claims/000_46e6c963faef6264.yaml", "\n- id: [unclosed\n", "000_46e6c963faef6264.yaml" },
        { "a quote not in the article", "knowledge/claims/000_46e6c963faef6264.yaml", "\n- id: claim/000-invented\n  kind: STATEMENT\n  text: Invented.\n  evidence:\n  - quote: \"this sentence is not in the article\"\n", "this sentence is not in the article" },
        { "an unknown entity reference", "knowledge/claims/000_46e6c963faef6264.yaml", "\n- id: claim/000-dangling\n  kind: STATEMENT\n  speaker: person/nobody-at-all\n  text: Dangling.\n  evidence:\n  - quote: أمريكا تعول على الرباط لحماية مصالح أمنها القومي\n", "person/nobody-at-all" },
    };

    [Theory]
    [MemberData(nameof(Corruptions))]
    public async Task A_corrupted_file_stops_the_reimport_and_the_previous_graph_keeps_serving(string what, string file, string appended, string named)
    {
        using var corpus = new TestCorpus();
        await using var server = await KestrelServer.StartAsync(corpus.Directory, new Dictionary<string, string?> { ["GraphApi:AdminKey"] = "k" });
        var before = await CanonicalDump.WriteAsync(server.Store);
        var run = (await server.Store.GetHealthAsync()).RunId;

        await File.AppendAllTextAsync(Path.Combine(corpus.Directory, file), appended);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/reimport");
        request.Headers.Add(AdminEndpoints.KeyHeader, "k");
        using var response = await server.Client.SendAsync(request);
        var report = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{what}: {(int)response.StatusCode} {report}");
        Assert.Contains(named, report, StringComparison.Ordinal);
        Assert.Equal(run, (await server.Store.GetHealthAsync()).RunId);
        Assert.Equal(before, await CanonicalDump.WriteAsync(server.Store));
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode);
        await server.AssertStillAnswersAsync();
    }
}
