using GraphApi.Knowledge.Import;
using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Search;

namespace GraphApi.Knowledge.Tests.Search;

/// <summary>The seed graph and its search indexes, built once for the relevance tests.</summary>
internal static class SeedSearch
{
    private static readonly Lazy<KnowledgeGraph> LazyGraph = new(() =>
        new ImportPipeline().ImportCorpusAsync(RepositoryPaths.Seeds).GetAwaiter().GetResult().GraphOrThrow());

    private static readonly Lazy<KnowledgeSearch> LazyIndex = new(() => KnowledgeSearch.For(Graph));

    public static KnowledgeGraph Graph => LazyGraph.Value;

    public static KnowledgeSearch Index => LazyIndex.Value;
}
