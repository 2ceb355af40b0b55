using GraphApi.GraphQL.AspNetCore.Tests.Hosting;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace GraphApi.GraphQL.AspNetCore.Tests.Conformance;

/// <summary>
/// Banana Cake Pop in a real browser (Debian's Chromium driven by the driver bundled in the Playwright package, nothing
/// downloaded): the page loads from the build output, reads bcp-config.json, introspects the endpoint and shows the
/// schema's SDL.
/// </summary>
public sealed class BananaCakePopBrowserTests(ITestOutputHelper output)
{
    private static readonly string ChromiumPath = Environment.GetEnvironmentVariable("PLAYWRIGHT_CHROMIUM") ?? "/usr/bin/chromium";

    [Fact]
    public async Task The_ide_introspects_the_endpoint_and_shows_the_schema()
    {
        Assert.True(File.Exists(ChromiumPath), $"Chromium is missing at {ChromiumPath}: apt-get install -y chromium, or set PLAYWRIGHT_CHROMIUM.");
        await using var engine = await ReferenceEngineExecutor.StartAsync(GraphQLOverHttpAuditTests.TestSchemaSdl);
        await using var host = await GraphQLTestHost.StartAsync(engine);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync();
        page.Response += (_, response) => output.WriteLine($"{response.Request.Method} {response.Url} -> {response.Status}");

        var introspection = page.WaitForResponseAsync(
            response => response.Url == host.Endpoint.ToString()
                && response.Request.Method == "POST"
                && (response.Request.PostData?.Contains("__schema", StringComparison.Ordinal) ?? false),
            new PageWaitForResponseOptions { Timeout = 60_000 });
        await page.GotoAsync(host.Endpoint.ToString());
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Browse Schema" }).ClickAsync();
        var answer = await introspection;

        Assert.Equal(200, answer.Status);
        Assert.Contains("\"name\":\"Dog\"", await answer.TextAsync(), StringComparison.Ordinal);

        await page.GetByText("Schema Definition", new PageGetByTextOptions { Exact = true }).ClickAsync();
        var editor = page.Locator(".view-lines").First;
        await Assertions.Expect(editor).ToContainTextAsync("enum Species", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
        await Assertions.Expect(editor).ToContainTextAsync("interface Node");
    }
}
