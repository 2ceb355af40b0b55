using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GraphApi.Server.Tests.Explorer;

/// <summary>
/// Issue 12's journalist, end to end in Chromium at 1280×800: search حبوب and open Habboub, see BCIJ among his roles,
/// open the source of one of his claims at the highlighted quote, open the network and expand an institution, find the
/// path from Fischer to UNOCT with its quotes, and find 207 and 2009 side by side on the conflicts page; then the
/// timeline. Every step is screenshotted and checked with axe-core; the page may not log an error or call another host.
/// </summary>
public sealed partial class JournalistPathTests(ExplorerBrowser browser) : IClassFixture<ExplorerBrowser>
{
    [Fact]
    public async Task A_journalist_searches_reads_follows_connections_and_compares_sources()
    {
        await using var explorer = await browser.OpenAsync("desktop", 1280, 800);
        var page = explorer.Page;

        // 1. Search "حبوب" and open Habboub.
        await page.GotoAsync("/");
        await Expect(page.Locator(".home-grid .card").First).ToBeVisibleAsync();
        var search = page.GetByRole(AriaRole.Searchbox, new() { Name = "Search", Exact = true });
        await search.FillAsync("حبوب");
        var hit = page.Locator(".top-search .hit", new() { HasText = "Cherkaoui Habboub" });
        await Expect(hit).ToBeVisibleAsync();
        await Expect(hit).ToContainTextAsync("الشرقاوي حبوب");
        await Expect(hit).ToContainTextAsync("Person");
        await Expect(hit).ToContainTextAsync("matched");
        await explorer.ScreenshotAsync("01-search");
        await explorer.AssertAccessibleAsync("search results");
        await hit.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/entity/person/habboub$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Habboub");

        // 2. BCIJ among his roles.
        var roles = page.Locator("section[aria-labelledby=roles-heading]");
        await Expect(roles).ToContainTextAsync("BCIJ");
        await Expect(page.Locator("section[aria-labelledby=said-heading] .claim").First).ToBeVisibleAsync();
        await explorer.ScreenshotAsync("02-entity");
        await explorer.AssertAccessibleAsync("entity page");

        // 3. One of his claims' sources, the quote highlighted at its offsets.
        var readInSource = page.Locator("section[aria-labelledby=said-heading] a.read-in-source").First;
        var href = await readInSource.GetAttributeAsync("href") ?? throw new InvalidOperationException("no link");
        var evidenceId = Uri.UnescapeDataString(href[(href.IndexOf("evidence=", StringComparison.Ordinal) + 9)..]);
        var sourceId = Uri.UnescapeDataString(href["/source/".Length..href.IndexOf('?', StringComparison.Ordinal)]);
        await readInSource.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/source/source/[^?]+\\?evidence="));
        var mark = page.Locator("mark[data-start]");
        await Expect(mark).ToHaveCountAsync(1);
        await Expect(mark).ToBeInViewportAsync();
        var evidence = (await browser.ApiAsync("Source", new { id = sourceId })).GetProperty("node").GetProperty("claims").GetProperty("nodes")
            .EnumerateArray().SelectMany(c => c.GetProperty("evidence").EnumerateArray()).Single(e => e.GetProperty("id").GetString() == evidenceId);
        Assert.Equal(evidence.GetProperty("quote").GetString(), await mark.TextContentAsync());
        Assert.Equal(evidence.GetProperty("start").GetInt32().ToString(CultureInfo.InvariantCulture), await mark.GetAttributeAsync("data-start"));
        Assert.Equal(evidence.GetProperty("end").GetInt32().ToString(CultureInfo.InvariantCulture), await mark.GetAttributeAsync("data-end"));
        Assert.Equal("rtl", await mark.EvaluateAsync<string>("m => getComputedStyle(m).direction"));
        Assert.Contains("Noto Naskh Arabic", await mark.EvaluateAsync<string>("m => getComputedStyle(m).fontFamily"), StringComparison.Ordinal);
        Assert.True(await page.EvaluateAsync<bool>("() => document.fonts.check('16px \"Noto Naskh Arabic\"', 'حبوب')"), "the shipped Arabic font is not loaded");
        await Expect(page.Locator(".body-text a.mention").First).ToBeVisibleAsync();
        await explorer.ScreenshotAsync("03-source");
        await explorer.AssertAccessibleAsync("source reader");

        // 4. Back to Habboub (the back button works), the network, an institution expanded.
        await page.GoBackAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/entity/person/habboub$"));
        await page.Locator("nav.tabs").GetByRole(AriaRole.Link, new() { Name = "Network", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/entity/person/habboub\\?view=network$"));
        await Expect(page.Locator(".graph canvas").First).ToBeAttachedAsync();
        var status = page.Locator(".network-status");
        await Expect(status).ToContainTextAsync("entities");
        var before = Entities(await status.TextContentAsync());
        await page.GetByText("Entities as a list").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Expand Central Bureau of Judicial Investigations (BCIJ)" }).ClickAsync();
        await Expect(page.Locator(".node-list")).ToContainTextAsync("expanded");
        await page.WaitForFunctionAsync($"() => parseInt(document.querySelector('.network-status').textContent) > {before}");
        await page.GetByText("Connections as a list").ClickAsync();
        await page.Locator(".edge-list button", new() { HasText = "Holds role" }).First.ClickAsync();
        await Expect(page.Locator(".network-details blockquote").First).ToBeVisibleAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Export PNG" }).ClickAsync());
        var png = Path.Combine(ExplorerBrowser.ScreenshotFolder, "desktop-network-export.png");
        await download.SaveAsAsync(png);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], (await File.ReadAllBytesAsync(png)).Take(4).ToArray());
        await page.EvaluateAsync("() => window.scrollTo(0, document.querySelector('.network-controls').getBoundingClientRect().top + window.scrollY - 80)");
        await explorer.ScreenshotAsync("04-network");
        await explorer.AssertAccessibleAsync("network view");

        // 5. The path from Fischer to UNOCT, with the quotes behind each hop.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Path" }).ClickAsync();
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "From", Exact = true }).FillAsync("Fischer");
        await page.Locator(".hit", new() { HasText = "David T. Fischer" }).ClickAsync();
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "To", Exact = true }).FillAsync("UNOCT");
        await page.Locator(".hit", new() { HasText = "Counter-Terrorism" }).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/path\\?from=person%2Fdavid-fischer&to=institution%2Funoct$"));
        var path = (await browser.ApiAsync("Path", new { from = "person/david-fischer", to = "institution/unoct", maxHops = 6 })).GetProperty("path");
        await Expect(page.Locator(".hop")).ToHaveCountAsync(path.GetProperty("length").GetInt32());
        foreach (var quote in path.GetProperty("hops").EnumerateArray().SelectMany(h => h.GetProperty("claims").EnumerateArray()).SelectMany(c => c.GetProperty("evidence").EnumerateArray()).Select(e => e.GetProperty("quote").GetString()!))
        {
            await Expect(page.Locator(".hop blockquote", new() { HasText = quote }).First).ToBeVisibleAsync();
        }

        await explorer.ScreenshotAsync("05-path");
        await explorer.AssertAccessibleAsync("path view");

        // 6. 207 and 2009 side by side on the conflicts page.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Conflicts" }).ClickAsync();
        var cells = page.Locator(".conflict").Filter(new() { HasText = "207" }).Filter(new() { HasText = "2009" });
        await Expect(cells).ToHaveCountAsync(1);
        var values = cells.Locator(".side-value");
        await Expect(values).ToHaveCountAsync(2);
        await Expect(values.Nth(0)).ToContainTextAsync("207");
        await Expect(values.Nth(1)).ToContainTextAsync("2009");
        var left = await values.Nth(0).BoundingBoxAsync();
        var right = await values.Nth(1).BoundingBoxAsync();
        Assert.True(left!.X + left.Width <= right!.X && Math.Abs(left.Y - right.Y) < 2, $"the two sides are not next to each other: {left.X},{left.Y} and {right.X},{right.Y}");
        var voronkov = page.Locator(".conflict").Filter(new() { HasText = "Voronkov" });
        await Expect(voronkov.Locator(".side-value").Nth(0)).ToContainTextAsync("Assistant Secretary-General");
        await Expect(voronkov.Locator(".side-value").Nth(1)).ToContainTextAsync("Under-Secretary-General");
        await cells.ScrollIntoViewIfNeededAsync();
        await explorer.ScreenshotAsync("06-conflicts");
        await explorer.AssertAccessibleAsync("conflicts page");

        // 7. The timeline of the corpus, then of one entity.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Timeline" }).ClickAsync();
        await Expect(page.Locator(".timeline-item").First).ToBeVisibleAsync();
        var corpus = (await browser.ApiAsync("Timeline", new { first = 1 })).GetProperty("timeline").GetProperty("totalCount").GetInt32();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "dated events and claims" })).ToContainTextAsync($"of {corpus} dated");
        await explorer.ScreenshotAsync("07-timeline");
        await explorer.AssertAccessibleAsync("timeline");
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Show one entity's timeline" }).FillAsync("Morocco");
        await page.Locator(".timeline-filter .hit", new() { HasText = "Morocco" }).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/timeline\\?entity=place%2Fmorocco$"));
        var morocco = (await browser.ApiAsync("Timeline", new { entityId = "place/morocco", first = 1 })).GetProperty("timeline").GetProperty("totalCount").GetInt32();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "dated events and claims" })).ToContainTextAsync($"of {morocco} dated");

        explorer.AssertNoProblems();
    }

    [Fact]
    public async Task The_network_filters_by_kind_and_by_relationship_type()
    {
        await using var explorer = await browser.OpenAsync("desktop", 1280, 800);
        var page = explorer.Page;
        await page.GotoAsync("/entity/place/morocco?view=network");
        var status = page.Locator(".network-status");
        await Expect(status).ToContainTextAsync("entities");
        var all = Entities(await status.TextContentAsync());
        Assert.True(all > 10, $"Morocco's neighbourhood should be wide, found {all}");

        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Institution" }).UncheckAsync();
        var withoutInstitutions = Entities(await status.TextContentAsync());
        Assert.InRange(withoutInstitutions, 1, all - 1);
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Institution" }).CheckAsync();
        await Expect(status).ToContainTextAsync($"{all} entities");
        var connections = Connections(await status.TextContentAsync());
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Cooperates with" }).UncheckAsync();
        Assert.True(Connections(await status.TextContentAsync()) < connections);
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Cooperates with" }).CheckAsync();
        await page.EvaluateAsync("() => window.scrollTo(0, document.querySelector('.network-controls').getBoundingClientRect().top + window.scrollY - 80)");
        await explorer.ScreenshotAsync("network-morocco");

        explorer.AssertNoProblems();
    }

    [Fact]
    public async Task Keyboard_alone_reaches_a_search_hit_and_its_page_with_visible_focus()
    {
        await using var explorer = await browser.OpenAsync("keyboard", 1280, 800);
        var page = explorer.Page;
        await page.GotoAsync("/conflicts");
        await Expect(page.Locator(".conflict").First).ToBeVisibleAsync();

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("search", await page.EvaluateAsync<string>("() => document.activeElement.type"));
        await page.Keyboard.TypeAsync("Voronkov");
        await Expect(page.Locator(".top-search .hit").First).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        var outline = await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle");
        Assert.NotEqual("none", outline);
        await explorer.ScreenshotAsync("focus");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("/entity/person/voronkov$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Voronkov");
        explorer.AssertNoProblems();
    }

    [Fact]
    public async Task A_failed_request_shows_a_message_and_unknown_ids_say_so()
    {
        await using var explorer = await browser.OpenAsync("errors", 1280, 800);
        var page = explorer.Page;

        await page.GotoAsync("/entity/person/nobody-by-this-id");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Unknown entity");

        await page.RouteAsync("**/graphql**", route => route.FulfillAsync(new() { Status = 503, ContentType = "application/json", Body = """{"errors":[{"message":"The store is unavailable.","extensions":{"code":"STORE_UNAVAILABLE"}}]}""" }));
        await page.GotoAsync("/conflicts");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The store is unavailable.");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Try again" })).ToBeVisibleAsync();
        await page.UnrouteAsync("**/graphql**");
        await page.GetByRole(AriaRole.Button, new() { Name = "Try again" }).ClickAsync();
        await Expect(page.Locator(".conflict").First).ToBeVisibleAsync();
    }

    private static int Connections(string? status) => int.Parse(ConnectionsPattern().Match(status ?? string.Empty).Groups[1].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex("(\\d+) connections")]
    private static partial Regex ConnectionsPattern();

    private static int Entities(string? status) => int.Parse(EntitiesPattern().Match(status ?? string.Empty).Groups[1].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex("^(\\d+) entities")]
    private static partial Regex EntitiesPattern();
}
