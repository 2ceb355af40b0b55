using System.Text.Json;
using GraphApi.Server.Tests.Hardening;
using GraphApi.Testing;
using Microsoft.Playwright;
using Xunit.Sdk;

namespace GraphApi.Server.Tests.Explorer;

/// <summary>
/// The real server over Kestrel and Debian's Chromium driven by Playwright (nothing downloaded), shared by the browser
/// tests of a class. The server runs as a locked-down deployment would: introspection off and only the trusted documents
/// of the explorer's manifest accepted, so the explorer is proven to need neither.
/// </summary>
public class ExplorerBrowser : IAsyncLifetime
{
    private static readonly string ChromiumPath = Environment.GetEnvironmentVariable("PLAYWRIGHT_CHROMIUM") ?? "/usr/bin/chromium";
    private KestrelServer? server;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public KestrelServer Server => server ?? throw new InvalidOperationException("not started");

    public IBrowser Browser => browser ?? throw new InvalidOperationException("not started");

    /// <summary>Where each step's screenshot goes (git-ignored); README's pictures are copied from here into docs/.</summary>
    public static string ScreenshotFolder => Path.Combine(Repository.Root, "artifacts", "explorer");

    public static Dictionary<string, string?> LockedDownSettings() => new()
    {
        ["GraphApi:GraphQL:EnableIntrospection"] = "false",
        ["GraphApi:GraphQL:PersistedQueries:TrustedDocumentsFile"] = ExplorerDocumentsTests.Manifest,
        ["GraphApi:GraphQL:PersistedQueries:TrustedDocumentsOnly"] = "true",
    };

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new XunitException($"Chromium is missing at {ChromiumPath}: apt-get install -y chromium, or set PLAYWRIGHT_CHROMIUM.");
        }

        server = await KestrelServer.StartAsync(corpus: PrepareCorpus(), settings: LockedDownSettings());
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--font-render-hinting=none"],
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    /// <summary>The corpus folder the server imports; null for the repository's seeds.</summary>
    protected virtual string? PrepareCorpus() => null;

    /// <summary>Removes what <see cref="PrepareCorpus"/> made, after the server has stopped.</summary>
    protected virtual void CleanUp()
    {
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        CleanUp();
    }

    public Task<ExplorerPage> OpenAsync(string prefix, int width, int height) => ExplorerPage.OpenAsync(Browser, Server.BaseAddress, prefix, width, height);

    /// <summary>
    /// Asks the API directly, not through the page, with one of the explorer's trusted documents (by its hash, as the
    /// locked-down server requires), so a test can check what the page shows against what the API answers.
    /// </summary>
    public async Task<JsonElement> ApiAsync(string operationName, object variables)
    {
        var manifest = JsonSerializer.Deserialize<Dictionary<string, string>>(await File.ReadAllTextAsync(ExplorerDocumentsTests.Manifest))!;
        var hash = manifest.Single(p => p.Value.StartsWith($"query {operationName}(", StringComparison.Ordinal) || p.Value.StartsWith($"query {operationName} ", StringComparison.Ordinal)).Key;
        var body = JsonSerializer.SerializeToUtf8Bytes(new
        {
            operationName,
            variables,
            extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } },
        });
        using var response = await Server.PostAsync(body);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(json.RootElement.TryGetProperty("errors", out var errors), errors.ToString());
        return json.RootElement.GetProperty("data").Clone();
    }
}

/// <summary>
/// One browser page on the explorer that records what must never happen: a console error, an uncaught exception, or a
/// request to any host but the server. Screenshots are named prefix-step.png; axe-core (npm, installed with the
/// explorer) checks each view for serious or critical accessibility violations.
/// </summary>
public sealed class ExplorerPage : IAsyncDisposable
{
    private readonly IBrowserContext context;
    private readonly string prefix;
    private readonly List<string> problems = [];
    private static string? axeSource;

    private ExplorerPage(IBrowserContext context, IPage page, Uri server, string prefix)
    {
        this.context = context;
        this.prefix = prefix;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Record($"console error on {page.Url}: {message.Text}");
            }
        };
        page.PageError += (_, error) => Record($"uncaught error on {page.Url}: {error}");
        page.Request += (_, request) =>
        {
            var url = new Uri(request.Url);
            if (url.Scheme is "http" or "https" or "ws" or "wss" && url.Authority != server.Authority)
            {
                Record($"request to another host: {request.Url}");
            }
        };
    }

    public IPage Page { get; }

    public static async Task<ExplorerPage> OpenAsync(IBrowser browser, Uri server, string prefix, int width, int height)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            AcceptDownloads = true,
            Locale = "en-GB",
        });
        var page = await context.NewPageAsync();
        // Generous bounds: a machine busy with other builds slows these tests rather than failing them.
        page.SetDefaultTimeout(90_000);
        Assertions.SetDefaultExpectTimeout(30_000);
        return new ExplorerPage(context, page, server, prefix);
    }

    public async Task ScreenshotAsync(string step, bool fullPage = false) =>
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ExplorerBrowser.ScreenshotFolder, $"{prefix}-{step}.png"), FullPage = fullPage });

    /// <summary>Runs axe-core on the page as it is and fails on any serious or critical violation.</summary>
    public async Task AssertAccessibleAsync(string view)
    {
        axeSource ??= await File.ReadAllTextAsync(AxePath());
        if (!await Page.EvaluateAsync<bool>("() => typeof window.axe !== 'undefined'"))
        {
            await Page.EvaluateAsync(axeSource);
        }

        var violations = await Page.EvaluateAsync<JsonElement>("""
            async () => {
              const result = await window.axe.run(document, { resultTypes: ['violations'] });
              return result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`);
            }
            """);
        var found = violations.EnumerateArray().Select(v => v.GetString()).ToList();
        Assert.True(found.Count == 0, $"axe-core found serious or critical violations on {view} ({prefix}):{Environment.NewLine}{string.Join(Environment.NewLine, found)}");
    }

    /// <summary>Fails with everything recorded: console errors, uncaught errors and requests to other hosts.</summary>
    public void AssertNoProblems()
    {
        lock (problems)
        {
            Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        }
    }

    public async ValueTask DisposeAsync() => await context.DisposeAsync();

    private void Record(string problem)
    {
        lock (problems)
        {
            problems.Add(problem);
        }
    }

    private static string AxePath()
    {
        var path = Path.Combine(Repository.Root, "src", "GraphApi.Explorer", "node_modules", "axe-core", "axe.min.js");
        return File.Exists(path) ? path : throw new XunitException($"{path} is missing: building GraphApi.Server runs npm ci in src/GraphApi.Explorer, which installs axe-core.");
    }
}
