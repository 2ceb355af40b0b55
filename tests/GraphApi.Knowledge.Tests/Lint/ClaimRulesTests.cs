using GraphApi.Knowledge.Lint;
using GraphApi.Knowledge.Model;
using static GraphApi.Knowledge.Tests.Lint.LintHarness;

namespace GraphApi.Knowledge.Tests.Lint;

/// <summary>The smaller claim rules (predicate wording, dates of reported periods) and the linter's entry points.</summary>
public class ClaimRulesTests
{
    [Fact]
    public void A_founding_member_did_not_found_the_forum()
    {
        const string text = "في رئاسة المنتدى العالمي لمكافحة الإرهاب الذي تعد عضوا مؤسسا له.";
        ExpectWarning("predicate-wording-mismatch", text, Claim(text, "المنتدى العالمي لمكافحة الإرهاب الذي تعد عضوا مؤسسا له", predicate: "founded"), "عضوا");
        ExpectNone("predicate-wording-mismatch", text, Claim(text, "المنتدى العالمي لمكافحة الإرهاب الذي تعد عضوا مؤسسا له", predicate: "member-of"));
        const string launched = "في عام 2017 ، أطلق المغرب برنامج مصالحة.";
        ExpectNone("predicate-wording-mismatch", launched, Claim(launched, launched.TrimEnd('.'), predicate: "founded"));
    }

    [Fact]
    public void A_statement_is_not_dated_by_the_year_it_reports_on()
    {
        const string text = "وأوضحت الخارجية الأمريكية، أن المغرب واصل خلال عام 2021 التخفيف من مخاطر الإرهاب.";
        const string quote = "المغرب واصل خلال عام 2021 التخفيف من مخاطر الإرهاب";
        ExpectWarning("date-is-reported-period", text, Claim(text, quote, AttributionKind.Named, date: "2021"), "خلال");
        ExpectNone("date-is-reported-period", text, Claim(text, quote, AttributionKind.Named));
        ExpectNone("date-is-reported-period", text, Claim(text, quote, AttributionKind.Outlet, date: "2021"));
        const string report = "ضمن تقريرها السنوي حول الإرهاب لعام 2021 قالت إن التعاون قوي.";
        ExpectWarning("date-is-reported-period", report, Claim(report, "قالت إن التعاون قوي", AttributionKind.Reported, date: "2021"), "لعام");
    }

    [Fact]
    public void Every_rule_has_a_distinct_kebab_case_id()
    {
        Assert.Equal(ClaimLinter.RuleIds.Count, ClaimLinter.RuleIds.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ClaimLinter.RuleIds, id => Assert.Matches("^[a-z]+(-[a-z]+)+$", id));
    }

    [Fact]
    public void Evidence_of_an_unknown_source_is_left_out_rather_than_failing()
    {
        var claim = Claim("ولم تشهد المملكة هجمات أخرى.", "تشهد المملكة هجمات أخرى");
        Assert.Empty(ClaimLinter.Lint(claim, _ => null));
        Assert.NotEmpty(ClaimLinter.Lint(claim, "ولم تشهد المملكة هجمات أخرى."));
    }
}
