using GraphApi.Knowledge.Export;
using GraphApi.Knowledge.Import;
using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Tests.Import;

public class ImportPipelineTests
{
    private static string Corpus => Path.Combine(RepositoryPaths.Fixtures, "corpus");

    private static async Task<KnowledgeGraph> ImportAsync(string corpus, ImportOptions? options = null)
    {
        var outcome = await new ImportPipeline(options).ImportCorpusAsync(corpus);
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Errors));
        return outcome.Graph!;
    }

    [Fact]
    public async Task Imports_the_fixture_corpus()
    {
        var graph = await ImportAsync(Corpus);
        Assert.Equal(["source/a_001", "source/b_002", "source/c_003"], graph.Sources.Select(s => s.Id));
        Assert.Equal(7, graph.Entities.Count);
        Assert.Equal(5, graph.Claims.Count);
        Assert.All(graph.Claims.SelectMany(c => c.Evidence), e => Assert.True(e.Verified));
        Assert.All(graph.Claims, c => Assert.Equal(graph.Run.Id, c.WasGeneratedBy));
        var evidence = graph.Claims.Single(c => c.Id == "claim/a-cells-207").Evidence.Single();
        var source = graph.Sources.Single(s => s.Id == "source/a_001");
        Assert.Equal(evidence.Quote, source.Text[evidence.Start..evidence.End]);
        Assert.Equal(source.ContentHash, evidence.SourceHash);
        Assert.EndsWith("2002.", evidence.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Records_conflicts_on_counts_and_titles_with_reasons()
    {
        var graph = await ImportAsync(Corpus);
        Assert.Equal(2, graph.Conflicts.Count);
        var cells = Assert.Single(graph.Conflicts, c => c.ClaimA == "claim/a-cells-207");
        Assert.Equal("claim/b-cells-2009", cells.ClaimB);
        Assert.Contains("as-of date is unknown", cells.Reason, StringComparison.Ordinal);
        var titles = Assert.Single(graph.Conflicts, c => c.ClaimA == "claim/a-habboub-heads-bcij");
        Assert.StartsWith("titles differ: Head vs Director", titles.Reason, StringComparison.Ordinal);
        Assert.Contains(graph.Claims, c => c.Id == "claim/b-cells-2009"); // both sides kept
    }

    [Fact]
    public async Task Provenance_defaults_and_origins()
    {
        var graph = await ImportAsync(Corpus);
        var statement = graph.Claims.Single(c => c.Id == "claim/a-sahel-cooperation");
        Assert.Equal("person/habboub", statement.WasAttributedTo);
        Assert.Equal("chain:institution/map", statement.Origin); // the chain's root
        Assert.Contains("source/a_001", statement.WasDerivedFrom);
        Assert.Contains(statement.Evidence[0].Id, statement.WasDerivedFrom);
        Assert.Equal("source/b_002", graph.Claims.Single(c => c.Id == "claim/b-cells-2009").Origin);
    }

    [Fact]
    public async Task Links_bodies_but_not_tickers_and_imports_articles_without_metadata()
    {
        var graph = await ImportAsync(Corpus);
        Assert.DoesNotContain(graph.Mentions, m => m.EntityId == "person/mohammed-vi"); // named only in a ticker
        Assert.Contains(graph.Warnings, w => w.StartsWith("person/mohammed-vi", StringComparison.Ordinal));
        Assert.DoesNotContain(graph.Warnings, w => w.StartsWith("institution/outlet-a", StringComparison.Ordinal)); // outlets live in page furniture
        Assert.DoesNotContain(graph.Warnings, w => w.StartsWith("institution/map", StringComparison.Ordinal)); // so does the chain
        var c = graph.Sources.Single(s => s.Id == "source/c_003");
        Assert.Null(c.Title);
        Assert.Null(c.OutletId);
        Assert.Contains(graph.Mentions, m => m.SourceId == c.Id && m.EntityId == "person/habboub" && m.Text == "الشرقاوي حبوب");
        Assert.Contains(graph.Mentions, m => m.SourceId == c.Id && m.EntityId == "place/rabat");
        Assert.Contains(graph.Warnings, w => w.StartsWith("c_003.txt: no entry", StringComparison.Ordinal));
        Assert.Contains(graph.Mentions, m => m.SourceId == "source/a_001" && m.EntityId == "institution/bcij" && m.Text == "المكتب المركزي المغربي للتحقيقات القضائية");
    }

    [Fact]
    public async Task Relationships_come_from_relation_claims()
    {
        var graph = await ImportAsync(Corpus);
        var edge = Assert.Single(graph.Relationships);
        Assert.Equal(("holds-role", "person/habboub", "institution/bcij"), (edge.Type, edge.FromId, edge.ToId));
        Assert.Equal(["claim/a-habboub-heads-bcij", "claim/b-habboub-directs-bcij"], edge.ClaimIds);
    }

    [Fact]
    public async Task Importing_twice_gives_the_same_canonical_dump_whatever_the_time()
    {
        var first = await ImportAsync(Corpus, new ImportOptions { Clock = new FixedClock(DateTimeOffset.Parse("2020-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture)) });
        var second = await ImportAsync(Corpus);
        Assert.NotEqual(first.Run.StartedAt, second.Run.StartedAt);
        Assert.Equal(first.Run.Id, second.Run.Id);
        Assert.Equal(CanonicalDump.Write(first), CanonicalDump.Write(second));
    }

    [Fact]
    public async Task A_removed_article_or_withdrawn_claim_is_gone_after_reimport()
    {
        using var corpus = new TempCorpus();
        var before = await ImportAsync(corpus.Root);
        File.Delete(corpus.PathOf("sources/c_003.txt"));
        corpus.Replace("knowledge/claims/a_001.yaml", "  - id: claim/a-sahel-cooperation", "  - id: claim/a-sahel-cooperation-withdrawn");
        corpus.Write("knowledge/claims/a_001.yaml", File.ReadAllText(corpus.PathOf("knowledge/claims/a_001.yaml")).Split("  - id: claim/a-sahel-cooperation-withdrawn")[0]);
        var after = await ImportAsync(corpus.Root);
        Assert.Contains(before.Sources, s => s.Id == "source/c_003");
        Assert.DoesNotContain(after.Sources, s => s.Id == "source/c_003");
        Assert.DoesNotContain(after.Mentions, m => m.SourceId == "source/c_003");
        Assert.DoesNotContain(after.Claims, c => c.Id.StartsWith("claim/a-sahel", StringComparison.Ordinal));
        Assert.NotEqual(before.Run.Id, after.Run.Id);
    }

    [Fact]
    public async Task A_new_article_without_claims_imports_with_its_mentions()
    {
        using var corpus = new TempCorpus();
        corpus.Write("sources/d_004.txt", "وفي منطقة الساحل، قال حبوب إن التعاون ضروري.");
        var graph = await ImportAsync(corpus.Root);
        Assert.Contains(graph.Mentions, m => m.SourceId == "source/d_004" && m.EntityId == "place/sahel");
        Assert.Contains(graph.Mentions, m => m.SourceId == "source/d_004" && m.EntityId == "person/habboub");
    }

    [Fact]
    public async Task Articles_import_without_any_knowledge_folder()
    {
        using var corpus = new TempCorpus();
        Directory.Delete(corpus.PathOf("knowledge"), recursive: true);
        var graph = await ImportAsync(corpus.Root);
        Assert.Equal(3, graph.Sources.Count);
        Assert.Empty(graph.Mentions);
        Assert.Contains(graph.Warnings, w => w.Contains("entities.yaml not found", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Evidence_may_quote_another_article()
    {
        using var corpus = new TempCorpus();
        corpus.Replace(
            "knowledge/claims/a_001.yaml",
            "        en: security cooperation in the Sahel region is an indispensable condition",
            "        en: security cooperation in the Sahel region is an indispensable condition\n      - quote: \"زار وفد أوروبي الرباط\"\n        source: c_003.txt");
        var graph = await ImportAsync(corpus.Root);
        var evidence = graph.Claims.Single(c => c.Id == "claim/a-sahel-cooperation").Evidence;
        Assert.Equal(["source/a_001", "source/c_003"], evidence.Select(e => e.SourceId).Order(StringComparer.Ordinal));
        var other = evidence.Single(e => e.SourceId == "source/c_003");
        Assert.Equal((0, "زار وفد أوروبي الرباط".Length), (other.Start, other.End));
        Assert.Equal(graph.Sources.Single(s => s.Id == "source/c_003").ContentHash, other.SourceHash);
    }

    [Fact]
    public async Task Bare_articles_are_linked_with_a_knowledge_folder()
    {
        using var corpus = new TempCorpus();
        var article = corpus.PathOf("elsewhere.txt");
        File.WriteAllText(article, "استقبل الشرقاوي حبوب وفدا في الرباط.");
        var outcome = await new ImportPipeline().ImportArticlesAsync([article], corpus.PathOf("knowledge"));
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Errors));
        Assert.Equal("source/elsewhere", Assert.Single(outcome.Graph!.Sources).Id);
        Assert.Empty(outcome.Graph.Claims);
        Assert.Equal(2, outcome.Graph.Mentions.Count);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
