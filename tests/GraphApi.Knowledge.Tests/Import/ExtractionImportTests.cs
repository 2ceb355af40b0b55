using GraphApi.Knowledge.Export;
using GraphApi.Knowledge.Import;
using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Stores.Embedded;
using GraphApi.Testing;

namespace GraphApi.Knowledge.Tests.Import;

/// <summary>The import's extraction hook: which articles it reads, the ids and provenance it gives, what review.yaml and metrics.yaml do.</summary>
public class ExtractionImportTests
{
    [Fact]
    public async Task Curated_articles_are_left_as_their_curators_wrote_them()
    {
        var graph = (await new ImportPipeline().ImportCorpusAsync(RepositoryPaths.Seeds)).GraphOrThrow();
        Assert.All(graph.Claims, c => Assert.True(c.Reviewed));
        Assert.Empty(graph.Candidates);
    }

    [Fact]
    public async Task An_article_where_nothing_is_found_imports_as_before()
    {
        var graph = (await new ImportPipeline().ImportCorpusAsync(Path.Combine(RepositoryPaths.Fixtures, "corpus"))).GraphOrThrow();
        var without = (await new ImportPipeline(new ImportOptions { Extract = false }).ImportCorpusAsync(Path.Combine(RepositoryPaths.Fixtures, "corpus"))).GraphOrThrow();
        Assert.Equal(CanonicalDump.Write(without), CanonicalDump.Write(graph)); // c_003 has no claims file and no cue
    }

    [Fact]
    public async Task Ids_are_stable_across_imports_and_provenance_is_the_articles_own()
    {
        using var copy = SeedCorpusCopy.WithoutClaims();
        var first = (await new ImportPipeline().ImportCorpusAsync(copy.Root)).GraphOrThrow();
        var second = (await new ImportPipeline().ImportCorpusAsync(copy.Root)).GraphOrThrow();
        Assert.Equal(CanonicalDump.Write(first), CanonicalDump.Write(second));
        Assert.All(first.Claims, c => Assert.Matches($"^claim/x/{c.SourceId["source/".Length..]}/[0-9a-f]{{16}}$", c.Id));
        Assert.All(first.Candidates, c => Assert.Matches("^candidate/[0-9a-f]{16}$", c.Id));

        var from000 = first.Claims.Where(c => c.SourceId == "source/000_46e6c963faef6264").ToList();
        Assert.All(from000, c => Assert.Equal("chain:institution/map", c.Origin)); // the root of 000's reporting chain
        Assert.All(first.Claims.Where(c => c.SourceId == "source/004_fcad1568809268b8"), c => Assert.Equal("source/004_fcad1568809268b8", c.Origin));
        var outletVoice = Assert.Single(from000, c => c.Quantity?.Value == 200);
        Assert.Equal(("institution/addar", AttributionKind.Outlet), (outletVoice.SpeakerId, outletVoice.Attribution.Kind));
    }

    [Fact]
    public async Task Extracted_quantities_are_compared_with_each_other_and_with_curated_ones()
    {
        using var copy = SeedCorpusCopy.WithoutClaims();
        var graph = (await new ImportPipeline().ImportCorpusAsync(copy.Root)).GraphOrThrow();
        var claims = graph.Claims.ToDictionary(c => c.Id);
        Assert.Contains(graph.Conflicts, c => claims[c.ClaimA].Quantity?.Value is 207 or 2009 && claims[c.ClaimB].Quantity?.Value is 207 or 2009);
    }

    [Fact]
    public async Task Rejected_ids_do_not_come_back()
    {
        using var copy = SeedCorpusCopy.WithoutClaims();
        copy.AddArticle(Path.Combine(RepositoryPaths.Fixtures, "extraction", "synthetic_ar_security_review.txt"));
        var graph = (await new ImportPipeline().ImportCorpusAsync(copy.Root)).GraphOrThrow();
        var claim = graph.Claims.First(c => !c.Reviewed);
        var candidate = graph.Candidates.First();
        await File.WriteAllTextAsync(Path.Combine(copy.Knowledge, "review.yaml"), $"# rejected in a test\nrejected:\n  - {claim.Id}\n  - {candidate.Id}\n");

        var after = (await new ImportPipeline().ImportCorpusAsync(copy.Root)).GraphOrThrow();
        Assert.DoesNotContain(after.Claims, c => c.Id == claim.Id);
        Assert.DoesNotContain(after.Candidates, c => c.Id == candidate.Id);
        Assert.DoesNotContain(after.Conflicts, c => c.ClaimA == claim.Id || c.ClaimB == claim.Id);
        Assert.Equal(graph.Claims.Count - 1, after.Claims.Count);
    }

    [Theory]
    [InlineData("rejected:\n  - claim/003-dgst-cells-207-since-2002\n", 2, "is not the id of an extracted claim")]
    [InlineData("rejected: []\nacepted: []\n", 2, "unknown key 'acepted'")]
    [InlineData("rejected: [unclosed\n", 2, "YAML syntax error")]
    public async Task A_bad_review_file_names_file_and_line(string yaml, int line, string message)
    {
        using var copy = SeedCorpusCopy.WithoutClaims();
        await File.WriteAllTextAsync(Path.Combine(copy.Knowledge, "review.yaml"), yaml);
        var outcome = await new ImportPipeline().ImportCorpusAsync(copy.Root);
        var error = Assert.Single(outcome.Errors);
        Assert.EndsWith("review.yaml", error.File, StringComparison.Ordinal);
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("    unit: cell\n", "    unitt: cell\n", 9, "unknown key 'unitt'")]
    [InlineData("        - \"فكك* ...3 {n} خلية|خلايا\"\n", "        - \"فكك* ...3 {m} خلية|خلايا\"\n", 13, "unknown slot '{m}'")]
    [InlineData("  - id: terrorist-plots-foiled\n", "  - id: terrorist-cells-dismantled\n", 21, "duplicate metric id")]
    [InlineData("metrics:\n", "metrics: [\n", 8, "YAML syntax error")]
    public async Task A_malformed_metric_lexicon_stops_the_import_naming_file_and_line(string oldText, string newText, int line, string message)
    {
        using var copy = SeedCorpusCopy.WithoutClaims();
        var path = Path.Combine(copy.Knowledge, "metrics.yaml");
        var text = await File.ReadAllTextAsync(path);
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        await File.WriteAllTextAsync(path, text.Replace(oldText, newText, StringComparison.Ordinal));

        var outcome = await new ImportPipeline().ImportCorpusAsync(copy.Root);
        Assert.Null(outcome.Graph);
        var error = Assert.Single(outcome.Errors, e => e.Message.Contains(message, StringComparison.Ordinal));
        Assert.Equal((path, line), (error.File, error.Line));
    }

    [Fact]
    public async Task A_malformed_metric_lexicon_keeps_the_previous_graph_in_the_store()
    {
        using var copy = SeedCorpusCopy.WithoutClaims();
        var store = new EmbeddedKnowledgeStore();
        Assert.True((await new ImportPipeline().ImportCorpusIntoAsync(store, copy.Root)).Succeeded);
        var before = await CanonicalDump.WriteAsync(store);

        await File.AppendAllTextAsync(Path.Combine(copy.Knowledge, "metrics.yaml"), "  - id: broken\n    patterns: {ar: [\"{n}\"]}\n");
        var outcome = await new ImportPipeline().ImportCorpusIntoAsync(store, copy.Root);
        Assert.False(outcome.Succeeded);
        Assert.Contains(outcome.Errors, e => e.File.EndsWith("metrics.yaml", StringComparison.Ordinal) && e.Message.Contains("needs a word besides the number", StringComparison.Ordinal));
        Assert.Equal(before, await CanonicalDump.WriteAsync(store));
    }

    [Fact]
    public async Task Without_a_metric_lexicon_no_figure_is_extracted_but_statements_are()
    {
        using var copy = SeedCorpusCopy.WithoutClaims();
        File.Delete(Path.Combine(copy.Knowledge, "metrics.yaml"));
        var graph = (await new ImportPipeline().ImportCorpusAsync(copy.Root)).GraphOrThrow();
        Assert.DoesNotContain(graph.Claims, c => c.Kind == ClaimKind.Quantity);
        Assert.Contains(graph.Claims, c => c.Kind == ClaimKind.Statement);
    }
}
