using GraphApi.Knowledge.Import;
using GraphApi.Knowledge.Model;

namespace GraphApi.Testing;

/// <summary>The repository's seeds imported once per test process, shared by the tests that read them as they are.</summary>
public static class SeedGraph
{
    public static Lazy<KnowledgeGraph> Imported { get; } = new(() =>
        new ImportPipeline().ImportCorpusAsync(Repository.PathOf("seeds")).GetAwaiter().GetResult().GraphOrThrow());
}
