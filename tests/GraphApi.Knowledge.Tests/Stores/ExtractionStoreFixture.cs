using GraphApi.Knowledge.Import;
using GraphApi.Knowledge.Model;
using GraphApi.Testing;

namespace GraphApi.Knowledge.Tests.Stores;

/// <summary>
/// A graph holding curated and extracted knowledge side by side: the seeds with 003's claims file removed (so 003 is
/// extracted) and the synthetic test articles dropped in, imported once.
/// </summary>
public static class ExtractionStoreFixture
{
    private static readonly Lazy<KnowledgeGraph> LazyGraph = new(() =>
    {
        using var corpus = SeedCorpusCopy.Full();
        File.Delete(Path.Combine(corpus.Knowledge, "claims", "003_ac3f4d661c3c58c8.yaml"));
        foreach (var article in Directory.GetFiles(Path.Combine(RepositoryPaths.Fixtures, "extraction"), "*.txt"))
        {
            corpus.AddArticle(article);
        }

        return new ImportPipeline().ImportCorpusAsync(corpus.Root).GetAwaiter().GetResult().GraphOrThrow();
    });

    public static KnowledgeGraph Graph => LazyGraph.Value;
}
