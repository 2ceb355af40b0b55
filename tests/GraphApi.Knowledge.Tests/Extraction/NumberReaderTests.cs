using GraphApi.Knowledge.Extraction;
using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Tests.Extraction;

public class NumberReaderTests
{
    [Theory]
    [InlineData("207 خلايا", 207)]
    [InlineData("٢٠٧ خلايا", 207)]                  // Arabic-Indic digits
    [InlineData("۲۰۷ خلايا", 207)]                  // Eastern Arabic-Indic digits
    [InlineData("3,535 شخصا", 3535)]                // thousands separator
    [InlineData("٣٬٥٣٥ شخصا", 3535)]                // Arabic thousands separator
    [InlineData("24,6 في المائة", 24.6)]            // Arabic decimal comma (000's ticker)
    [InlineData("1.5 مليون", 1500000)]
    [InlineData("3 آلاف", 3000)]
    [InlineData("خمسمائة مؤامرة", 500)]
    [InlineData("ثلاث مائة مؤامرة", 300)]
    [InlineData("ثلاثة آلاف شخص", 3000)]
    [InlineData("خمسة وعشرون شخصا", 25)]
    [InlineData("ثلاثة عشر شخصا", 13)]
    [InlineData("ألف شخص", 1000)]
    [InlineData("مليونين", 2000000)]
    [InlineData("twenty cells", 20)]
    [InlineData("three thousand people", 3000)]
    public void Reads_digits_separators_scales_and_number_words(string text, double expected)
    {
        var number = NumberReader.Read(ExtractionHarness.Words(text), 0, 10);
        Assert.NotNull(number);
        Assert.Equal((decimal)expected, number.Value.Value);
        Assert.Equal(QuantityQualifier.Exactly, number.Value.Qualifier);
    }

    [Theory]
    [InlineData("أكثر من 200 خلية", QuantityQualifier.MoreThan, 200)]
    [InlineData("أزيد من 200 خلية", QuantityQualifier.MoreThan, 200)]
    [InlineData("بأكثر من 200 خلية", QuantityQualifier.MoreThan, 200)]
    [InlineData("ما يزيد عن 200 خلية", QuantityQualifier.MoreThan, 200)]
    [InlineData("نحو 500 مؤامرة", QuantityQualifier.About, 500)]
    [InlineData("حوالي 500 مؤامرة", QuantityQualifier.About, 500)]
    [InlineData("ما يقارب 500 مؤامرة", QuantityQualifier.About, 500)]
    [InlineData("قرابة خمسمائة مؤامرة", QuantityQualifier.About, 500)]
    [InlineData("ما لا يقل عن 30 شخصا", QuantityQualifier.AtLeast, 30)]
    [InlineData("أقل من 30 شخصا", QuantityQualifier.LessThan, 30)]
    [InlineData("24 أو أقل", QuantityQualifier.AtMost, 24)]
    [InlineData("30 على الأقل", QuantityQualifier.AtLeast, 30)]
    [InlineData("more than 200 cells", QuantityQualifier.MoreThan, 200)]
    [InlineData("nearly 500 plots", QuantityQualifier.About, 500)]
    public void Reads_qualifiers_before_and_after(string text, QuantityQualifier qualifier, int value)
    {
        var number = NumberReader.Read(ExtractionHarness.Words(text), 0, 10);
        Assert.NotNull(number);
        Assert.Equal(qualifier, number.Value.Qualifier);
        Assert.Equal(value, number.Value.Value);
    }

    [Theory]
    [InlineData("الثالثة", 3)]
    [InlineData("ثالثة", 3)]
    [InlineData("third", 3)]
    public void Reads_ordinals_only_when_asked(string text, int value)
    {
        var words = ExtractionHarness.Words(text);
        Assert.Equal(value, NumberReader.Read(words, 0, 1, ordinal: true)!.Value.Value);
        Assert.Null(NumberReader.Read(words, 0, 1));
    }

    [Theory]
    [InlineData("المغرب")]
    [InlineData("أكثر من ذلك")]
    [InlineData("أكثر من")]                       // a qualifier that ends the sentence
    [InlineData("حوالي")]
    [InlineData("نحو الجنوب")]
    public void Words_that_are_not_numbers_are_not_read(string text) =>
        Assert.Null(NumberReader.Read(ExtractionHarness.Words(text), 0, 5));

    [Fact]
    public void No_number_starts_inside_another()
    {
        var words = ExtractionHarness.Words("1,400 people");
        Assert.Equal(1400, NumberReader.Read(words, 0, 3)!.Value.Value);
        Assert.Null(NumberReader.Read(words, 1, 3));
    }
}
