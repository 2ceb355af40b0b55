using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GraphApi.Server.Tests.Explorer;

/// <summary>
/// Every view at phone width (390 px): it fits without sideways scrolling, shows its content, and axe-core finds no
/// serious or critical violation. A screenshot of each is saved.
/// </summary>
public sealed class PhoneAndAccessibilityTests(ExplorerBrowser browser) : IClassFixture<ExplorerBrowser>
{
    public static TheoryData<string, string, string> Views() => new()
    {
        { "home", "/", ".home-grid .card" },
        { "entity", "/entity/person/habboub", "section[aria-labelledby=said-heading] .claim" },
        { "network", "/entity/institution/bcij?view=network", ".graph canvas" },
        { "source", "/source/source/004_fcad1568809268b8", ".body-text" },
        { "conflicts", "/conflicts", ".conflict" },
        { "path", "/path?from=person%2Fdavid-fischer&to=institution%2Funoct", ".hop" },
        { "timeline", "/timeline?entity=place%2Fmorocco", ".timeline-item" },
        { "passages", "/passages?q=%D8%A7%D9%84%D8%B3%D8%A7%D8%AD%D9%84", ".passage mark" },
        { "passages-none", "/passages?q=cells", ".status.empty" },
        { "review-empty", "/review", "section[aria-labelledby=unreviewed-claims-heading] .status.empty" },
        { "not-found", "/entity/", "h1" },
    };

    [Theory]
    [MemberData(nameof(Views))]
    public async Task View_fits_a_phone_and_has_no_serious_accessibility_violations(string name, string path, string content)
    {
        await using var explorer = await browser.OpenAsync("phone", 390, 844);
        var page = explorer.Page;

        await page.GotoAsync(path);
        await Expect(page.Locator(content).First).ToBeAttachedAsync();
        await page.WaitForFunctionAsync("() => !document.querySelector('[aria-busy=true]') && !document.querySelector('.status.loading')");

        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"{path} is {width} px wide at a 390 px viewport: it scrolls sideways.");
        await page.Locator(content).First.ScrollIntoViewIfNeededAsync();
        await explorer.ScreenshotAsync(name);
        await explorer.AssertAccessibleAsync(name);
        explorer.AssertNoProblems();
    }
}
