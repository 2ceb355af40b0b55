using static GraphApi.Knowledge.Tests.Lint.LintHarness;

namespace GraphApi.Knowledge.Tests.Lint;

public class GlossHedgeRuleTests
{
    private const string Rule = "gloss-drops-hedge";

    // 002: «التي تعتبر هشة» is "considered fragile".
    private const string Fragile = "بالنظر إلى التهديدات التي تعاني منها العديد من الدول في المنطقة التي تعتبر هشة من الناحية الأمنية.";

    [Fact]
    public void A_dropped_considered_is_flagged_in_en_and_text()
    {
        var finding = ExpectWarning(Rule, Fragile, Claim(Fragile, Fragile.TrimEnd('.'), en: "the region, which is fragile in security terms", claimText: "The region is fragile."), "تعتبر");
        Assert.Contains("the quote's en and the claim's text", finding.Message, StringComparison.Ordinal);
        ExpectNone(Rule, Fragile, Claim(Fragile, Fragile.TrimEnd('.'), en: "the region, which is considered fragile", claimText: "The region is regarded as fragile."));
    }

    [Theory]
    [InlineData("كان جزء كبير منها يتكون من جماعات تابعة لداعش.", "Most of them were ISIS groups.", "A large part of them were ISIS groups.", "جزء")]
    [InlineData("تقوم، بالأساس، على الاستباقية.", "It rests on pre-emption.", "It rests essentially on pre-emption.", "بالأساس")]
    [InlineData("غالبًا ما يصف المسئولون الساحل بأنه أرض خصبة.", "Officials call the Sahel fertile ground.", "Officials often call the Sahel fertile ground.", "غالبا")]
    [InlineData("اعتقل المغرب 3535 شخصا لتورطهم المزعوم في أنشطة إرهابية.", "Morocco arrested 3535 people for terrorist activities.", "Morocco arrested 3535 people for alleged involvement.", "المزعوم")]
    [InlineData("وأجهض حوالي 500 مؤامرة.", "It foiled 500 plots.", "It foiled about 500 plots.", "حوالي")]
    [InlineData("مشددا على أن تتبع خلية يمكن أن يمتد على مدى شهر.", "Tracking a cell lasts a month.", "Tracking a cell can last a month.", "يمكن")]
    public void Each_hedge_needs_an_english_rendering(string text, string dropped, string kept, string hedge)
    {
        ExpectWarning(Rule, text, Claim(text, text.TrimEnd('.'), claimText: dropped), hedge);
        ExpectNone(Rule, text, Claim(text, text.TrimEnd('.'), claimText: kept));
    }

    [Fact]
    public void No_english_means_nothing_to_check() =>
        ExpectNone(Rule, Fragile, Claim(Fragile, Fragile.TrimEnd('.')));
}
