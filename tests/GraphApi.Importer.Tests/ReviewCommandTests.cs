using GraphApi.Knowledge.Import;
using GraphApi.Knowledge.Model;
using GraphApi.Testing;

namespace GraphApi.Importer.Tests;

/// <summary>
/// <c>review</c>: lists what extraction found, writes accepted items into the curated YAML without touching what is
/// there, records rejections, and after a re-import the accepted items are curated facts.
/// </summary>
public sealed class ReviewCommandTests : IDisposable
{
    private const string Article = "synthetic_ar_security_review";
    private readonly SeedCorpusCopy corpus = SeedCorpusCopy.Full();
    private readonly ImporterHarness harness = new();

    public ReviewCommandTests() =>
        corpus.AddArticle(Path.Combine(ImporterHarness.RepositoryRoot, "tests", "GraphApi.Knowledge.Tests", "Fixtures", "extraction", Article + ".txt"));

    public void Dispose()
    {
        corpus.Dispose();
        harness.Dispose();
    }

    [Fact]
    public async Task Lists_candidates_and_unreviewed_claims_with_their_evidence_and_conflicts()
    {
        var graph = await ImportAsync();
        var (exit, output) = await harness.RunAsync("review", corpus.Root);
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains($"Candidates ({graph.Candidates.Count})", output, StringComparison.Ordinal);
        Assert.Contains("عبد الرحيم الصديقي", output, StringComparison.Ordinal);
        var figure = Figure(graph);
        Assert.Contains(figure.Id, output, StringComparison.Ordinal);
        Assert.Contains($"evidence [{figure.Evidence[0].Start},{figure.Evidence[0].End}) verified", output, StringComparison.Ordinal);
        Assert.Contains("conflicts with claim/003-dgst-cells-207-since-2002", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accepting_writes_curated_yaml_without_touching_existing_entries_and_the_items_become_curated()
    {
        var graph = await ImportAsync();
        var candidate = graph.Candidates.Single(c => c.Name == "عبد الرحيم الصديقي");
        var figure = Figure(graph);
        var statement = graph.Claims.First(c => c.SourceId == "source/" + Article && c.Kind == ClaimKind.Statement);
        var entitiesPath = Path.Combine(corpus.Knowledge, "entities.yaml");
        var entitiesBefore = await File.ReadAllTextAsync(entitiesPath);

        var (exit, output) = await harness.RunAsync("review", corpus.Root, "--accept", candidate.Id, figure.Id, statement.Id);
        Assert.Equal(ExitCodes.Success, exit);

        var entitiesAfter = await File.ReadAllTextAsync(entitiesPath);
        Assert.StartsWith(entitiesBefore, entitiesAfter, StringComparison.Ordinal); // every existing line and comment as it was
        Assert.Contains("  # accepted from " + candidate.Id, entitiesAfter, StringComparison.Ordinal);
        Assert.Contains("nameAr: \"عبد الرحيم الصديقي\"", entitiesAfter, StringComparison.Ordinal);
        var claims = await File.ReadAllTextAsync(Path.Combine(corpus.Knowledge, "claims", Article + ".yaml"));
        Assert.Contains("id: " + figure.Id, claims, StringComparison.Ordinal);
        Assert.Contains("metric: terrorist-cells-dismantled", claims, StringComparison.Ordinal);
        Assert.Contains("speaker: " + statement.SpeakerId, claims, StringComparison.Ordinal);

        var after = await ImportAsync();
        var person = Assert.Single(after.Entities, e => e.NameAr == "عبد الرحيم الصديقي");
        Assert.Equal("person/abd-elrhim-elsdiki", person.Id);                     // <kind>/<latin-slug>
        Assert.Contains(after.Mentions, m => m.EntityId == person.Id);              // the linker now knows the name
        Assert.DoesNotContain(after.Candidates, c => c.Id == candidate.Id);
        Assert.True(after.Claims.Single(c => c.Id == figure.Id).Reviewed);           // accepted claims keep their ids
        Assert.True(after.Claims.Single(c => c.Id == statement.Id).Reviewed);
        foreach (var accepted in new[] { figure, statement })                      // who said it, and how firmly, as extracted
        {
            var curated = after.Claims.Single(c => c.Id == accepted.Id);
            Assert.Equal((accepted.SpeakerId, accepted.Attribution, accepted.Modality), (curated.SpeakerId, curated.Attribution, curated.Modality));
            Assert.Equal((accepted.Date, accepted.DateAsWritten), (curated.Date, curated.DateAsWritten));
        }

        Assert.Equal(figure.Evidence.Select(e => (e.Start, e.End)), after.Claims.Single(c => c.Id == figure.Id).Evidence.Select(e => (e.Start, e.End)));
        Assert.Contains(after.Conflicts, c => c.ClaimA == figure.Id || c.ClaimB == figure.Id); // now a curated conflict
        Assert.Contains("now a curated claim", output, StringComparison.Ordinal);
        Assert.Contains("other extracted claim(s) are gone", output, StringComparison.Ordinal); // the article is curated now
    }

    /// <summary>
    /// The date as written travels with an accepted claim: on the seeds without their claims files, Habboub's statement
    /// «في وقت سابق من هذا العام» (004, an undated page) is accepted and, re-imported as curated, anchors the same words.
    /// </summary>
    [Fact]
    public async Task Accepting_keeps_the_date_as_the_article_writes_it()
    {
        using var uncurated = SeedCorpusCopy.WithoutClaims();
        var graph = (await new ImportPipeline().ImportCorpusAsync(uncurated.Root)).GraphOrThrow();
        var statement = Assert.Single(graph.Claims, c => !c.Reviewed && c.SpeakerId == "person/habboub" && c.DateAsWritten is not null);
        Assert.Equal(("في وقت سابق من هذا العام", "earlier this year", (string?)null), (statement.DateAsWritten!.Text, statement.DateAsWritten.En, statement.Date));

        Assert.Equal(ExitCodes.Success, (await harness.RunAsync("review", uncurated.Root, "--accept", statement.Id)).ExitCode);
        var after = (await new ImportPipeline().ImportCorpusAsync(uncurated.Root)).GraphOrThrow();
        var curated = after.Claims.Single(c => c.Id == statement.Id);
        Assert.True(curated.Reviewed);
        Assert.Equal(statement.DateAsWritten, curated.DateAsWritten);
        Assert.Equal(statement.Date, curated.Date);
    }

    [Fact]
    public async Task Rejecting_records_the_ids_and_they_do_not_come_back()
    {
        var graph = await ImportAsync();
        var candidate = graph.Candidates.Single(c => c.Name == "المرصد المغربي للدراسات الأمنية");
        Assert.Equal(ExitCodes.Success, (await harness.RunAsync("review", corpus.Root, "--reject", candidate.Id)).ExitCode);
        var reviewPath = Path.Combine(corpus.Knowledge, "review.yaml");
        var first = await File.ReadAllTextAsync(reviewPath);
        Assert.Contains("  - " + candidate.Id, first, StringComparison.Ordinal);

        var figure = Figure(graph);
        Assert.Equal(ExitCodes.Success, (await harness.RunAsync("review", corpus.Root, "--reject", figure.Id)).ExitCode);
        Assert.StartsWith(first, await File.ReadAllTextAsync(reviewPath), StringComparison.Ordinal);

        var after = await ImportAsync();
        Assert.DoesNotContain(after.Candidates, c => c.Id == candidate.Id);
        Assert.DoesNotContain(after.Claims, c => c.Id == figure.Id);
        Assert.Contains(after.Claims, c => !c.Reviewed && c.SourceId == "source/" + Article); // the article stays uncurated
    }

    [Fact]
    public async Task An_unknown_id_is_bad_input_and_nothing_is_written()
    {
        var graph = await ImportAsync();
        var before = Snapshot();
        var (exit, output) = await harness.RunAsync("review", corpus.Root, "--accept", graph.Candidates[0].Id, "candidate/0000000000000000", "claim/003-dgst-cells-207-since-2002");
        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Contains("'candidate/0000000000000000' is not an unreviewed claim or a candidate", output, StringComparison.Ordinal);
        Assert.Contains("'claim/003-dgst-cells-207-since-2002' is a curated claim already", output, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public async Task A_file_that_cannot_be_appended_to_safely_is_bad_input_and_nothing_is_written()
    {
        var graph = await ImportAsync();
        await File.WriteAllTextAsync(Path.Combine(corpus.Knowledge, "review.yaml"), "rejected: [candidate/0000000000000000]\n");
        var before = Snapshot();
        var (exit, output) = await harness.RunAsync("review", corpus.Root, "--accept", graph.Candidates[0].Id, "--reject", Figure(graph).Id);
        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Contains("'rejected' is not a block list", output, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot());
    }

    [Theory]
    [InlineData("--accept")]
    [InlineData("--bogus", "x")]
    [InlineData("--accept", "candidate/a", "--reject", "candidate/a")]
    public async Task A_wrong_command_line_exits_2(params string[] args)
    {
        var (exit, output) = await harness.RunAsync(["review", corpus.Root, .. args]);
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("usage: GraphApi.Importer review", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_that_is_not_a_corpus_is_bad_input() =>
        Assert.Equal(ExitCodes.InvalidInput, (await harness.RunAsync("review", Path.Combine(corpus.Root, "sources"))).ExitCode);

    private async Task<KnowledgeGraph> ImportAsync() => (await new ImportPipeline().ImportCorpusAsync(corpus.Root)).GraphOrThrow();

    private static Claim Figure(KnowledgeGraph graph) =>
        graph.Claims.Single(c => c.SourceId == "source/" + Article && c.Quantity?.Metric == "terrorist-cells-dismantled");

    private Dictionary<string, string> Snapshot() =>
        Directory.GetFiles(corpus.Knowledge, "*", SearchOption.AllDirectories).ToDictionary(p => p, File.ReadAllText);
}
