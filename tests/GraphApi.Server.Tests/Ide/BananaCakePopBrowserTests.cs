using System.Collections.Concurrent;
using GraphApi.Server.Tests.Access;
using GraphApi.Server.Tests.Hardening;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace GraphApi.Server.Tests.Ide;

/// <summary>
/// Issue 15, the IDE as a newcomer meets it: the real server over Kestrel, Banana Cake Pop in Debian's Chromium (nothing
/// downloaded). On a first visit the schema is browsable at once, the welcome document runs README's first question, and
/// the page talks to no host but the server.
/// </summary>
public sealed class BananaCakePopBrowserTests(ITestOutputHelper output) : IAsyncLifetime
{
    /// <summary>How long a step may take: generous, so that a machine busy with other builds slows the test rather than failing it.</summary>
    private const int BrowserTimeout = 90_000;

    private static readonly string ChromiumPath = Environment.GetEnvironmentVariable("PLAYWRIGHT_CHROMIUM") ?? "/usr/bin/chromium";
    private readonly ConcurrentBag<string> hosts = [];
    private KestrelServer? server;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(ChromiumPath), $"Chromium is missing at {ChromiumPath}: apt-get install -y chromium, or set PLAYWRIGHT_CHROMIUM.");
        server = await KestrelServer.StartAsync();
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        await browser!.DisposeAsync();
        playwright!.Dispose();
        await server!.DisposeAsync();
    }

    [Fact]
    public async Task On_a_first_visit_the_welcome_document_runs_a_readme_question()
    {
        var page = await NewPageAsync(welcomed: false);
        await page.GotoAsync(new Uri(server!.BaseAddress, "graphql").ToString());

        Assert.EndsWith("/graphql/", page.Url, StringComparison.Ordinal);
        var request = page.Locator(".view-lines").First;
        await Assertions.Expect(request).ToContainTextAsync("search(text: \"Habboub\", kinds: [PERSON], first: 1)", new LocatorAssertionsToContainTextOptions { Timeout = BrowserTimeout });
        await SaveScreenshotAsync(page, "graphapi-bcp-welcome.png");

        var answer = page.WaitForResponseAsync(r => r.Request.Method == "POST" && (r.Request.PostData?.Contains("Habboub", StringComparison.Ordinal) ?? false), new PageWaitForResponseOptions { Timeout = BrowserTimeout });
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Run" }).First.ClickAsync();
        var response = await answer;

        Assert.Equal(200, response.Status);
        Assert.Contains("\"person/habboub\"", await response.TextAsync(), StringComparison.Ordinal);
        // The response pane, one of the page's editors, shows the answer.
        await Assertions.Expect(page.Locator(".view-lines", new PageLocatorOptions { HasText = "Cherkaoui Habboub" }).First).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = BrowserTimeout });
        await SaveScreenshotAsync(page, "graphapi-bcp-answer.png");

        await page.GetByText("Schema Reference", new PageGetByTextOptions { Exact = true }).First.ClickAsync();
        await Assertions.Expect(page.GetByText("Read access to the knowledge graph", new PageGetByTextOptions { Exact = false }).First).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = BrowserTimeout });
        Assert.Equal(0, await page.GetByText("No Schema").CountAsync());
        AssertOnlyTheServerWasAsked();
    }

    /// <summary>The first view that showed "No Schema": the start page's "Browse Schema", before any document was opened.</summary>
    [Fact]
    public async Task Browse_schema_on_the_start_page_shows_the_schema_at_once()
    {
        var page = await NewPageAsync(welcomed: true);
        await page.GotoAsync(new Uri(server!.BaseAddress, "graphql").ToString());
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Browse Schema" }).ClickAsync(new LocatorClickOptions { Timeout = BrowserTimeout });

        await Assertions.Expect(page.GetByText("Read access to the knowledge graph", new PageGetByTextOptions { Exact = false }).First).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = BrowserTimeout });
        await page.GetByText("Schema Definition", new PageGetByTextOptions { Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".view-lines").First).ToContainTextAsync("interface Node", new LocatorAssertionsToContainTextOptions { Timeout = BrowserTimeout });
        Assert.Equal(0, await page.GetByText("No Schema").CountAsync());
        await SaveScreenshotAsync(page, "graphapi-bcp-schema.png");
        AssertOnlyTheServerWasAsked();
    }

    /// <summary>
    /// Issue 16 as a reporter meets it: on a server with auth on and an internal article, a query from the IDE reads what
    /// anonymous callers read; with <c>Authorization: Bearer &lt;token&gt;</c> in the HTTP Headers tab under the request
    /// (README, "Turning authentication on"), the IDE sends the header and the same query reads the internal article.
    /// </summary>
    [Fact]
    public async Task A_token_in_the_http_headers_tab_is_sent_and_reads_the_internal_article()
    {
        using var corpus = new RestrictedCorpus();
        await using var locked = await KestrelServer.StartAsync(corpus.Directory, TestTokens.Settings());
        // A new document of its own, opened as a user does from the start page: the welcome script, which opens and
        // fills a document on a first visit, would race with the edit below on a busy machine (the IDE went on sending
        // the welcome document while the editor showed the edit).
        var page = await NewPageAsync(welcomed: true);
        await page.GotoAsync(new Uri(locked.BaseAddress, "graphql").ToString());
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Create Document" }).First.ClickAsync(new LocatorClickOptions { Timeout = BrowserTimeout });
        var request = page.Locator(".view-lines").First;
        await Assertions.Expect(request).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = BrowserTimeout });
        // The document goes in pasted, as the welcome script puts its own: typed key by key, the editor's bracket
        // closing and suggestions (which a busy machine shows or not in mid-word) made a different document from run to
        // run. A paste that the editor has not taken within a while is made again.
        const string Document = "{ node(id: \"" + RestrictedCorpus.InternalSourceId + "\") { id } sources { totalCount } }";
        for (var attempt = 1; ; attempt++)
        {
            await request.ClickAsync();
            await page.Keyboard.PressAsync("Control+A");
            await page.Keyboard.PressAsync("Delete");
            // Into the editor the click focused: the page may hold other editors (variables, headers, earlier tabs).
            await page.EvaluateAsync(
                """
                text => {
                  const editor = document.activeElement;
                  const data = new DataTransfer();
                  data.setData("text/plain", text);
                  editor.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
                }
                """,
                Document);
            try
            {
                await Assertions.Expect(request).ToHaveTextAsync(Document, new LocatorAssertionsToHaveTextOptions { Timeout = BrowserTimeout / 4 });
                break;
            }
            catch (PlaywrightException e) when (attempt < 4)
            {
                output.WriteLine($"paste {attempt} not taken ({await page.Locator(".monaco-editor").CountAsync()} editors on the page): {e.Message.Split('\n')[0]}");
            }
        }

        // The IDE saves an edit a moment after it is made (a header's name before its value): Run until the request it
        // sends is the edited one. On a busy machine a click can also come while the IDE is still busy and send nothing;
        // then Run is clicked again (each click is answered at most once, so a late answer only ends a later wait).
        // The header goes in as a user enters it: name, value, then on to the next field. Entered again (cleared first, so
        // that the page sees a change) when the IDE goes on sending requests without it. Rows left from an earlier entry
        // are deleted first with each row's delete button (the empty row kept for the next header has a disabled one):
        // the IDE joins the values of rows that share a name into one header, and a CI run saw it send
        // "Authorization: , Bearer ey…" (an empty row next to the entered one), which the server rightly refuses.
        var token = "Bearer " + TestTokens.Reader;
        var deleteRow = page.Locator("xpath=//input[@placeholder='Name']/ancestor::div[contains(@class,'MuiAutocomplete-root')]/../../div[last()]//button[not(@disabled)]");
        async Task EnterTokenAsync()
        {
            await page.GetByText("HTTP Headers", new PageGetByTextOptions { Exact = true }).ClickAsync();
            for (var rows = await deleteRow.CountAsync(); rows > 0; rows = await deleteRow.CountAsync())
            {
                await deleteRow.First.ClickAsync();
                await Assertions.Expect(deleteRow).ToHaveCountAsync(rows - 1, new LocatorAssertionsToHaveCountOptions { Timeout = BrowserTimeout });
            }

            var (name, value) = (page.GetByPlaceholder("Name").First, page.GetByPlaceholder("Value").First);
            foreach (var (field, text) in new[] { (name, "Authorization"), (value, token) })
            {
                await field.FillAsync("");
                await field.FillAsync(text);
                await Assertions.Expect(field).ToHaveValueAsync(text, new LocatorAssertionsToHaveValueOptions { Timeout = BrowserTimeout });
                await field.PressAsync("Tab");
            }

            // One header row holds a name: the one just entered (the IDE keeps an empty row below it for the next).
            await Assertions.Expect(page.Locator("input[placeholder=Name]:not([value=''])")).ToHaveCountAsync(1, new LocatorAssertionsToHaveCountOptions { Timeout = BrowserTimeout });
        }

        async Task<(string? Authorization, string Answer)> RunAsync(bool withToken)
        {
            for (var attempt = 1; ; attempt++)
            {
                Assert.True(attempt <= 12, "the IDE kept sending the request as it was before the edit, or sent nothing");
                if (withToken && attempt % 4 == 0)
                {
                    await EnterTokenAsync();
                }

                var sent = page.WaitForResponseAsync(r => r.Request.Method == "POST" && !(r.Request.PostData?.Contains("IntrospectionQuery", StringComparison.Ordinal) ?? false), new PageWaitForResponseOptions { Timeout = BrowserTimeout / 3 });
                await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Run" }).First.ClickAsync();
                IResponse response;
                try
                {
                    response = await sent;
                }
                catch (TimeoutException)
                {
                    output.WriteLine($"attempt {attempt}: Run sent nothing within {BrowserTimeout / 3000} s; clicking it again");
                    continue;
                }

                var authorization = response.Request.Headers.GetValueOrDefault("authorization");
                // Only the exact header entered counts as sent with the token; anything else is the IDE sending an
                // earlier state of its rows, and is run again.
                var asEntered = withToken ? authorization == token : string.IsNullOrEmpty(authorization);
                if ((response.Request.PostData?.Contains("totalCount } }", StringComparison.Ordinal) ?? false) && asEntered)
                {
                    try
                    {
                        return (authorization, await response.TextAsync());
                    }
                    catch (PlaywrightException exception) when (exception.Message.Contains("body is unavailable", StringComparison.Ordinal))
                    {
                        // Chromium kept no body for this answer ("Response body is unavailable"; seen once in a CI run
                        // at load 27-47, around the time the IDE's service worker takes control of the page). The test
                        // reads answers, not that one: run again (the attempts above bound it). Blocking the service
                        // worker instead left the start page's "Browse Schema" on "No Schema" in 3 runs out of 3.
                        output.WriteLine($"attempt {attempt}: the browser kept no body for the answer ({exception.Message.Split('\n')[0]}); running again");
                        continue;
                    }
                }

                output.WriteLine($"attempt {attempt}: the IDE sent {response.Request.PostData} with authorization '{authorization}'");
                await page.WaitForTimeoutAsync(500);
            }
        }

        var anonymous = await RunAsync(withToken: false);
        Assert.Equal("""{"data":{"node":null,"sources":{"totalCount":4}}}""", anonymous.Answer);

        await EnterTokenAsync();
        var reader = await RunAsync(withToken: true);
        Assert.Equal(token, reader.Authorization);
        Assert.Equal("""{"data":{"node":{"id":"source/004_fcad1568809268b8"},"sources":{"totalCount":5}}}""", reader.Answer);
        await SaveScreenshotAsync(page, "graphapi-bcp-token.png");
    }

    /// <summary>A fresh browser profile; <paramref name="welcomed"/> marks the welcome document as shown already.</summary>
    private async Task<IPage> NewPageAsync(bool welcomed)
    {
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        if (welcomed)
        {
            await context.AddInitScriptAsync("localStorage.setItem('graphapi-welcome-document', 'shown');");
        }

        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(BrowserTimeout);
        page.Request += (_, request) =>
        {
            hosts.Add(new Uri(request.Url).Authority);
            output.WriteLine($"{request.Method} {request.Url}");
        };
        return page;
    }

    /// <summary>
    /// A picture of the page for a person to look at, in the temp folder. Not an assertion: on a busy machine Chromium can
    /// fail to capture one ("Unable to capture screenshot") after every check of the test has passed, and that says
    /// nothing about the IDE, so it is logged instead.
    /// </summary>
    private async Task SaveScreenshotAsync(IPage page, string fileName)
    {
        try
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), fileName) });
        }
        catch (PlaywrightException exception) when (exception.Message.Contains("Unable to capture screenshot", StringComparison.Ordinal))
        {
            output.WriteLine($"no screenshot {fileName}: {exception.Message.Split('\n')[0]}");
        }
    }

    /// <summary>No telemetry, fonts or analytics: every request of the page went to the server itself.</summary>
    private void AssertOnlyTheServerWasAsked() => Assert.Equal([server!.BaseAddress.Authority], hosts.Distinct().ToList());
}
