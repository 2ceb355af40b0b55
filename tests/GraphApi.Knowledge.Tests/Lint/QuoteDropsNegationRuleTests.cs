using static GraphApi.Knowledge.Tests.Lint.LintHarness;

namespace GraphApi.Knowledge.Tests.Lint;

public class QuoteDropsNegationRuleTests
{
    private const string Rule = "quote-drops-negation";

    // 000: the quote began after «لم يكن» and kept «بل», so it said the opposite of the sentence.
    private const string NotMereCourtesy = "لم يكن التصريح الذي أدلى به السفير، عندما أكد أن البلدين يجمعهما تعاون متين، مجرد تصريح دبلوماسي رسمي، بل كلام موزون نابع من ايمان عميق.";

    [Fact]
    public void A_quote_that_starts_inside_not_x_and_keeps_but_y_is_flagged() =>
        ExpectWarning(Rule, NotMereCourtesy, Claim(NotMereCourtesy, "مجرد تصريح دبلوماسي رسمي، بل كلام موزون"), "لم");

    [Fact]
    public void A_quote_that_stops_just_before_but_is_the_negated_predicate() =>
        ExpectWarning(Rule, NotMereCourtesy, Claim(NotMereCourtesy, "مجرد تصريح دبلوماسي رسمي"), "لم");

    [Fact]
    public void The_whole_negated_sentence_is_clean() =>
        ExpectNone(Rule, NotMereCourtesy, Claim(NotMereCourtesy, NotMereCourtesy.TrimEnd('.')));

    [Fact]
    public void Content_inside_the_subject_of_the_negated_copula_is_not_negated() =>
        ExpectNone(Rule, NotMereCourtesy, Claim(NotMereCourtesy, "البلدين يجمعهما تعاون متين"));

    [Fact]
    public void The_quote_after_but_is_clean() =>
        ExpectNone(Rule, NotMereCourtesy, Claim(NotMereCourtesy, "كلام موزون نابع من ايمان عميق"));

    [Theory]
    [InlineData("إن المغرب لم يفكك أي خلية هذا العام.", "يفكك أي خلية", "لم")]
    [InlineData("قال إن الوضع لا يبعث على القلق.", "يبعث على القلق", "لا")]
    [InlineData("أكد أن المغرب لن يتراجع عن التزاماته.", "يتراجع عن التزاماته", "لن")]
    [InlineData("الوضع ليس مصدر قلق إقليمي فقط.", "مصدر قلق إقليمي", "ليس")]
    [InlineData("وصف القرار بأنه غير منصف للمغرب.", "منصف للمغرب", "غير")]
    [InlineData("قال إنه ما كان يعلم بالمخطط.", "كان يعلم بالمخطط", "ما")]
    [InlineData("وأضاف أن المملكة ولم تشهد هجمات أخرى.", "تشهد هجمات أخرى", "ولم")]
    public void The_word_before_the_quote_is_a_negation(string text, string quote, string negation) =>
        ExpectWarning(Rule, text, Claim(text, quote), negation);

    [Fact]
    public void A_quote_that_ends_on_a_negation_is_flagged()
    {
        const string text = "أكد المصدر أن الخلية لم تنفذ أي هجوم.";
        ExpectWarning(Rule, text, Claim(text, "أكد المصدر أن الخلية لم"), "لم");
    }

    [Fact]
    public void A_negated_clause_without_but_covers_a_quote_inside_it()
    {
        const string text = "ولم تشهد المملكة هجمات أخرى غيرها، والفضل في ذلك يرجع للمقاربة الاستباقية.";
        ExpectWarning(Rule, text, Claim(text, "هجمات أخرى غيرها"), "ولم");
        ExpectNone(Rule, text, Claim(text, "والفضل في ذلك يرجع للمقاربة الاستباقية"));
    }

    [Theory]
    [InlineData("كان جزء كبير منها يتكون من جماعات تابعة لما يسمى تنظيم داعش.", "يسمى تنظيم داعش")]
    [InlineData("غالبًا ما يصف كبار المسئولين منطقة الساحل بأنها أرض خصبة.", "يصف كبار المسئولين منطقة الساحل")]
    [InlineData("لا سيما منطقة الساحل التي تزداد هشاشة.", "منطقة الساحل التي تزداد هشاشة")]
    [InlineData("غير أن المغرب واصل جهوده في المنطقة.", "أن المغرب واصل جهوده")]
    [InlineData("ولم تشهد المملكة هجمات أخرى غيرها.", "ولم تشهد المملكة هجمات أخرى غيرها")]
    [InlineData("التعاون الأمني الإقليمي شرط لا غنى عنه.", "التعاون الأمني الإقليمي شرط لا غنى عنه")]
    public void Other_readings_of_negation_words_are_not_flagged(string text, string quote) =>
        ExpectNone(Rule, text, Claim(text, quote));
}
