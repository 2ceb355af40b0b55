using System.Diagnostics;
using System.Text;
using System.Text.Json;
using GraphApi.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;

namespace GraphApi.Server.Tests;

/// <summary>Issue 15, production defaults: a request writes no log line, and the console logs JSON when asked the standard way.</summary>
public sealed class LoggingTests
{
    [Fact]
    public async Task In_production_a_request_writes_no_log_line()
    {
        using var corpus = new TestCorpus();
        var capture = new CapturingLoggerProvider();
        await using var server = new ServerFactory(corpus.Directory, new Dictionary<string, string?> { ["GraphApi:WatchCorpus"] = "false" });
        await using var production = server.WithWebHostBuilder(b => b.UseEnvironment("Production").ConfigureLogging(l => l.AddProvider(capture)));
        using var client = production.CreateClient();
        await GraphQLEndpointTests.WaitForReadyAsync(client);

        var before = capture.Lines.Count;
        for (var i = 0; i < 5; i++)
        {
            using var body = new StringContent("""{"query":"{ search(text: \"Habboub\") { score } }"}""", Encoding.UTF8, "application/json");
            (await client.PostAsync(new Uri("/graphql", UriKind.Relative), body)).EnsureSuccessStatusCode();
        }

        // Scopes are not lines: the console logger writes none unless IncludeScopes is set.
        Assert.Equal([], capture.Lines.Skip(before).Where(line => !line.Contains(" scope: ", StringComparison.Ordinal)).ToList());
        Assert.Contains(capture.Lines, line => line.Contains("Imported", StringComparison.Ordinal));
    }

    /// <summary>The built server started as an operator would, with <c>Logging__Console__FormatterName=json</c>.</summary>
    [Fact]
    public async Task Logging_Console_FormatterName_json_writes_one_json_object_per_line()
    {
        using var corpus = new TestCorpus();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(ServerPath())!,
        };
        foreach (var argument in new[] { ServerPath(), "--urls", "http://127.0.0.1:0" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["Logging__Console__FormatterName"] = "json";
        start.Environment["GraphApi__Seeds"] = corpus.Directory;
        start.Environment["GraphApi__WatchCorpus"] = "false";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var process = Process.Start(start)!;
        var lines = new List<string>();
        try
        {
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            while (!lines.Any(l => l.Contains("Now listening on", StringComparison.Ordinal)) && await process.StandardOutput.ReadLineAsync(deadline.Token) is { } line)
            {
                lines.Add(line);
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        Assert.Contains(lines, l => l.Contains("Now listening on", StringComparison.Ordinal));
        Assert.All(lines.Where(l => l.Length > 0), line =>
        {
            using var json = JsonDocument.Parse(line);
            Assert.True(json.RootElement.TryGetProperty("LogLevel", out _), line);
            Assert.True(json.RootElement.TryGetProperty("Category", out _), line);
            Assert.True(json.RootElement.TryGetProperty("Message", out _), line);
        });
    }

    /// <summary>The server built in the same configuration as this test assembly (the solution build builds both).</summary>
    private static string ServerPath()
    {
        var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var path = Repository.PathOf("src", "GraphApi.Server", "bin", framework.Parent!.Name, framework.Name, "GraphApi.Server.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build the server first: {path} is missing.", path);
    }
}
