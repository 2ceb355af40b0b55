using GraphApi.Knowledge.Import;
using GraphApi.Knowledge.Model;
using GraphApi.Testing;

namespace GraphApi.Knowledge.Tests.Extraction;

/// <summary>
/// The date of a statement as the article writes it (<c>dateAsWritten</c>, docs/knowledge-format.md), next to the date it
/// names when the publication date resolves it (<c>date</c>). On the seeds' own wording: 004 (an undated page) words
/// Habboub's statement «في وقت سابق من هذا العام» and BCIJ's announcement of 2009 cells «مؤخرًا»; extraction anchors the
/// same words the curators did, and resolves neither, as they did not.
/// </summary>
public sealed class DateWordingTests
{
    private static readonly Lazy<(KnowledgeGraph Curated, KnowledgeGraph Extracted)> Seeds = new(() =>
    {
        var curated = new ImportPipeline().ImportCorpusAsync(RepositoryPaths.Seeds).GetAwaiter().GetResult().GraphOrThrow();
        using var copy = SeedCorpusCopy.WithoutClaims();
        return (curated, new ImportPipeline().ImportCorpusAsync(copy.Root).GetAwaiter().GetResult().GraphOrThrow());
    });

    [Fact]
    public void On_the_seeds_extraction_anchors_the_dates_the_curators_wrote()
    {
        var (curated, extracted) = Seeds.Value;
        var dated = extracted.Claims.Where(c => !c.Reviewed && c.DateAsWritten is not null).ToList();

        var habboub = Assert.Single(dated, c => c.Kind == ClaimKind.Statement && c.SpeakerId == "person/habboub");
        var cells = Assert.Single(dated, c => c.Quantity is { Metric: "terrorist-cells-dismantled", Value: 2009 });
        Assert.Equal(("في وقت سابق من هذا العام", "earlier this year", (string?)null), (habboub.DateAsWritten!.Text, habboub.DateAsWritten.En, habboub.Date));
        Assert.Equal(("مؤخرًا", "recently", (string?)null), (cells.DateAsWritten!.Text, cells.DateAsWritten.En, cells.Date));
        Assert.Equal(Curated(curated, "claim/004-habboub-regional-cooperation"), (habboub.DateAsWritten.Start, habboub.DateAsWritten.End));
        Assert.Equal(Curated(curated, "claim/004-bcij-cells-2009"), (cells.DateAsWritten.Start, cells.DateAsWritten.End));

        // Every date extraction reads in the seeds is one a curator wrote, word for word, and verbatim in its source.
        var texts = extracted.Sources.ToDictionary(s => s.Id, s => s.Text, StringComparer.Ordinal);
        var written = curated.Claims.Where(c => c.DateAsWritten is not null).Select(c => (c.SourceId, c.DateAsWritten!.Start, c.DateAsWritten.End)).ToHashSet();
        Assert.All(dated, c =>
        {
            Assert.Contains((c.SourceId, c.DateAsWritten!.Start, c.DateAsWritten.End), written);
            Assert.Equal(c.DateAsWritten.Text, texts[c.SourceId][c.DateAsWritten.Start..c.DateAsWritten.End]);
        });
    }

    /// <summary>The same seed sentences on a page dated 17 December 2020: «هذا العام» is 2020; «مؤخرًا» stays unresolved.</summary>
    [Fact]
    public void A_publication_date_resolves_what_the_wording_names()
    {
        var text = File.ReadAllText(RepositoryPaths.Seed("004"));
        var claims = ExtractionHarness.Extract(text, asOf: "2020-12-17", fileName: "004_fcad1568809268b8.txt").Claims;
        var habboub = Assert.Single(claims, c => c.Kind == ClaimKind.Statement && c.SpeakerId == "person/habboub" && c.DateAsWritten is not null);
        Assert.Equal(("في وقت سابق من هذا العام", "2020"), (habboub.DateAsWritten!.Text, habboub.Date));
        var cells = Assert.Single(claims, c => c.Quantity is { Value: 2009 });
        Assert.Equal(("مؤخرًا", (string?)null), (cells.DateAsWritten!.Text, cells.Date));
    }

    [Theory]
    [InlineData("وقال الشرقاوي حبوب أمس إن التنسيق بين الأجهزة الأمنية حاسم في مواجهة التهديد.", "أمس", "yesterday", "2021-03-14")]
    [InlineData("وقال الشرقاوي حبوب يوم الجمعة إن التنسيق بين الأجهزة الأمنية حاسم في مواجهة التهديد.", "يوم الجمعة", "on Friday", "2021-03-12")]
    [InlineData("وأكد الشرقاوي حبوب العام الماضي أن التنسيق بين الأجهزة الأمنية حاسم في مواجهة التهديد.", "العام الماضي", "last year", "2020")]
    [InlineData("وقال الشرقاوي حبوب في 12 نونبر 2020 إن التنسيق بين الأجهزة الأمنية حاسم في مواجهة التهديد.", "12 نونبر 2020", "12 November 2020", "2020-11-12")]
    [InlineData("وفي الشهر الماضي، قال الشرقاوي حبوب إن التنسيق بين الأجهزة الأمنية حاسم في مواجهة التهديد.", "الشهر الماضي", "last month", "2021-02")]
    public void A_statement_carries_its_date_as_written_and_the_date_it_names(string text, string written, string en, string date)
    {
        var claim = ExtractionHarness.Statement(ExtractionHarness.Extract(text, asOf: "2021-03-15"));
        Assert.Equal((written, en, date), (claim.DateAsWritten?.Text, claim.DateAsWritten?.En, claim.Date));
        Assert.Equal(written, text[claim.DateAsWritten!.Start..claim.DateAsWritten.End]);
    }

    [Fact]
    public void On_an_undated_page_a_relative_date_names_nothing_and_a_written_one_still_does()
    {
        var relative = ExtractionHarness.Statement(ExtractionHarness.Extract("وقال الشرقاوي حبوب أمس إن التنسيق بين الأجهزة الأمنية حاسم في مواجهة التهديد.", asOf: null));
        Assert.Equal(("أمس", (string?)null), (relative.DateAsWritten?.Text, relative.Date));
        var written = ExtractionHarness.Statement(ExtractionHarness.Extract("وقال الشرقاوي حبوب في 12 نونبر 2020 إن التنسيق بين الأجهزة الأمنية حاسم في مواجهة التهديد.", asOf: null));
        Assert.Equal("2020-11-12", written.Date);
    }

    /// <summary>A date inside the reported words is what they are about, not when they were said: it is not the statement's date.</summary>
    [Fact]
    public void A_date_inside_the_reported_words_is_not_the_statements_date()
    {
        var claim = ExtractionHarness.Statement(ExtractionHarness.Extract("وقال الشرقاوي حبوب إن الأجهزة الأمنية عززت التنسيق بينها خلال العام الماضي في مواجهة التهديد.", asOf: "2021-03-15"));
        Assert.Null(claim.DateAsWritten);
        Assert.Null(claim.Date);
    }

    private static (int Start, int End) Curated(KnowledgeGraph curated, string id)
    {
        var phrase = curated.Claims.Single(c => c.Id == id).DateAsWritten!;
        return (phrase.Start, phrase.End);
    }
}
