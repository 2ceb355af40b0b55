using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Search;
using GraphApi.Knowledge.Stores;

namespace GraphApi.Knowledge.Tests.Search;

/// <summary>The search object a database-backed store hosts: it may keep sources without their texts and answer the same.</summary>
public sealed class KnowledgeSearchTests
{
    private static readonly NodeKind[] EveryKind = [.. Enum.GetValues<NodeKind>()];

    [Theory]
    [InlineData("الساحل")]
    [InlineData("مكافحة الإرهاب")]
    [InlineData("\"منطقة الساحل\"")]
    public void Without_source_texts_it_finds_the_same_hits_and_passages(string query)
    {
        var graph = SeedSearch.Graph;
        var lean = new KnowledgeSearch(graph.Entities, graph.Claims, graph.Sources, keepSourceTexts: false);

        var hits = lean.Search(query, EveryKind, 50);
        Assert.Equal(Describe(SeedSearch.Index.Search(query, EveryKind, 50)), Describe(hits));
        Assert.All(hits.Select(h => h.Node).OfType<Source>(), s => Assert.Empty(s.Text));

        var sources = graph.Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var expected = SeedSearch.Index.FindPassages(query, PassageFilter.None, PageRequest.FirstN(20)).ToPage(sources);
        var passages = lean.FindPassages(query, PassageFilter.None, PageRequest.FirstN(20)).ToPage(sources);
        Assert.NotEmpty(passages.Edges);
        Assert.Equal(expected.Edges.Select(e => (e.Cursor, e.Node.Text)), passages.Edges.Select(e => (e.Cursor, e.Node.Text)));
    }

    private static List<string> Describe(IReadOnlyList<SearchHit> hits) => [.. hits.Select(h => $"{h.Node.Id} {h.Score}")];
}
