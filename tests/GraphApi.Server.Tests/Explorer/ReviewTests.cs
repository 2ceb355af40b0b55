using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GraphApi.Server.Tests.Explorer;

/// <summary>
/// Extracted knowledge in the explorer (issues 12 and 13), on the seeds plus one article without curated claims: the
/// review page lists the candidate names with the sentence behind each and the unreviewed claims with how they were
/// extracted; a candidate's occurrence opens the reader marked at its offsets; an entity page marks its extracted claims
/// "Unreviewed" and leaves the curated ones unmarked; at phone width the review page fits and stays accessible.
/// </summary>
public sealed class ReviewTests(ExtractedKnowledgeBrowser browser) : IClassFixture<ExtractedKnowledgeBrowser>
{
    [Fact]
    public async Task A_reviewer_sees_each_candidate_with_its_quote_and_each_unreviewed_claim_with_its_extraction()
    {
        await using var explorer = await browser.OpenAsync("desktop", 1280, 800);
        var page = explorer.Page;

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Review" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/review$"));

        var candidates = (await browser.ApiAsync("Candidates", new { })).GetProperty("candidates");
        var expected = candidates.GetProperty("nodes").EnumerateArray().ToList();
        Assert.NotEmpty(expected);
        var cards = page.Locator(".candidate");
        await Expect(cards).ToHaveCountAsync(expected.Count);
        await Expect(page.Locator("#candidates-heading")).ToContainTextAsync($"({candidates.GetProperty("totalCount").GetInt32()})");
        for (var i = 0; i < expected.Count; i++)
        {
            var card = cards.Nth(i);
            await Expect(card.Locator(".candidate-name")).ToHaveTextAsync(expected[i].GetProperty("name").GetString()!);
            await Expect(card.Locator(".badge.unreviewed")).ToHaveTextAsync("Unreviewed");
            var occurrences = expected[i].GetProperty("occurrences").EnumerateArray().ToList();
            await Expect(card.Locator(".occurrence")).ToHaveCountAsync(occurrences.Count);
            for (var o = 0; o < occurrences.Count; o++)
            {
                var occurrence = card.Locator(".occurrence").Nth(o);
                Assert.Equal(occurrences[o].GetProperty("sentence").GetString(), await occurrence.Locator("blockquote").TextContentAsync());
                Assert.Equal(occurrences[o].GetProperty("text").GetString(), await occurrence.Locator("mark").TextContentAsync());
            }
        }

        var claims = (await browser.ApiAsync("UnreviewedClaims", new { })).GetProperty("claims");
        var extracted = page.Locator("section[aria-labelledby=unreviewed-claims-heading] .claim");
        await Expect(extracted).ToHaveCountAsync(claims.GetProperty("nodes").GetArrayLength());
        Assert.True(claims.GetProperty("totalCount").GetInt32() > 0, "the new article should bring unreviewed claims");
        await Expect(extracted.Locator(".badge.unreviewed")).ToHaveCountAsync(claims.GetProperty("nodes").GetArrayLength());
        await Expect(extracted.Locator(".extraction-note")).ToHaveCountAsync(claims.GetProperty("nodes").GetArrayLength());
        await Expect(extracted.First.Locator(".extraction-note")).ToContainTextAsync("Extracted automatically, not reviewed");
        await explorer.ScreenshotAsync("10-review");
        await explorer.AssertAccessibleAsync("review");

        // The first occurrence in its article, marked at its offsets.
        var first = expected[0].GetProperty("occurrences")[0];
        await cards.First.GetByRole(AriaRole.Link, new() { Name = "Read in source" }).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"\\?start={Offset(first.GetProperty("start").GetInt32())}&end={Offset(first.GetProperty("end").GetInt32())}$"));
        var mark = page.Locator(".reader mark[data-start]");
        await Expect(mark).ToHaveCountAsync(1);
        Assert.Equal(first.GetProperty("text").GetString(), await mark.TextContentAsync());
        await Expect(mark).ToBeInViewportAsync();

        explorer.AssertNoProblems();
    }

    [Fact]
    public async Task An_entity_page_marks_its_extracted_claims_unreviewed_and_only_those()
    {
        await using var explorer = await browser.OpenAsync("desktop", 1280, 800);
        var page = explorer.Page;
        await page.GotoAsync("/entity/person/habboub");

        var said = (await browser.ApiAsync("Entity", new { id = "person/habboub" })).GetProperty("node").GetProperty("said").GetProperty("nodes").EnumerateArray().ToList();
        var unreviewed = said.Count(c => !c.GetProperty("reviewed").GetBoolean());
        Assert.True(unreviewed > 0, "Habboub speaks in the new article: the extraction should give him unreviewed claims");
        Assert.True(said.Count > unreviewed, "Habboub has curated claims too");

        var cards = page.Locator("section[aria-labelledby=said-heading] .claim");
        await Expect(cards).ToHaveCountAsync(said.Count);
        await Expect(cards.Locator(".badge.unreviewed")).ToHaveCountAsync(unreviewed);
        await Expect(page.Locator("section[aria-labelledby=said-heading] .claim.extracted")).ToHaveCountAsync(unreviewed);
        var extracted = page.Locator("section[aria-labelledby=said-heading] .claim.extracted").First;
        await extracted.ScrollIntoViewIfNeededAsync();
        await Expect(extracted.Locator(".extraction-note")).ToBeVisibleAsync();
        await explorer.ScreenshotAsync("entity-unreviewed");
        await explorer.AssertAccessibleAsync("entity page with unreviewed claims");

        // The badge leads to the review page, by keyboard, with visible focus.
        await extracted.Locator(".badge.unreviewed").FocusAsync();
        Assert.NotEqual("none", await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle"));
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("/review$"));
        await Expect(page.Locator(".candidate").First).ToBeVisibleAsync();
        explorer.AssertNoProblems();
    }

    [Fact]
    public async Task The_review_page_fits_a_phone_and_has_no_serious_accessibility_violations()
    {
        await using var explorer = await browser.OpenAsync("phone", 390, 844);
        var page = explorer.Page;
        await page.GotoAsync("/review");
        await Expect(page.Locator(".candidate").First).ToBeVisibleAsync();
        await Expect(page.Locator("section[aria-labelledby=unreviewed-claims-heading] .claim").First).ToBeVisibleAsync();
        await page.WaitForFunctionAsync("() => !document.querySelector('[aria-busy=true]') && !document.querySelector('.status.loading')");

        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"/review is {width} px wide at a 390 px viewport: it scrolls sideways.");
        await page.Locator(".candidate").First.ScrollIntoViewIfNeededAsync();
        await explorer.ScreenshotAsync("review");
        await explorer.AssertAccessibleAsync("review");
        explorer.AssertNoProblems();
    }

    private static string Offset(int value) => value.ToString(CultureInfo.InvariantCulture);
}
