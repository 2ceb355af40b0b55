using GraphApi.Knowledge.Model;
using static GraphApi.Knowledge.Tests.Lint.LintHarness;

namespace GraphApi.Knowledge.Tests.Lint;

public class QuantityHedgeRuleTests
{
    private const string Rule = "quantity-drops-hedge";

    // 003: «أساسا» leaves the list open; "exactly 3" closed it.
    private const string Attacks = "وتتعلق الهجمات المسجلة بالمغرب، أساسا، بالتفجيرات الانتحارية في الدار البيضاء في 16 ماي 2003، وهجوم أرغانة بمراكش سنة 2011، ثم مقتل سائحتين إسكندنافيتين بإمليل سنة 2018.";

    [Fact]
    public void Mainly_rules_out_exactly()
    {
        ExpectWarning(Rule, Attacks, Claim(Attacks, Attacks.TrimEnd('.'), quantity: Count(3)), "أساسا");
        ExpectNone(Rule, Attacks, Claim(Attacks, Attacks.TrimEnd('.'), quantity: Count(3, QuantityQualifier.AtLeast)));
    }

    [Fact]
    public void Mainly_of_another_clause_does_not_bear_on_a_count_inside_the_list() =>
        ExpectNone(Rule, Attacks, Claim(Attacks, "مقتل سائحتين إسكندنافيتين بإمليل سنة 2018", quantity: Count(2)));

    [Theory]
    [InlineData("وأجهض حوالي 500 مؤامرة إرهابية في السنوات الأخيرة.", 500, QuantityQualifier.About, "حوالي")]
    [InlineData("بلغ عدد الخلايا منذ سنة 2003، أزيد من 200 خلية، منها 88 على مدى العقد الأخير.", 200, QuantityQualifier.MoreThan, "أزيد")]
    [InlineData("تسجيل أكثر من 3000 إصابة خلال أسبوع.", 3000, QuantityQualifier.MoreThan, "أكثر")]
    [InlineData("في غضون 24 ساعة أو أقل، إذا كانت لدينا معلومات.", 24, QuantityQualifier.AtMost, "أقل")]
    public void A_hedge_on_the_number_needs_a_qualifier_that_admits_it(string text, int value, QuantityQualifier right, string hedge)
    {
        ExpectWarning(Rule, text, Claim(text, text.TrimEnd('.'), quantity: Count(value)), hedge);
        ExpectNone(Rule, text, Claim(text, text.TrimEnd('.'), quantity: Count(value, right)));
    }

    [Fact]
    public void A_hedge_on_another_number_of_the_sentence_does_not_count()
    {
        const string text = "بلغ عدد الخلايا منذ سنة 2003، أزيد من 200 خلية، منها 88 على مدى العقد الأخير.";
        ExpectNone(Rule, text, Claim(text, "منها 88 على مدى العقد الأخير", quantity: Count(88)));
    }
}
