using GraphApi.Knowledge.Extraction;
using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Text;

namespace GraphApi.Knowledge.Tests.Extraction;

/// <summary>
/// Headline tickers, navigation and comment boilerplate never produce candidates, claims or figures: extraction reads the
/// body spans only, as the linker does. Checked on all five seeds, with a control showing that the tickers would yield
/// candidates if they were read, so the first test could fail.
/// </summary>
public class BoilerplateTests
{
    public static TheoryData<string> Seeds() => ["000", "001", "002", "003", "004"];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Nothing_comes_from_outside_the_body(string seed)
    {
        var text = RepositoryPaths.ReadSeed(seed);
        var body = BodyExtractor.Extract(text);
        var extraction = ExtractionHarness.Extract(text, body.Body, asOf: "2020-12-17", fileName: Path.GetFileName(RepositoryPaths.Seed(seed)));

        Assert.NotEmpty(extraction.Claims.Concat<object>(extraction.Candidates));
        var spans = extraction.Claims.SelectMany(c => c.Evidence.Select(e => (e.Start, e.End)))
            .Concat(extraction.Claims.Select(c => c.Attribution.Phrase).OfType<Phrase>().Select(p => (p.Start, p.End)))
            .Concat(extraction.Candidates.Select(c => (c.Occurrence.Start, c.Occurrence.End)))
            .ToList();
        Assert.All(spans, s => Assert.Contains(body.Body, b => b.Start <= s.Item1 && s.Item2 <= b.End));
        Assert.All(spans, s => Assert.DoesNotContain(body.Skipped, k => k.Span.Start < s.Item2 && s.Item1 < k.Span.End));
    }

    [Theory]
    [InlineData("000", "المندوبية السامية للتخطيط")]
    [InlineData("003", "المجلس الأعلى للحسابات")]
    public void The_tickers_would_yield_candidates_if_they_were_read(string seed, string name)
    {
        var text = RepositoryPaths.ReadSeed(seed);
        var ticker = BodyExtractor.Extract(text).Skipped.Where(s => s.Kind == BoilerplateKind.HeadlineTicker).Select(s => s.Span).ToList();
        Assert.NotEmpty(ticker);

        var fromTicker = ExtractionHarness.Extract(text, ticker, asOf: null);
        Assert.Contains(fromTicker.Candidates, c => c.Name == name);
        Assert.DoesNotContain(ExtractionHarness.Extract(text).Candidates, c => c.Name == name);
    }

    [Fact]
    public void Comments_after_an_article_yield_nothing()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Fixtures, "extraction", "synthetic_ar_security_review.txt"));
        var comments = text.IndexOf("التعليقات", StringComparison.Ordinal);
        var extraction = ExtractionHarness.Extract(text);
        Assert.All(extraction.Claims.SelectMany(c => c.Evidence), e => Assert.True(e.End <= comments));
        Assert.All(extraction.Candidates, c => Assert.True(c.Occurrence.End <= comments));
        Assert.DoesNotContain(extraction.Claims, c => c.Quantity?.Value == 500);
        Assert.DoesNotContain(extraction.Candidates, c => c.Name.Contains("العلوي", StringComparison.Ordinal));
    }
}
