using GraphApi.Knowledge.Model;
using static GraphApi.Knowledge.Tests.Lint.LintHarness;

namespace GraphApi.Knowledge.Tests.Lint;

public class AttributionCueRuleTests
{
    private const string Rule = "attribution-cue-mismatch";

    // 003: the figures come from sources in the directorate, and the next sentence carries the attribution over.
    private const string Sources = "وبحسب مصادر في المديرية العامة لمراقبة التراب الوطني، فقد تم تفكيك 207 خلايا إرهابية بالمغرب منذ سنة 2002. وفي السنوات الثلاث الماضية فقط، تم تحييد 32 خلية.\nإن التحرك بشكل مبكر لا يتوخى إنقاذ أرواح الضحايا المحتملين فحسب.";

    [Fact]
    public void Anonymous_sources_are_not_a_named_speaker() =>
        ExpectWarning(Rule, Sources, Claim(Sources, "فقد تم تفكيك 207 خلايا", AttributionKind.Named), "مصادر");

    [Fact]
    public void The_attribution_carries_over_to_the_next_sentence_of_the_paragraph() =>
        ExpectWarning(Rule, Sources, Claim(Sources, "تم تحييد 32 خلية", AttributionKind.Named), "مصادر");

    [Fact]
    public void Anonymous_is_right_and_does_not_carry_into_the_next_paragraph()
    {
        ExpectNone(Rule, Sources, Claim(Sources, "تم تحييد 32 خلية", AttributionKind.Anonymous));
        ExpectNone(Rule, Sources, Claim(Sources, "إن التحرك بشكل مبكر لا يتوخى إنقاذ أرواح الضحايا المحتملين فحسب", AttributionKind.Outlet));
    }

    [Theory]
    [InlineData("وأكدت الصحف المحلية المغربية أن المغرب أكد أهمية تكثيف الجهود.", "المغرب أكد أهمية تكثيف الجهود", "الصحف")]
    [InlineData("وتذكر التقارير الصحفية في المغرب أنه غالبًا ما يصف المسئولون الساحل بأنه أرض خصبة.", "يصف المسئولون الساحل", "التقارير")]
    [InlineData("فإن الوضع في منطقة الساحل تهديد للأمن العالمي بحسب التقارير الأممية.", "الوضع في منطقة الساحل تهديد للأمن العالمي", "التقارير")]
    [InlineData("وقالت الخارجية الأمريكية، ضمن تقريرها السنوي، إن المغرب شريك.", "المغرب شريك", "تقريرها")]
    public void Press_and_other_reports_are_not_the_outlets_voice_nor_a_named_speaker(string text, string quote, string cue)
    {
        ExpectWarning(Rule, text, Claim(text, quote, AttributionKind.Outlet), cue);
        ExpectWarning(Rule, text, Claim(text, quote, AttributionKind.Named), cue);
        ExpectNone(Rule, text, Claim(text, quote, AttributionKind.Reported));
    }

    [Theory]
    [InlineData("وبحسب فلسفة المديرية، فإن الاستراتيجية تتوخى شل حركة الإرهابيين.", "الاستراتيجية تتوخى شل حركة الإرهابيين", "وبحسب")]
    [InlineData("ووفقا للوزارة فإن العدد ارتفع.", "العدد ارتفع", "ووفقا")]
    [InlineData("وذكرت الوزيرة أن العدد ارتفع.", "العدد ارتفع", "وذكرت")]
    [InlineData("نقلا عن الوكالة فإن العدد ارتفع.", "العدد ارتفع", "نقلا")]
    public void A_generic_cue_rules_out_the_outlets_voice_only(string text, string quote, string cue)
    {
        ExpectWarning(Rule, text, Claim(text, quote, AttributionKind.Outlet), cue);
        ExpectNone(Rule, text, Claim(text, quote, AttributionKind.Named));
    }

    [Theory]
    [InlineData("فإن الوضع في منطقة الساحل ليس فقط مصدر قلق إقليمي أو قاري.", "الوضع في منطقة الساحل")]
    [InlineData("لمعرفة البنية العنقودية للجماعات، ومصادر التمويل والسرديات الفكرية.", "البنية العنقودية للجماعات")]
    [InlineData("إن التحرك بشكل مبكر لا يتوخى إنقاذ أرواح الضحايا فحسب.", "التحرك بشكل مبكر")]
    [InlineData("دعم حق الشعوب في تقرير المصير.", "حق الشعوب")]
    [InlineData("إجراء دولى جديد لمكافحة التطرف فى الرباط «تقرير»", "إجراء دولى جديد لمكافحة التطرف")]
    public void Words_that_only_look_like_cues_do_not_count(string text, string quote) =>
        ExpectNone(Rule, text, Claim(text, quote, AttributionKind.Outlet));

    [Fact]
    public void An_anonymous_or_reported_claim_needs_a_cue_of_its_kind()
    {
        const string text = "وقال الوزير إن العدد ارتفع.";
        ExpectWarning(Rule, text, Claim(text, "العدد ارتفع", AttributionKind.Anonymous));
        ExpectWarning(Rule, text, Claim(text, "العدد ارتفع", AttributionKind.Reported));
    }

    [Fact]
    public void The_attribution_phrase_is_read_too()
    {
        const string text = "أوضح المصدر ذاته أن الأمر خطير.\nوأحيانا نجد أنفسنا ملزمين على التدخل.";
        var claim = Claim(text, "وأحيانا نجد أنفسنا ملزمين على التدخل", AttributionKind.Anonymous, attributionText: "أوضح المصدر ذاته");
        ExpectNone(Rule, text, claim);
        ExpectWarning(Rule, text, Claim(text, "وأحيانا نجد أنفسنا ملزمين على التدخل", AttributionKind.Named, attributionText: "أوضح المصدر ذاته"), "المصدر");
    }
}
