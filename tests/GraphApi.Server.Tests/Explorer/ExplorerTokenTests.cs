using GraphApi.Server.Tests.Access;
using GraphApi.Server.Tests.Hardening;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GraphApi.Server.Tests.Explorer;

/// <summary>
/// Issue 16, the explorer's token field, in Chromium against a locked-down server with auth on over a corpus in which one
/// article is internal: the article is unknown until a reader's token is used, appears with it, and is unknown again
/// after "Forget" or a reload. The token is kept in memory only: never in storage, a cookie, the URL or the field.
/// </summary>
public sealed class ExplorerTokenTests(ExplorerBrowser browser) : IClassFixture<ExplorerBrowser>
{
    [Fact]
    public async Task A_reader_token_shows_the_internal_article_and_lives_in_memory_only()
    {
        using var corpus = new RestrictedCorpus();
        var settings = ExplorerBrowser.LockedDownSettings();
        foreach (var (key, value) in TestTokens.Settings())
        {
            settings[key] = value;
        }

        await using var server = await KestrelServer.StartAsync(corpus.Directory, settings);
        await using var explorer = await ExplorerPage.OpenAsync(browser.Browser, server.BaseAddress, "token", 1280, 800);
        var page = explorer.Page;
        var internalPage = "/source/" + RestrictedCorpus.InternalSourceId;
        var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1 });

        await page.GotoAsync(internalPage);
        await Expect(heading).ToHaveTextAsync("Unknown source");

        await page.GetByText("Token", new() { Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "No token" })).ToBeVisibleAsync();
        await explorer.AssertAccessibleAsync("token field");
        await page.GetByLabel("Bearer token").FillAsync(TestTokens.Reader);
        await page.GetByRole(AriaRole.Button, new() { Name = "Use" }).ClickAsync();
        await Expect(heading).Not.ToHaveTextAsync("Unknown source");
        await Expect(heading).ToContainTextAsync("2009");
        await Expect(page.GetByText("Token: on")).ToBeVisibleAsync();
        await explorer.ScreenshotAsync("reader-reads-internal-article");
        Assert.Equal(string.Empty, await page.GetByLabel("Bearer token").InputValueAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => localStorage.length === 0 && sessionStorage.length === 0 && document.cookie === ''"));
        Assert.DoesNotContain(TestTokens.Reader.Split('.')[2], page.Url, StringComparison.Ordinal);

        await page.GetByText("Token: on", new() { Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Forget" }).ClickAsync();
        await Expect(heading).ToHaveTextAsync("Unknown source");

        await page.GetByText("Token", new() { Exact = true }).ClickAsync();
        await page.GetByLabel("Bearer token").FillAsync(TestTokens.Reader);
        await page.GetByRole(AriaRole.Button, new() { Name = "Use" }).ClickAsync();
        await Expect(heading).Not.ToHaveTextAsync("Unknown source");
        await page.ReloadAsync();
        await Expect(heading).ToHaveTextAsync("Unknown source");
        explorer.AssertNoProblems();
    }
}
