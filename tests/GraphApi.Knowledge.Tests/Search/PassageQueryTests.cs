using GraphApi.Knowledge.Search;
using GraphApi.Knowledge.Stores;

namespace GraphApi.Knowledge.Tests.Search;

/// <summary>How a passage search is read, and the guard against texts that changed under the index.</summary>
public sealed class PassageQueryTests
{
    [Fact]
    public void Quotes_make_phrases_and_function_words_outside_them_are_dropped()
    {
        var query = PassageQuery.Parse("التعاون في «منطقة الساحل» “في الرباط”");
        Assert.Equal(["التعاون", "منطقه", "الساحل", "في", "الرباط"], query.Words);
        Assert.Equal([[1, 2], [3, 4]], query.Phrases.Select(p => p.ToArray()));
        Assert.Equal([0], query.Loose);
        Assert.Equal(5, query.Length);
    }

    [Fact]
    public void A_query_of_function_words_alone_keeps_them_and_an_unclosed_quote_runs_to_the_end()
    {
        Assert.Equal(["في"], PassageQuery.Parse("في").Words);
        var open = PassageQuery.Parse("الساحل \"منطقة الساحل");
        Assert.Equal([[1, 0]], open.Phrases.Select(p => p.ToArray()));
        Assert.True(PassageQuery.Parse(" \"\" ، ").IsEmpty);
    }

    [Fact]
    public void Scores_are_the_share_of_the_sentence_the_query_accounts_for()
    {
        var query = PassageQuery.Parse("الشرقاوي حبوب");
        Assert.Equal(1.0, query.Score(2));
        Assert.Equal(0.25, query.Score(8));
    }

    [Fact]
    public void A_page_is_only_made_from_the_very_texts_the_index_read()
    {
        var graph = Stores.StoreFixture.Graph;
        var result = KnowledgeSearch.For(graph).FindPassages("حبوب", PassageFilter.None, PageRequest.All);
        var sources = graph.Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        Assert.True(result.IsCurrentFor(sources));

        var edited = new Dictionary<string, GraphApi.Knowledge.Model.Source>(sources) { ["source/c_003"] = sources["source/c_003"] with { ContentHash = "changed" } };
        Assert.False(result.IsCurrentFor(edited));
        var error = Assert.Throws<InvalidOperationException>(() => result.ToPage(edited));
        Assert.Contains("source/c_003", error.Message, StringComparison.Ordinal);
    }
}
