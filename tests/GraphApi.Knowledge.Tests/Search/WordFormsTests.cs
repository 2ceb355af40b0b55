using GraphApi.Knowledge.Search;
using GraphApi.Knowledge.Text;

namespace GraphApi.Knowledge.Tests.Search;

/// <summary>Readings follow the proclitic grammar; names keep the leading letters of their first word.</summary>
public sealed class WordFormsTests
{
    [Theory]
    [InlineData("وبالمغرب", "وبالمغرب بالمغرب المغرب مغرب")]
    [InlineData("للشرقاوي", "للشرقاوي لشرقاوي شرقاوي")]
    [InlineData("بوريطة", "بوريطه وريطه")]
    [InlineData("وبوريطة", "وبوريطه بوريطه وريطه")]
    [InlineData("باريس", "باريس اريس")]     // با is no proclitic run: never ريس
    [InlineData("كندا", "كندا ندا")]
    [InlineData("بلد", "بلد")]               // 3 letters stay whole
    [InlineData("Habboub", "habboub")]
    public void Readings_strip_only_grammatical_proclitic_runs(string word, string expected) =>
        Assert.Equal(expected.Split(' '), WordForms.Readings(ArabicNormalizer.Fold(word)));

    [Theory]
    [InlineData("الشرقاوي", true, "شرقاوي")]  // the article goes
    [InlineData("كندا", true, "كندا")]        // a first word keeps its first letters
    [InlineData("بوريطة", true, "بوريطه")]
    [InlineData("لمراقبة", false, "مراقبه")]  // a later word loses its preposition
    [InlineData("El", true, "al")]
    public void Name_forms_strip_the_article_from_a_first_word_and_prepositions_from_the_others(string word, bool first, string expected) =>
        Assert.Equal(expected, WordForms.NameForm(ArabicNormalizer.Fold(word), first));

    [Theory]
    [InlineData("حبوب", 0)]
    [InlineData("مراكش", 0)]      // Arabic: no typo below 6 letters
    [InlineData("بوريطه", 1)]
    [InlineData("فورونكوفي", 2)]
    [InlineData("map", 0)]
    [InlineData("Habboub", 1)]
    [InlineData("Voronkov", 2)]
    public void Edit_bounds_depend_on_length_and_script(string word, int expected) =>
        Assert.Equal(expected, EditDistance.Bound(ArabicNormalizer.Fold(word)));
}
