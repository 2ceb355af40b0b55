using GraphApi.Knowledge.Linking;

namespace GraphApi.Knowledge.Tests.Linking;

public class QuoteAnchorTests
{
    [Fact]
    public void Finds_a_quote_verbatim_in_a_seed()
    {
        var text = RepositoryPaths.ReadSeed("004");
        const string quote = "الأجهزة المغربية قد فككت 2009 خلية إرهابية منذ عام 2002";
        var span = QuoteAnchor.Find(text, quote, 1, out var count);
        Assert.NotNull(span);
        Assert.Equal(1, count);
        Assert.Equal(quote, text[span.Value.Start..span.Value.End]);
    }

    [Fact]
    public void Occurrence_picks_one_of_several()
    {
        const string text = "abc abc abc";
        Assert.Equal(8, QuoteAnchor.Find(text, "abc", 3, out var count)!.Value.Start);
        Assert.Equal(3, count);
    }

    [Fact]
    public void A_folded_variant_is_not_verbatim()
    {
        var text = RepositoryPaths.ReadSeed("004");
        Assert.Null(QuoteAnchor.Find(text, "مدير الشؤون الخارجية", 1, out var count)); // the page spells it الشئون
        Assert.Equal(0, count);
    }
}
