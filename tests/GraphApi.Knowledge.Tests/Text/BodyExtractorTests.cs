using System.Text.RegularExpressions;
using GraphApi.Knowledge.Text;

namespace GraphApi.Knowledge.Tests.Text;

public partial class BodyExtractorTests
{
    [Theory]
    [InlineData("000")]
    [InlineData("003")]
    public void No_ticker_headline_leaks_into_the_body(string seed)
    {
        var text = RepositoryPaths.ReadSeed(seed);
        var extracted = BodyExtractor.Extract(text);
        var tickerLine = text[..text.IndexOf('\n', StringComparison.Ordinal)];
        var headlines = WideGap().Split(tickerLine).Select(h => h.Trim()).Where(h => h.Length >= 12).ToList();
        Assert.True(headlines.Count > 20, "the ticker should split into many headlines");
        var body = string.Join("\n", extracted.Body.Select(s => text[s.Start..s.End]));
        Assert.All(headlines, h => Assert.DoesNotContain(h, body, StringComparison.Ordinal));
        Assert.Contains(extracted.Skipped, s => s.Kind == BoilerplateKind.HeadlineTicker && s.Span.Start == 0);
    }

    [Theory]
    [InlineData("000", "لم يكن التصريح الذي أدلى به السفير الأمريكي", "انقر هنا لقراءة الخبر من مصدره")]
    [InlineData("001", "يواصل المغرب اعتماد استراتيجيات أمنية", "اترك تعليقاً")]
    [InlineData("002", "شريك دولي في استتباب الأمن", "عذراً التعليقات مغلقة")]
    [InlineData("003", "اعتمد المغرب استراتيجية متعددة الأبعاد", "شكرا على الإبلاغ")]
    [InlineData("004", "وأعلن BCIJ مؤخرًا", "ZZZ-not-present")]
    public void Keeps_the_article_and_drops_the_furniture(string seed, string inBody, string notInBody)
    {
        var text = RepositoryPaths.ReadSeed(seed);
        var extracted = BodyExtractor.Extract(text);
        var body = string.Join("\n", extracted.Body.Select(s => text[s.Start..s.End]));
        Assert.Contains(inBody, body, StringComparison.Ordinal);
        Assert.DoesNotContain(notInBody, body, StringComparison.Ordinal);
        Assert.DoesNotContain("لن يتم نشر عنوان بريدك", body, StringComparison.Ordinal);
        Assert.DoesNotContain("المصدر: ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("سيتم حجب هذه الصورة", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Body_spans_index_the_original_text_and_are_trimmed()
    {
        var text = RepositoryPaths.ReadSeed("001");
        var extracted = BodyExtractor.Extract(text);
        Assert.All(extracted.Body, s =>
        {
            Assert.False(char.IsWhiteSpace(text[s.Start]));
            Assert.False(char.IsWhiteSpace(text[s.End - 1]));
        });
        Assert.Contains(extracted.Skipped, s => s.Kind == BoilerplateKind.Breadcrumb);
        Assert.Contains(extracted.Skipped, s => s.Kind == BoilerplateKind.SourceLink && text[s.Span.Start..s.Span.End].StartsWith("المصدر", StringComparison.Ordinal));
    }

    [Fact]
    public void Dateline_is_not_body()
    {
        var text = RepositoryPaths.ReadSeed("003");
        var extracted = BodyExtractor.Extract(text);
        Assert.Contains(extracted.Skipped, s => s.Kind == BoilerplateKind.Dateline && text[s.Span.Start..s.Span.End].Contains("أكورا بريس", StringComparison.Ordinal));
    }

    [Fact]
    public void A_plain_article_is_all_body()
    {
        const string text = "السطر الأول.\n\nشارك المغرب في مؤتمر دولي حول مكافحة الإرهاب بالرباط.\n";
        var extracted = BodyExtractor.Extract(text);
        Assert.Equal(2, extracted.Body.Count);
        Assert.Empty(extracted.Skipped);
    }

    [Fact]
    public void Related_articles_end_the_body_but_a_sentence_starting_with_related_does_not()
    {
        const string text = "Related talks took place in Rabat on Monday between the two delegations.\nThe talks went well.\nاقرأ أيضا\nعنوان مقال آخر";
        var extracted = BodyExtractor.Extract(text);
        Assert.Equal(2, extracted.Body.Count);
        Assert.Equal([BoilerplateKind.RelatedArticles, BoilerplateKind.Trailer], extracted.Skipped.Select(s => s.Kind));
    }

    [GeneratedRegex(@"\s{3,}")]
    private static partial Regex WideGap();
}
