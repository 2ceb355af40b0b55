using System.Text;
using GraphApi.Knowledge.Extraction;
using GraphApi.Knowledge.Import;
using GraphApi.Knowledge.Linking;
using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Text;

namespace GraphApi.Knowledge.Tests.Extraction;

/// <summary>Runs extraction on a text as the import does (body extraction, linking with the seeds' entities, the seeds' metric lexicon).</summary>
internal static class ExtractionHarness
{
    private static readonly Lazy<(IReadOnlyDictionary<string, Entity> Entities, MetricLexicon Metrics)> Seeds = new(() =>
    {
        var graph = new ImportPipeline().ImportCorpusAsync(RepositoryPaths.Seeds).GetAwaiter().GetResult().GraphOrThrow();
        var errors = new List<ImportError>();
        var path = Path.Combine(RepositoryPaths.Seeds, "knowledge", "metrics.yaml");
        var metrics = MetricsFileReader.Read(File.ReadAllText(path), path, errors);
        Assert.Empty(errors);
        return (graph.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal), metrics);
    });

    public static IReadOnlyDictionary<string, Entity> Entities => Seeds.Value.Entities;

    public static MetricLexicon Metrics => Seeds.Value.Metrics;

    public static ArticleExtraction Extract(string text, string? asOf = "2021-03-15", string fileName = "t_001.txt")
    {
        var body = BodyExtractor.Extract(text).Body;
        return Extract(text, body, asOf, fileName);
    }

    public static ArticleExtraction Extract(string text, IReadOnlyList<TextSpan> body, string? asOf, string fileName = "t_001.txt")
    {
        var mentions = new EntityLinker(Entities.Values).Link(fileName, text, body);
        var input = new ExtractionInput(fileName, text, ContentId.Sha256(Encoding.UTF8.GetBytes(text)), body, mentions, asOf, Source.IdFor(fileName), "run/test");
        return new ArticleExtractor(Metrics, Entities).Extract(input);
    }

    /// <summary>The words of a text as the extractors see them, without entities.</summary>
    public static ArticleText Words(string text) =>
        new(text, [new TextSpan(0, text.Length)], [], new Dictionary<string, Entity>(), new WordReadings());

    public static Claim Quantity(ArticleExtraction extraction) => Assert.Single(extraction.Claims, c => c.Kind == ClaimKind.Quantity);

    public static Claim Statement(ArticleExtraction extraction) => Assert.Single(extraction.Claims, c => c.Kind == ClaimKind.Statement);
}
