using GraphApi.Knowledge.Model;
using static GraphApi.Knowledge.Tests.Lint.LintHarness;

namespace GraphApi.Knowledge.Tests.Lint;

public class RelativeBaselineRuleTests
{
    private const string Rule = "relative-baseline-mismatch";

    [Fact]
    public void The_past_three_years_as_of_november_2020_start_in_2018()
    {
        const string text = "وفي السنوات الثلاث الماضية فقط، تم تحييد 32 خلية.";
        ExpectWarning(Rule, text, Claim(text, text.TrimEnd('.'), quantity: Count(32, since: "2017", asOf: "2020-11-17")), "السنوات");
        ExpectNone(Rule, text, Claim(text, text.TrimEnd('.'), quantity: Count(32, since: "2018", asOf: "2020-11-17")));
        ExpectWarning(Rule, text, Claim(text, text.TrimEnd('.'), quantity: Count(32, since: "2018")));
    }

    [Fact]
    public void The_last_decade_belongs_to_the_nearest_number()
    {
        const string text = "بلغ عدد الخلايا منذ سنة 2003، أزيد من 200 خلية، منها 88 على مدى العقد الأخير.";
        ExpectWarning(Rule, text, Claim(text, "منها 88 على مدى العقد الأخير", quantity: Count(88, since: "2010", asOf: "2020-12-17")), "العقد");
        ExpectNone(Rule, text, Claim(text, "منها 88 على مدى العقد الأخير", quantity: Count(88, since: "2011", asOf: "2020-12-17")));
        ExpectNone(Rule, text, Claim(text, "أزيد من 200 خلية", quantity: Count(200, QuantityQualifier.MoreThan, since: "2003", asOf: "2020-12-17")));
    }

    [Fact]
    public void Recent_years_give_no_baseline()
    {
        const string text = "وأجهض حوالي 500 مؤامرة إرهابية في السنوات الأخيرة.";
        ExpectWarning(Rule, text, Claim(text, text.TrimEnd('.'), quantity: Count(500, QuantityQualifier.About, since: "2015")));
        ExpectNone(Rule, text, Claim(text, text.TrimEnd('.'), quantity: Count(500, QuantityQualifier.About)));
    }

    [Fact]
    public void The_coming_years_are_not_a_baseline()
    {
        const string text = "خارطة طريق للتعاون في مجال الدفاع على امتداد السنوات العشر المقبلة.";
        ExpectNone(Rule, text, Claim(text, text.TrimEnd('.'), quantity: Count(10)));
    }
}
