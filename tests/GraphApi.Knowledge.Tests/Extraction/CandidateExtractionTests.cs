using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Tests.Extraction;

/// <summary>Candidates: names the linker does not know, found by a title, an organisation head, a place head or an acronym.</summary>
public class CandidateExtractionTests
{
    [Theory]
    [InlineData("واستقبل السيد عبد الرحيم الصديقي الوفد في مقر الجمعية.", "عبد الرحيم الصديقي", EntityKind.Person, "honorific: السيد")]
    [InlineData("وحضر اللقاء وزير الداخلية عبد الوافي لفتيت رفقة مسؤولين أمنيين.", "عبد الوافي لفتيت", EntityKind.Person, "title: وزير")]
    [InlineData("وقال خالد الناصري، أستاذ القانون، إن النص يحتاج إلى مراجعة.", "خالد الناصري", EntityKind.Person, "reporting verb and apposition: وقال")]
    [InlineData("وأصدرت المديرية العامة للأمن الوطني بلاغا حول الحادث.", "المديرية العامة للأمن الوطني", EntityKind.Institution, "organisation head: المديرية")]
    [InlineData("وعقدت وزارة العدل اجتماعا موسعا.", "وزارة العدل", EntityKind.Institution, "organisation head: وزارة")]
    [InlineData("وشارك في الاجتماع ممثلو FBI وعدة وكالات أخرى.", "FBI", EntityKind.Institution, "acronym")]
    [InlineData("ووقعت الحادثة في مدينة طنجة الأسبوع الماضي.", "طنجة", EntityKind.Place, "place head: مدينة")]
    public void Finds_a_name_by_its_cue(string text, string name, EntityKind kind, string cue)
    {
        var candidate = Assert.Single(ExtractionHarness.Extract(text).Candidates);
        Assert.Equal((name, kind, cue), (candidate.Name, candidate.Kind, candidate.Cue));
        Assert.Equal(name, text[candidate.Occurrence.Start..candidate.Occurrence.End]);
        Assert.Contains(name, candidate.Occurrence.Sentence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("وأكد المكتب المركزي للأبحاث القضائية أن العملية نجحت.")]       // a known institution
    [InlineData("وقال السفير الأمريكي بالرباط، ديفيد فيشر، إن الشراكة متينة.")] // a known person
    [InlineData("وشارك المكتب في الاجتماع إلى جانب مجلس.")]                 // heads without a complement
    [InlineData("وتهدف العملية إلى شل حركة الإرهابيين في المنطقة.")]          // a common noun, not an organisation head
    public void Known_names_and_bare_heads_are_no_candidates(string text) =>
        Assert.Empty(ExtractionHarness.Extract(text).Candidates);
}
