using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Tests.Extraction;

/// <summary>Statements: a known entity as the subject of a reporting verb; the quotation, else the reported clause, as evidence.</summary>
public class ReportedSpeechTests
{
    [Fact]
    public void A_named_speaker_and_a_quotation()
    {
        const string text = "وقال الشرقاوي حبوب، في ندوة صحفية، إن \"الخلايا الجديدة تعتمد على التجنيد عبر الإنترنت بشكل متزايد\".";
        var claim = ExtractionHarness.Statement(ExtractionHarness.Extract(text));
        Assert.Equal("person/habboub", claim.SpeakerId);
        Assert.Equal("\"الخلايا الجديدة تعتمد على التجنيد عبر الإنترنت بشكل متزايد\"", claim.Evidence[0].Quote);
        Assert.Equal((AttributionKind.Named, "وقال الشرقاوي حبوب"), (claim.Attribution.Kind, claim.Attribution.Phrase?.Text));
        Assert.Equal(claim.Attribution.Phrase!.Text, text[claim.Attribution.Phrase.Start..claim.Attribution.Phrase.End]);
        Assert.Equal(ExtractionMethods.ReportedSpeech, claim.Extraction!.Method);
    }

    [Fact]
    public void Without_quotation_marks_the_reported_clause_is_the_evidence_and_apposition_counts_towards_the_speaker()
    {
        const string text = "وأوضح محمد بودن، الخبير في الشؤون الدولية، أن المقاربة المغربية تجمع بين الأمن والتنمية ومحاربة التطرف.";
        var claim = ExtractionHarness.Statement(ExtractionHarness.Extract(text));
        Assert.Equal("person/boudden", claim.SpeakerId);
        Assert.Equal("المقاربة المغربية تجمع بين الأمن والتنمية ومحاربة التطرف", claim.Evidence[0].Quote);
    }

    [Fact]
    public void A_description_and_the_same_speaker_point_back_to_the_last_one()
    {
        const string text = "قال محمد بودن إن التعاون الأمني ضروري في المنطقة.\nوأضاف الخبير أن التهديدات تتغير باستمرار في الساحل.\nوأبرز ذات المتحدث أن الوقاية تبدأ من المدرسة والأسرة.";
        var claims = ExtractionHarness.Extract(text).Claims;
        Assert.Equal(3, claims.Count);
        Assert.All(claims, c => Assert.Equal("person/boudden", c.SpeakerId));
    }

    [Fact]
    public void An_unknown_speaker_is_no_statement_and_is_not_confused_with_the_last_one()
    {
        const string text = "قال محمد بودن إن التعاون الأمني ضروري في المنطقة.\nوقال خالد الناصري، أستاذ القانون، إن القانون الجديد يحتاج إلى مراجعة.\nوأضاف الخبير أن القضاء يحتاج إلى موارد أكبر.";
        var claim = Assert.Single(ExtractionHarness.Extract(text).Claims);
        Assert.Contains("التعاون الأمني", claim.Evidence[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void An_anonymous_source_is_affiliated_with_its_body()
    {
        // The seeds know the DGST's unnamed sources as an entity of their own (issue 18), so they are the speaker.
        const string text = "وأكد مصدر بالمديرية العامة لمراقبة التراب الوطني أن الرقابة على الحدود تعززت بشكل ملحوظ.";
        var claim = ExtractionHarness.Statement(ExtractionHarness.Extract(text));
        Assert.Equal("person/dgst-sources", claim.SpeakerId);
        Assert.Equal((AttributionKind.Anonymous, "institution/dgst"), (claim.Attribution.Kind, claim.Attribution.AffiliationId));
    }

    [Fact]
    public void The_press_relaying_a_speaker_makes_it_reported()
    {
        // The seeds know the Moroccan press as a Document (issue 18): it is the speaker, and a Document speaks only
        // through a REPORTED attribution, as a curated claim does (claim/004-morocco-sahel-efforts).
        const string text = "وذكرت الصحف المغربية أن المغرب أكد استعداده لتعزيز التعاون مع دول الساحل.";
        var claim = ExtractionHarness.Statement(ExtractionHarness.Extract(text));
        Assert.Equal("document/moroccan-press-reports", claim.SpeakerId);
        Assert.Equal(AttributionKind.Reported, claim.Attribution.Kind);
        Assert.StartsWith("وذكرت الصحف", claim.Attribution.Phrase!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void As_x_stressed_attributes_the_words_before_it()
    {
        const string text = "وسيساعد المركز الدول الإفريقية على تطوير قدراتها في مجال التكوين، كما أكد على ذلك فلاديمير فورونكوف.";
        var claim = ExtractionHarness.Statement(ExtractionHarness.Extract(text));
        Assert.Equal("person/voronkov", claim.SpeakerId);
        Assert.StartsWith("وسيساعد المركز", claim.Evidence[0].Quote, StringComparison.Ordinal);
        Assert.Equal(Modality.Future, claim.Modality);
    }

    [Fact]
    public void A_participle_continues_the_speaker_of_its_sentence()
    {
        const string text = "وشدد حبوب على أن التنسيق بين الأجهزة حاسم، مشيرا إلى أن \"الخطر يبقى قائما رغم كل الجهود\".";
        var claims = ExtractionHarness.Extract(text).Claims;
        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal("person/habboub", c.SpeakerId));
        Assert.Contains(claims, c => c.Evidence[0].Quote == "\"الخطر يبقى قائما رغم كل الجهود\"");
    }

    [Fact]
    public void A_figure_in_a_reported_clause_is_attributed_and_is_not_a_second_claim()
    {
        const string text = "وأعلن المكتب المركزي للأبحاث القضائية أن الأجهزة فككت 15 خلية منذ سنة 2019.";
        var claim = Assert.Single(ExtractionHarness.Extract(text).Claims);
        Assert.Equal(ClaimKind.Quantity, claim.Kind);
        Assert.Equal("institution/bcij", claim.SpeakerId);
        Assert.Equal(AttributionKind.Named, claim.Attribution.Kind);
    }

    [Theory]
    [InlineData("وقال حبوب إن المكتب سيفتح فروعا جديدة في الجنوب.", Modality.Future)]
    [InlineData("وقال حبوب إن التهديد قد يتغير في السنوات المقبلة.", Modality.Possible)]
    [InlineData("وقال حبوب إن التهديد قد ارتفع كثيرا في السنوات الأخيرة.", Modality.Asserted)]
    public void Modality_follows_future_and_modal_markers(string text, Modality modality) =>
        Assert.Equal(modality, ExtractionHarness.Statement(ExtractionHarness.Extract(text)).Modality);

    [Fact]
    public void English_reported_speech_needs_its_subject()
    {
        var extraction = ExtractionHarness.Extract("Habboub said that cooperation with Sahel states remains essential.\nA think tank noted that the threat had changed.");
        var claim = Assert.Single(extraction.Claims);
        Assert.Equal("person/habboub", claim.SpeakerId);
    }
}
