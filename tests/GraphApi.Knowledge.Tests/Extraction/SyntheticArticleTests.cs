using GraphApi.Knowledge.Import;
using GraphApi.Knowledge.Model;
using GraphApi.Testing;

namespace GraphApi.Knowledge.Tests.Extraction;

/// <summary>
/// Generality beyond the five seeds: hand-written articles (tests/GraphApi.Knowledge.Tests/Fixtures/extraction, clearly
/// synthetic) dropped into a copy of the seeds and imported as a journalist would.
/// </summary>
public sealed class SyntheticArticleTests : IDisposable
{
    private readonly SeedCorpusCopy corpus = SeedCorpusCopy.Full();
    private readonly KnowledgeGraph graph;

    public SyntheticArticleTests()
    {
        foreach (var article in Directory.GetFiles(Path.Combine(RepositoryPaths.Fixtures, "extraction"), "*.txt"))
        {
            corpus.AddArticle(article);
        }

        graph = new ImportPipeline().ImportCorpusAsync(corpus.Root).GetAwaiter().GetResult().GraphOrThrow();
    }

    public void Dispose() => corpus.Dispose();

    [Fact]
    public void The_security_review_brings_its_figures_statements_and_candidates()
    {
        var claims = Of("source/synthetic_ar_security_review");
        var cells = Assert.Single(claims, c => c.Quantity?.Metric == "terrorist-cells-dismantled");
        Assert.Equal((180m, "2002", "2021-05-03", "institution/bcij"), (cells.Quantity!.Value, cells.Quantity.Since, cells.Quantity.AsOf, cells.SpeakerId)); // as of the page's dateline
        var arrests = Assert.Single(claims, c => c.Quantity?.Metric == "terrorism-suspects-arrested");
        Assert.Equal((1250m, QuantityQualifier.About, "2017"), (arrests.Quantity!.Value, arrests.Quantity.Qualifier, arrests.Quantity.Since));
        Assert.Equal(2, claims.Count(c => c.Kind == ClaimKind.Statement && c.SpeakerId == "person/habboub"));
        Assert.Contains(claims, c => c.Modality == Modality.Future);
        Assert.Contains(graph.Candidates, c => c.Name == "عبد الرحيم الصديقي" && c.Kind == EntityKind.Person);
        Assert.Contains(graph.Candidates, c => c.Name == "المرصد المغربي للدراسات الأمنية" && c.Kind == EntityKind.Institution);
    }

    [Fact]
    public void A_figure_that_contradicts_the_curated_ones_is_flagged()
    {
        var cells = Assert.Single(Of("source/synthetic_ar_security_review"), c => c.Quantity?.Metric == "terrorist-cells-dismantled");
        var against = graph.Conflicts.Where(c => c.ClaimA == cells.Id || c.ClaimB == cells.Id).Select(c => c.ClaimA == cells.Id ? c.ClaimB : c.ClaimA).ToList();
        Assert.Contains("claim/003-dgst-cells-207-since-2002", against);
        Assert.Contains("claim/004-bcij-cells-2009", against);
    }

    [Fact]
    public void The_regional_meeting_reads_anonymous_sources_and_a_named_foreign_official()
    {
        var claims = Of("source/synthetic_ar_regional_meeting");
        Assert.Contains(claims, c => c.SpeakerId == "person/dgst-sources" && c.Attribution is { Kind: AttributionKind.Anonymous, AffiliationId: "institution/dgst" } && c.Modality == Modality.Possible);
        Assert.Contains(claims, c => c.SpeakerId == "person/voronkov" && c.Modality == Modality.Future);
        Assert.Contains(claims, c => c.SpeakerId == "institution/us-state-department");
    }

    [Fact]
    public void The_english_brief_reads_english_patterns_and_a_postposed_speaker()
    {
        var claims = Of("source/synthetic_en_brief");
        var cells = Assert.Single(claims, c => c.Quantity?.Metric == "terrorist-cells-dismantled");
        Assert.Equal((230m, QuantityQualifier.MoreThan, "2002", "institution/bcij"), (cells.Quantity!.Value, cells.Quantity.Qualifier, cells.Quantity.Since, cells.SpeakerId));
        Assert.Contains(claims, c => c.Quantity is { Metric: "terrorism-suspects-arrested", Value: 1400 });
        Assert.Contains(claims, c => c.Kind == ClaimKind.Statement && c.SpeakerId == "person/habboub");
        Assert.DoesNotContain(claims, c => c.Kind == ClaimKind.Statement && c.SpeakerId != "person/habboub");
    }

    [Fact]
    public void Every_piece_of_evidence_is_verbatim_at_its_offsets()
    {
        var sources = graph.Sources.ToDictionary(s => s.Id);
        var extracted = graph.Claims.Where(c => !c.Reviewed).ToList();
        Assert.NotEmpty(extracted);
        Assert.All(extracted.SelectMany(c => c.Evidence), e =>
        {
            Assert.True(e.Verified);
            Assert.Equal(e.Quote, sources[e.SourceId].Text[e.Start..e.End]);
            Assert.Equal(sources[e.SourceId].ContentHash, e.SourceHash);
        });
        Assert.All(graph.Candidates.SelectMany(c => c.Occurrences), o => Assert.Equal(o.Text, sources[o.SourceId].Text[o.Start..o.End]));
    }

    private List<Claim> Of(string sourceId) => [.. graph.Claims.Where(c => c.SourceId == sourceId && !c.Reviewed)];
}
