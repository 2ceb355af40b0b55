using System.Text;
using GraphApi.Server.Tests.Neo4j;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;

namespace GraphApi.Server.Tests.Hardening;

/// <summary>
/// Issue 7, security defaults: with every category logging at Trace, neither the Neo4j password, nor the admin key,
/// nor anything from a request body reaches the logs, on the paths that handle them (start-up and import on Neo4j,
/// GraphQL requests with variables, admin calls with a wrong and a right key, a refused request).
/// </summary>
public sealed class SecretsInLogsTests
{
    [Fact]
    public async Task Credentials_and_request_bodies_never_reach_the_logs()
    {
        const string AdminKey = "admin-key-7f3e9c";
        const string BodySecret = "BODY-SECRET-5d1a";
        var password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD");
        Assert.False(string.IsNullOrEmpty(password), "NEO4J_PASSWORD is not set (scripts/test.sh sources it)");

        using var corpus = new TestCorpus();
        var settings = Neo4jServer.Settings(corpus.Directory);
        settings["GraphApi:AdminKey"] = AdminKey;
        settings["Logging:LogLevel:Default"] = "Trace";
        var capture = new CapturingLoggerProvider();
        await using var server = new ServerFactory(corpus.Directory, settings);
        await using var logged = server.WithWebHostBuilder(b => b.ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Trace).AddProvider(capture)));
        using var client = logged.CreateClient();
        await GraphQLEndpointTests.WaitForReadyAsync(client);

        using (var body = new StringContent(
            $$$"""{"query":"query($t: String!) { search(text: $t) { score } }","variables":{"t":"{{{BodySecret}}}"}}""", Encoding.UTF8, "application/json"))
        {
            (await client.PostAsync(new Uri("/graphql", UriKind.Relative), body)).EnsureSuccessStatusCode();
        }

        using (var broken = new StringContent($$"""{"query":"{ search(text: \"{{BodySecret}}\") { nope } }"}""", Encoding.UTF8, "application/json"))
        {
            await client.PostAsync(new Uri("/graphql", UriKind.Relative), broken);
        }

        foreach (var key in new[] { "wrong-" + AdminKey, AdminKey })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/reimport");
            request.Headers.Add("X-Admin-Key", key);
            await client.SendAsync(request);
        }

        Assert.NotEmpty(capture.Lines);
        Assert.Contains(capture.Lines, line => line.Contains("Imported", StringComparison.Ordinal));
        foreach (var secret in new[] { password!, AdminKey, BodySecret })
        {
            Assert.DoesNotContain(capture.Lines, line => line.Contains(secret, StringComparison.Ordinal));
        }
    }
}
