using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GraphApi.Server.Tests.Explorer;

/// <summary>
/// The passages view (/passages?q=) on the seeds at 1280×800: the sentences the API finds, in its order, with its
/// highlights as marks; a passage opens the source reader marked at its exact offsets; a date range that excludes every
/// article says so; a failed request shows a message and a retry; the form works by keyboard with visible focus.
/// </summary>
public sealed class PassagesTests(ExplorerBrowser browser) : IClassFixture<ExplorerBrowser>
{
    private const string Sahel = "الساحل";

    [Fact]
    public async Task A_journalist_finds_the_sentences_that_name_the_sahel_and_opens_one_in_its_article()
    {
        await using var explorer = await browser.OpenAsync("desktop", 1280, 800);
        var page = explorer.Page;

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Passages" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/passages$"));
        await Expect(page.Locator(".status.empty")).ToContainTextAsync("Type words above");
        await explorer.AssertAccessibleAsync("passages, before a search");

        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Words to find in the articles" }).FillAsync(Sahel);
        await page.GetByRole(AriaRole.Button, new() { Name = "Find passages" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/passages\\?q=" + Regex.Escape(Uri.EscapeDataString(Sahel)) + "$"));

        var expected = (await browser.ApiAsync("Passages", new { text = Sahel })).GetProperty("passages").GetProperty("nodes").EnumerateArray().ToList();
        Assert.NotEmpty(expected);
        var passages = page.Locator(".passage");
        await Expect(passages).ToHaveCountAsync(expected.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var passage = passages.Nth(i);
            Assert.Equal(expected[i].GetProperty("text").GetString(), await passage.Locator("blockquote").TextContentAsync());
            Assert.Equal("rtl", await passage.Locator("blockquote").GetAttributeAsync("dir"));
            var highlights = expected[i].GetProperty("highlights").EnumerateArray().ToList();
            var marks = passage.Locator("mark");
            await Expect(marks).ToHaveCountAsync(highlights.Count);
            for (var m = 0; m < highlights.Count; m++)
            {
                Assert.Equal(Offset(highlights[m], "start"), await marks.Nth(m).GetAttributeAsync("data-start"));
                Assert.Equal(Offset(highlights[m], "end"), await marks.Nth(m).GetAttributeAsync("data-end"));
            }
        }

        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "passage" })).ToContainTextAsync($"{expected.Count} passage");
        await explorer.ScreenshotAsync("08-passages");
        await explorer.AssertAccessibleAsync("passages");

        // The first passage in its article: the reader marks exactly its offsets.
        var first = expected[0];
        await passages.First.GetByRole(AriaRole.Link, new() { Name = "Read in source" }).ClickAsync();
        var sourceId = first.GetProperty("source").GetProperty("id").GetString()!;
        await Expect(page).ToHaveURLAsync(new Regex($"/source/{Regex.Escape(sourceId)}\\?start={Offset(first, "start")}&end={Offset(first, "end")}$"));
        var mark = page.Locator(".reader mark[data-start]");
        await Expect(mark).ToHaveCountAsync(1);
        await Expect(mark).ToBeInViewportAsync();
        Assert.Equal(first.GetProperty("text").GetString(), await mark.TextContentAsync());
        Assert.Equal(Offset(first, "start"), await mark.GetAttributeAsync("data-start"));
        Assert.Equal(Offset(first, "end"), await mark.GetAttributeAsync("data-end"));
        await Expect(page.Locator(".evidence-card")).ToContainTextAsync("The highlighted passage");
        await explorer.ScreenshotAsync("09-passage-in-source");
        await explorer.AssertAccessibleAsync("source reader at a passage");

        // Back to the results (the back button works), then a date range no article falls in.
        await page.GoBackAsync();
        await Expect(passages).ToHaveCountAsync(expected.Count);
        await page.GetByLabel("Published from").FillAsync("2031");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find passages" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("&from=2031$"));
        await Expect(page.Locator(".status.empty")).ToContainTextAsync("in those dates");
        await Expect(passages).ToHaveCountAsync(0);

        explorer.AssertNoProblems();
    }

    [Fact]
    public async Task The_form_works_by_keyboard_with_visible_focus_and_an_unknown_word_finds_nothing()
    {
        await using var explorer = await browser.OpenAsync("keyboard", 1280, 800);
        var page = explorer.Page;
        await page.GotoAsync("/passages");
        var input = page.GetByRole(AriaRole.Searchbox, new() { Name = "Words to find in the articles" });
        await input.FocusAsync();
        Assert.NotEqual("none", await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle"));
        await page.Keyboard.TypeAsync(Sahel);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator(".passage").First).ToBeVisibleAsync();

        var link = page.Locator(".passage a.read-in-source").First;
        await link.FocusAsync();
        Assert.NotEqual("none", await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle"));
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("/source/.+\\?start=\\d+&end=\\d+$"));

        await page.GotoAsync("/passages?q=" + Uri.EscapeDataString("zzxqv"));
        await Expect(page.Locator(".status.empty")).ToContainTextAsync("No sentence of the articles holds every word of “zzxqv”");
        explorer.AssertNoProblems();
    }

    [Fact]
    public async Task A_failed_search_shows_the_servers_message_and_a_retry_and_a_bad_span_says_so()
    {
        await using var explorer = await browser.OpenAsync("errors", 1280, 800);
        var page = explorer.Page;
        await page.RouteAsync("**/graphql**", route => route.FulfillAsync(new() { Status = 503, ContentType = "application/json", Body = """{"errors":[{"message":"The store is unavailable.","extensions":{"code":"STORE_UNAVAILABLE"}}]}""" }));
        await page.GotoAsync("/passages?q=" + Uri.EscapeDataString(Sahel));
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The store is unavailable.");
        await page.UnrouteAsync("**/graphql**");
        await page.GetByRole(AriaRole.Button, new() { Name = "Try again" }).ClickAsync();
        await Expect(page.Locator(".passage").First).ToBeVisibleAsync();

        await page.GotoAsync("/source/source/000_46e6c963faef6264?start=5&end=999999");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("are not a span of this article");
        await Expect(page.Locator(".body-text").First).ToBeVisibleAsync();
        await Expect(page.Locator(".reader mark")).ToHaveCountAsync(0);
    }

    private static string Offset(JsonElement element, string name) => element.GetProperty(name).GetInt32().ToString(CultureInfo.InvariantCulture);
}
