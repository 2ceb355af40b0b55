using GraphApi.Knowledge.Text;

namespace GraphApi.Knowledge.Tests.Text;

/// <summary>The normalization table: each rule with examples from the seed articles.</summary>
public class ArabicNormalizerTests
{
    [Theory]
    [InlineData("الشئون", "الشؤون")]             // 004 vs 001: hamza carriers
    [InlineData("المسئولين", "المسؤولين")]       // 004 Egyptian spelling
    [InlineData("فى", "في")]                     // 004: alef maqsura
    [InlineData("دولى", "دولي")]                 // 004 title
    [InlineData("إفريقيا", "افريقيا")]           // 000: alef with hamza below
    [InlineData("أفريقيا", "افريقيا")]           // 004: alef with hamza above
    [InlineData("الإستراتيجية", "الاستراتيجية")] // 000: both spellings in one article
    [InlineData("مؤخرًا", "مؤخرا")]              // 004: tanwin
    [InlineData("وشدّد", "وشدد")]                // 001: shadda
    [InlineData("لـ 2009", "ل 2009")]            // 004: tatweel
    [InlineData("تُصدر", "تصدر")]                // 003 ticker: damma
    [InlineData("المحمدية", "المحمديه")]         // taa marbuta
    [InlineData("٢٠٠٩", "2009")]                 // Arabic-Indic digits
    [InlineData("BCIJ", "bcij")]                 // 004: Latin case
    [InlineData("Boudden", "boudden")]
    [InlineData("Fès", "fes")]                   // Latin diacritics
    public void Folds_variants_to_one_form(string variant, string canonical) =>
        Assert.Equal(ArabicNormalizer.Fold(canonical), ArabicNormalizer.Fold(variant));

    [Theory]
    [InlineData("للتحقيقات", "تحقيقات")] // 004: contracted لل
    [InlineData("والمغرب", "مغرب")]      // 003 ticker, 001
    [InlineData("بالرباط", "رباط")]      // 000
    [InlineData("الرباط", "رباط")]
    [InlineData("وبحسب", "حسب")]         // 003
    [InlineData("فالأشخاص", "اشخاص")]    // 003
    [InlineData("كالمغرب", "مغرب")]
    [InlineData("بلد", "بلد")]           // short words survive
    [InlineData("فاس", "فاس")]
    [InlineData("ولد", "ولد")]
    [InlineData("habboub", "habboub")]   // Latin untouched
    public void Strips_proclitics_keeping_a_minimum_stem(string word, string stem) =>
        Assert.Equal(ArabicNormalizer.Fold(stem), ArabicNormalizer.Key(word));

    [Fact]
    public void Candidate_keys_reach_names_that_start_with_a_proclitic_letter()
    {
        // "بوزارة" is "ب" + "وزارة"; greedy stripping keeps "وزاره" but the name's key is "زاره".
        Assert.Contains(ArabicNormalizer.Key("وزارة"), ArabicNormalizer.CandidateKeys(ArabicNormalizer.Fold("بوزارة")));
    }

    [Fact]
    public void Offset_map_points_back_to_exact_original_spans()
    {
        const string text = "وقال الشرقاويّ حبوب رئيس المكتب";
        var normalized = ArabicNormalizer.Normalize(text);
        var at = normalized.Text.IndexOf("الشرقاوي", StringComparison.Ordinal);
        var span = normalized.ToOriginal(at, at + "الشرقاوي".Length);
        Assert.Equal("الشرقاويّ", text[span.Start..span.End]); // the trailing shadda stays inside the span
    }

    [Fact]
    public void Offset_map_respects_a_start_offset()
    {
        const string text = "xx مؤخرًا yy";
        var normalized = ArabicNormalizer.Normalize(text, 3, 9);
        Assert.Equal("مءخرا", normalized.Text);
        Assert.Equal(new GraphApi.Knowledge.Model.TextSpan(3, 9), normalized.ToOriginal(0, normalized.Text.Length));
    }

    [Theory]
    [InlineData("Habboub", "Haboub")]
    [InlineData("Boudden", "Bouden")]
    [InlineData("Bouden", "Buden")]
    [InlineData("Cherkaoui", "Sherkaoui")]
    public void Latin_phonetic_key_joins_transliteration_variants(string a, string b) =>
        Assert.Equal(LatinPhoneticKey.For(a), LatinPhoneticKey.For(b));

    [Fact]
    public void Latin_phonetic_key_keeps_different_names_apart() =>
        Assert.NotEqual(LatinPhoneticKey.For("Bourita"), LatinPhoneticKey.For("Bouden"));
}
