using GraphApi.Knowledge.Import;
using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Tests.Stores;

/// <summary>The fixture corpus imported once, plus a few extra relationships for path tests.</summary>
internal static class StoreFixture
{
    private static readonly Lazy<KnowledgeGraph> LazyGraph = new(() =>
    {
        var graph = new ImportPipeline().ImportCorpusAsync(Path.Combine(RepositoryPaths.Fixtures, "corpus")).GetAwaiter().GetResult().GraphOrThrow();
        Relationship[] extra =
        [
            new(Relationship.IdFor("located-in", "institution/bcij", "place/rabat"), "located-in", "institution/bcij", "place/rabat", []),
            new(Relationship.IdFor("cooperates-with", "institution/map", "place/sahel"), "cooperates-with", "institution/map", "place/sahel", []),
        ];
        Corroboration agreement = new(Corroboration.IdFor("claim/a-cells-207", "claim/a-sahel-cooperation"), "claim/a-cells-207", "claim/a-sahel-cooperation", "test agreement");
        return graph with
        {
            Relationships = [.. graph.Relationships.Concat(extra).OrderBy(r => r.Id, StringComparer.Ordinal)],
            Corroborations = [agreement],
        };
    });

    public static KnowledgeGraph Graph => LazyGraph.Value;
}
