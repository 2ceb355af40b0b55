using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;

namespace GraphApi.Benchmarks.Explorer;

/// <summary>
/// <c>explorer --url URL [--hub-url URL --hub ID] [--runs 10]</c>: what a journalist waits for in the explorer, in Debian's
/// Chromium driven by Playwright, each run in a fresh browser context (cold HTTP cache). On the seeds server (--url):
/// search keystroke to hits (the box waits 200 ms after the last key), the entity page from a cold load and from a
/// search hit. On a server over a corpus generated with <c>generate --entities N</c> (--hub-url, --hub): the network
/// view of the hub at 25 connections per entity, then at 500 (the whole neighbourhood), expanding one neighbour, and the
/// page's JavaScript heap. scripts/bench/explorer.sh starts both servers and runs this.
/// </summary>
public static class ExplorerBenchmarkCommand
{
    public static async Task<int> RunAsync(CommandArguments arguments)
    {
        var url = new Uri(arguments.Require("url", "the seeds server, e.g. http://127.0.0.1:5000"));
        var hubUrl = arguments.Get("hub-url") is { } h ? new Uri(h) : null;
        var hub = arguments.Get("hub");
        var runs = arguments.GetInt("runs", 10);
        var chromium = Environment.GetEnvironmentVariable("PLAYWRIGHT_CHROMIUM") ?? "/usr/bin/chromium";

        using var playwright = await Playwright.CreateAsync().ConfigureAwait(false);
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--enable-precise-memory-info"],
        }).ConfigureAwait(false);

        var timings = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        var notes = new List<string>();
        void Add(string what, double ms)
        {
            if (!timings.TryGetValue(what, out var list))
            {
                timings[what] = list = [];
            }

            list.Add(ms);
        }

        for (var run = 0; run < runs; run++)
        {
            await using (var context = await NewContextAsync(browser, url).ConfigureAwait(false))
            {
                var page = await context.NewPageAsync().ConfigureAwait(false);
                await page.GotoAsync("/").ConfigureAwait(false);
                await page.Locator(".home-grid .card").First.WaitForAsync().ConfigureAwait(false);
                var search = page.GetByRole(AriaRole.Searchbox, new() { Name = "Search", Exact = true });
                var watch = Stopwatch.StartNew();
                await search.FillAsync("حبوب").ConfigureAwait(false);
                await page.Locator(".top-search .hit").First.WaitForAsync().ConfigureAwait(false);
                Add("seeds: search, keystroke to hits (incl. 200 ms debounce)", watch.Elapsed.TotalMilliseconds);

                watch.Restart();
                await page.Locator(".top-search .hit").First.ClickAsync().ConfigureAwait(false);
                await page.Locator("section[aria-labelledby=said-heading] .claim").First.WaitForAsync().ConfigureAwait(false);
                Add("seeds: entity page from a search hit", watch.Elapsed.TotalMilliseconds);
            }

            await using (var context = await NewContextAsync(browser, url).ConfigureAwait(false))
            {
                var page = await context.NewPageAsync().ConfigureAwait(false);
                var watch = Stopwatch.StartNew();
                await page.GotoAsync("/entity/person/habboub").ConfigureAwait(false);
                await page.Locator("section[aria-labelledby=said-heading] .claim").First.WaitForAsync().ConfigureAwait(false);
                Add("seeds: entity page, cold load (HTML, JS, fonts, API)", watch.Elapsed.TotalMilliseconds);
            }

            if (hubUrl is not null && hub is not null)
            {
                await using var context = await NewContextAsync(browser, hubUrl).ConfigureAwait(false);
                var page = await context.NewPageAsync().ConfigureAwait(false);
                var status = page.Locator(".network-status");
                var watch = Stopwatch.StartNew();
                await page.GotoAsync($"/entity/{hub}?view=network").ConfigureAwait(false);
                await page.WaitForFunctionAsync("() => /^\\d+ entities/.test(document.querySelector('.network-status')?.textContent ?? '')").ConfigureAwait(false);
                Add("hub: network, cold load at 25 connections per entity", watch.Elapsed.TotalMilliseconds);

                watch.Restart();
                await page.SelectOptionAsync("#network-first", "500").ConfigureAwait(false);
                await page.WaitForFunctionAsync("() => parseInt(document.querySelector('.network-status')?.textContent ?? '0') > 100").ConfigureAwait(false);
                Add("hub: network redrawn at 500 connections per entity", watch.Elapsed.TotalMilliseconds);
                var shown = await status.TextContentAsync().ConfigureAwait(false);

                var before = Count(shown);
                watch.Restart();
                await page.GetByText("Entities as a list").ClickAsync().ConfigureAwait(false);
                await page.Locator(".node-list button").Nth(1).ClickAsync().ConfigureAwait(false);
                await page.WaitForFunctionAsync($"() => document.querySelectorAll('.node-list .muted').length >= 2").ConfigureAwait(false);
                Add("hub: expand one neighbour (list button, re-layout)", watch.Elapsed.TotalMilliseconds);

                watch.Restart();
                await page.GetByRole(AriaRole.Button, new() { Name = "Fit to view" }).ClickAsync().ConfigureAwait(false);
                await page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))").ConfigureAwait(false);
                Add("hub: fit to view, click to second frame", watch.Elapsed.TotalMilliseconds);

                var heap = await page.EvaluateAsync<double>("() => performance.memory ? performance.memory.usedJSHeapSize / 1048576 : -1").ConfigureAwait(false);
                Add("hub: JS heap after the 500-connection view (MiB)", heap);
                if (run == 0)
                {
                    notes.Add($"hub view: {shown?.Trim()} (before expanding: {before} entities)");
                }
            }
        }

        Console.WriteLine($"Chromium {browser.Version}, {runs} runs, each in a fresh browser context");
        Console.WriteLine("what\tmedian\tp90\tmin\tmax");
        foreach (var (what, values) in timings)
        {
            values.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}\t{Percentile(values, 0.5):0}\t{Percentile(values, 0.9):0}\t{values[0]:0}\t{values[^1]:0}"));
        }

        foreach (var note in notes)
        {
            Console.WriteLine(note);
        }

        return 0;
    }

    private static Task<IBrowserContext> NewContextAsync(IBrowser browser, Uri url) => browser.NewContextAsync(new BrowserNewContextOptions
    {
        BaseURL = url.ToString(),
        ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
    });

    private static int Count(string? status) => int.TryParse((status ?? string.Empty).Split(' ')[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0;

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
