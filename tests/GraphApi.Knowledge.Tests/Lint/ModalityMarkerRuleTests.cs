using GraphApi.Knowledge.Model;
using static GraphApi.Knowledge.Tests.Lint.LintHarness;

namespace GraphApi.Knowledge.Tests.Lint;

public class ModalityMarkerRuleTests
{
    private const string Rule = "modality-marker-mismatch";

    // 000: the office "will take shape in the coming months"; «بإحداث مكتب بالمغرب» alone reads as done.
    private const string Office = "الإشادة الدولية بالتجربة المغربية، ستتجسد فعليا خلال الأشهر المقبلة بإحداث مكتب بالمغرب، هو الأول من نوعه في إفريقيا، وهو ما يمثل دليلا على ثقة المنتظم الأممي.";

    [Fact]
    public void A_future_verb_in_the_clause_before_the_quote_is_not_asserted()
    {
        ExpectWarning(Rule, Office, Claim(Office, "بإحداث مكتب بالمغرب، هو الأول من نوعه في إفريقيا"), "ستتجسد");
        ExpectNone(Rule, Office, Claim(Office, "بإحداث مكتب بالمغرب، هو الأول من نوعه في إفريقيا", modality: Modality.Future));
    }

    [Fact]
    public void A_new_clause_after_a_comma_and_wa_starts_a_new_scope() =>
        ExpectNone(Rule, Office, Claim(Office, "وهو ما يمثل دليلا على ثقة المنتظم الأممي"));

    [Fact]
    public void A_relative_clause_starts_a_new_scope()
    {
        const string text = "هذا المركز يشكل بنية ستساعد دول الجوار، اقتداء بالتجربة المغربية التي مكنت المملكة من الاشتراك في رئاسة المنتدى.";
        ExpectNone(Rule, text, Claim(text, "مكنت المملكة من الاشتراك في رئاسة المنتدى"));
        ExpectWarning(Rule, text, Claim(text, "بنية ستساعد دول الجوار"), "ستساعد");
    }

    [Theory]
    [InlineData("حيث سيكون مكتب الرباط بمثابة مركز تدريب.", "مكتب الرباط بمثابة مركز تدريب", "سيكون")]
    [InlineData("وسيفيد التدريب الدول التي تطلب ذلك.", "التدريب الدول", "وسيفيد")]
    [InlineData("والأكيد أن الاعتراف سيثمر أوجه جديدة للشراكات.", "أوجه جديدة للشراكات", "سيثمر")]
    [InlineData("كما يُتوقع أن يكون المكتب مركزًا لتطوير المهارات.", "المكتب مركزًا لتطوير المهارات", "يتوقع")]
    [InlineData("وسوف تبدأ الأشغال في الرباط.", "تبدأ الأشغال في الرباط", "وسوف")]
    public void Future_markers(string text, string quote, string marker)
    {
        ExpectWarning(Rule, text, Claim(text, quote), marker);
        ExpectNone(Rule, text, Claim(text, quote, modality: Modality.Future));
    }

    [Theory]
    [InlineData("مشددا على أن تتبع خلية يمكن أن يمتد على مدى شهر أو أكثر.", "تتبع خلية يمكن أن يمتد على مدى شهر أو أكثر", "يمكن")]
    [InlineData("وتهديدات اليوم ربما لن تكون نفس التهديدات.", "تهديدات اليوم ربما لن تكون نفس التهديدات", "ربما")]
    [InlineData("وقد يكون العدد أكبر من ذلك.", "وقد يكون العدد أكبر من ذلك", "وقد")]
    [InlineData("ومن المحتمل أن يرتفع العدد.", "ومن المحتمل أن يرتفع العدد", "ومن")]
    public void Modal_markers(string text, string quote, string marker)
    {
        ExpectWarning(Rule, text, Claim(text, quote), marker);
        ExpectNone(Rule, text, Claim(text, quote, modality: Modality.Possible));
    }

    [Theory]
    [InlineData("وأعلن المكتب مؤخرًا أن الأجهزة المغربية قد فككت 2009 خلية إرهابية منذ عام 2002.")]
    [InlineData("وقد مكنت هذه الإستراتيجية من تقليل مخاطر التعرض لهجمات.")]
    [InlineData("حيث تمكن المكتب المركزي من تفكيك عدد من الخلايا.")]
    [InlineData("أي الوقت الكافي للحصول على أكبر قدر ممكن من المعلومات.")]
    [InlineData("وتتميز سياسة المغرب في السنوات الأخيرة بسيادة القانون في سياق صعب.")]
    [InlineData("وقال إنه لا يمكن ربط الإرهاب بأية ديانة.")]
    [InlineData("في وقت سابق من هذا العام قال إن التعاون شرط لا غنى عنه.")]
    [InlineData("لن يتم نشر عنوان بريدك الإلكتروني ساعة التسجيل.")]
    public void Words_that_only_look_like_markers_are_asserted(string text) =>
        ExpectNone(Rule, text, Claim(text, text.TrimEnd('.')));

    [Fact]
    public void A_future_or_possible_claim_needs_a_marker()
    {
        const string text = "ويعول على هذه البنية الأممية للإسهام في تعزيز قدرات الدول.";
        ExpectWarning(Rule, text, Claim(text, "ويعول على هذه البنية الأممية", modality: Modality.Future));
        ExpectWarning(Rule, text, Claim(text, "ويعول على هذه البنية الأممية", modality: Modality.Possible));
    }
}
