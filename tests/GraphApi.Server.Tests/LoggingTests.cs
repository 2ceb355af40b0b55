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
    private const string HostingDiagnostics = "Microsoft.AspNetCore.Hosting.Diagnostics";

    [Fact]
    public async Task In_production_a_request_writes_no_log_line()
    {
        var (all, written) = await LogOfRequestsAsync("Production", """{"query":"{ search(text: \"Habboub\") { score } }"}""", requests: 5);

        // Scopes are not lines: the console logger writes none unless IncludeScopes is set.
        Assert.Equal([], written.Where(line => !line.Contains(" scope: ", StringComparison.Ordinal)).ToList());

        // Nor does the hosting layer open a request scope and start an Activity for it, which it does whenever its
        // logger is enabled at all: several per cent of a {__typename} request's CPU, for a scope that nothing prints
        // (docs/performance.md, "What each middleware costs").
        Assert.DoesNotContain(written, line => line.StartsWith(HostingDiagnostics, StringComparison.Ordinal));
        Assert.Contains(all, line => line.Contains("Imported", StringComparison.Ordinal));
    }

    /// <summary>Developers keep ASP.NET Core's line per request, with its request scope.</summary>
    [Fact]
    public async Task In_development_each_request_is_logged()
    {
        var (_, written) = await LogOfRequestsAsync("Development", """{"query":"{ __typename }"}""", requests: 1);

        Assert.Contains(written, line => line.StartsWith(HostingDiagnostics + " Information: Request starting", StringComparison.Ordinal));
        Assert.Contains(written, line => line.StartsWith(HostingDiagnostics + " scope: ", StringComparison.Ordinal));
    }

    /// <summary>
    /// A test server in <paramref name="environment"/>, sent <paramref name="body"/> <paramref name="requests"/> times once
    /// ready: its whole log, and what the requests wrote.
    /// </summary>
    private static async Task<(List<string> All, List<string> Written)> LogOfRequestsAsync(string environment, string body, int requests)
    {
        using var corpus = new TestCorpus();
        var capture = new CapturingLoggerProvider();
        await using var server = new ServerFactory(corpus.Directory, new Dictionary<string, string?> { ["GraphApi:WatchCorpus"] = "false" });
        await using var configured = server.WithWebHostBuilder(b => b.UseEnvironment(environment).ConfigureLogging(l => l.AddProvider(capture)));
        using var client = configured.CreateClient();
        await GraphQLEndpointTests.WaitForReadyAsync(client);

        var before = capture.Lines.Count;
        for (var i = 0; i < requests; i++)
        {
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            (await client.PostAsync(new Uri("/graphql", UriKind.Relative), content)).EnsureSuccessStatusCode();
        }

        var written = capture.Lines.Skip(before).ToList();
        return ([.. capture.Lines], written);
    }

    /// <summary>The built server started as an operator would, with <c>Logging__Console__FormatterName=json</c>.</summary>
    [Fact]
    public async Task Logging_Console_FormatterName_json_writes_one_json_object_per_line()
    {
        using var corpus = new TestCorpus();
        var lines = await RunBuiltServerAsync(
            corpus, Path.GetDirectoryName(ServerPath())!, new() { ["Logging__Console__FormatterName"] = "json" }, requests: 0);

        Assert.Contains(lines, l => l.Contains("Now listening on", StringComparison.Ordinal));
        Assert.All(lines.Where(l => l.Length > 0), line =>
        {
            using var json = JsonDocument.Parse(line);
            Assert.True(json.RootElement.TryGetProperty("LogLevel", out _), line);
            Assert.True(json.RootElement.TryGetProperty("Category", out _), line);
            Assert.True(json.RootElement.TryGetProperty("Message", out _), line);
        });
    }

    /// <summary>
    /// README's production command runs <c>dotnet out/GraphApi.Server.dll</c> from the repository: the settings beside the
    /// binary still apply, so requests write no log line (they wrote four each, 660 MB in five minutes of wrk).
    /// </summary>
    [Fact]
    public async Task Started_from_another_folder_the_server_keeps_its_production_settings()
    {
        using var corpus = new TestCorpus();
        Assert.False(File.Exists(Path.Combine(corpus.Directory, "appsettings.json")));

        var lines = await RunBuiltServerAsync(corpus, corpus.Directory, [], requests: 3);

        Assert.Contains(lines, l => l.Contains("Now listening on", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("Request starting", StringComparison.Ordinal) || l.Contains("Executing endpoint", StringComparison.Ordinal));
    }

    /// <summary>
    /// Starts the built server in production from <paramref name="workingDirectory"/>, waits until it listens, sends
    /// <paramref name="requests"/> GraphQL requests once it is ready, and returns every line it wrote to standard output.
    /// </summary>
    private static async Task<List<string>> RunBuiltServerAsync(
        TestCorpus corpus, string workingDirectory, Dictionary<string, string> environment, int requests)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in new[] { ServerPath(), "--urls", "http://127.0.0.1:0" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GraphApi__Seeds"] = corpus.Directory;
        start.Environment["GraphApi__WatchCorpus"] = "false";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var lines = new List<string>();
        try
        {
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(120));
            string? listening = null;
            while (listening is null && await process.StandardOutput.ReadLineAsync(deadline.Token) is { } line)
            {
                lines.Add(line);
                listening = System.Text.RegularExpressions.Regex.Match(line, @"Now listening on:? *""?(http://[^\s""]+)") is { Success: true } m
                    ? m.Groups[1].Value
                    : null;
            }

            if (requests > 0 && listening is not null)
            {
                using var client = new HttpClient { BaseAddress = new Uri(listening) };
                await GraphQLEndpointTests.WaitForReadyAsync(client);
                for (var i = 0; i < requests; i++)
                {
                    using var body = new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json");
                    (await client.PostAsync(new Uri("/graphql", UriKind.Relative), body, deadline.Token)).EnsureSuccessStatusCode();
                }

                // Whatever the server logs for these requests is written before it answers the next one; stop it and read the rest.
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        while (await process.StandardOutput.ReadLineAsync() is { } rest)
        {
            lines.Add(rest);
        }

        return lines;
    }

    /// <summary>The server built in the same configuration as this test assembly (the solution build builds both).</summary>
    private static string ServerPath()
    {
        var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var path = Repository.PathOf("src", "GraphApi.Server", "bin", framework.Parent!.Name, framework.Name, "GraphApi.Server.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build the server first: {path} is missing.", path);
    }
}
