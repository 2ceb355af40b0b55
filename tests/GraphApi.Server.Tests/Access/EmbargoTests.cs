using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphApi.Server.Tests.Access;

/// <summary>
/// Issue 16, embargoes: a public source under embargo counts as internal until its <c>embargoUntil</c>, judged on every
/// request by the server's injected clock; and with no auth configured, a corpus holding internal sources says so at start.
/// </summary>
public sealed class EmbargoTests
{
    private const string Query = """{ node(id: "source/004_fcad1568809268b8") { id } sources { totalCount } }""";

    [Fact]
    public async Task An_embargoed_source_appears_to_anonymous_callers_when_its_embargo_ends()
    {
        using var corpus = new TestCorpus();
        var sourcesYaml = Path.Combine(corpus.Directory, "knowledge", "sources.yaml");
        var lines = File.ReadAllLines(sourcesYaml).ToList();
        lines.Insert(lines.FindIndex(l => l.Trim() == "- file: " + RestrictedCorpus.InternalFile) + 1, "    embargoUntil: 2030-01-01T09:00:00+01:00");
        File.WriteAllLines(sourcesYaml, lines);

        var clock = new SettableClock(DateTimeOffset.Parse("2030-01-01T07:59:59Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var server = new ServerFactory(corpus.Directory, new Dictionary<string, string?>(TestTokens.Settings()) { ["GraphApi:WatchCorpus"] = "false" })
            .WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<TimeProvider>(clock)));
        using var client = server.CreateClient();
        await GraphQLEndpointTests.WaitForReadyAsync(client);

        Assert.Equal("""{"data":{"node":null,"sources":{"totalCount":4}}}""", await AuthenticationTests.BodyAsync(client, AuthenticationTests.Post(Query, token: null)));
        Assert.Equal("""{"data":{"node":{"id":"source/004_fcad1568809268b8"},"sources":{"totalCount":5}}}""", await AuthenticationTests.BodyAsync(client, AuthenticationTests.Post(Query, TestTokens.Reader)));

        clock.Now = DateTimeOffset.Parse("2030-01-01T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("""{"data":{"node":{"id":"source/004_fcad1568809268b8"},"sources":{"totalCount":5}}}""", await AuthenticationTests.BodyAsync(client, AuthenticationTests.Post(Query, token: null)));
    }

    [Fact]
    public async Task Without_auth_internal_sources_are_hidden_from_everyone_and_the_server_warns_at_start()
    {
        using var corpus = new RestrictedCorpus();
        var capture = new CapturingLoggerProvider();
        await using var server = new ServerFactory(corpus.Directory, new Dictionary<string, string?> { ["GraphApi:WatchCorpus"] = "false" })
            .WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(capture)));
        using var client = server.CreateClient();
        await GraphQLEndpointTests.WaitForReadyAsync(client);

        Assert.Contains(capture.Lines, l => l.Contains("Warning: 1 sources are internal or under embargo, and no authentication is configured", StringComparison.Ordinal));
        Assert.Equal("""{"data":{"node":null,"sources":{"totalCount":4}}}""", await AuthenticationTests.BodyAsync(client, AuthenticationTests.Post(Query, token: null)));

        // With auth off, a token is not checked and changes nothing: every caller is anonymous.
        Assert.Equal("""{"data":{"node":null,"sources":{"totalCount":4}}}""", await AuthenticationTests.BodyAsync(client, AuthenticationTests.Post(Query, TestTokens.Reader)));
    }

    [Fact]
    public async Task The_seeds_are_public_so_no_warning_is_logged()
    {
        using var corpus = new TestCorpus();
        var capture = new CapturingLoggerProvider();
        await using var server = new ServerFactory(corpus.Directory, new Dictionary<string, string?> { ["GraphApi:WatchCorpus"] = "false" })
            .WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(capture)));
        await GraphQLEndpointTests.WaitForReadyAsync(server.CreateClient());
        Assert.Contains(capture.Lines, l => l.Contains("Imported", StringComparison.Ordinal));
        Assert.DoesNotContain(capture.Lines, l => l.Contains("under embargo", StringComparison.Ordinal));
    }

    private sealed class SettableClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
