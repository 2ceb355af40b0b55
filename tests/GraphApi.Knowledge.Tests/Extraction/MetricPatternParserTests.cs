using GraphApi.Knowledge.Extraction;

namespace GraphApi.Knowledge.Tests.Extraction;

public class MetricPatternParserTests
{
    [Fact]
    public void Parses_words_alternatives_prefixes_slots_and_gaps()
    {
        var (pattern, error) = MetricPatternParser.Parse("تفكيك* ...12 {n} خلية|خلايا", "ar");
        Assert.Null(error);
        Assert.Collection(
            pattern!.Elements,
            e => Assert.True(Assert.IsType<WordElement>(e).Forms.Single().Prefix),
            e => Assert.Equal(12, Assert.IsType<GapElement>(e).Max),
            e => Assert.False(Assert.IsType<NumberSlot>(e).Optional),
            e => Assert.Equal(["خليه", "خلايا"], Assert.IsType<WordElement>(e).Forms.Select(f => f.Folded)));
        Assert.Equal(2, pattern.SlotIndex);
    }

    [Fact]
    public void An_optional_number_needs_the_count_of_its_lone_nouns()
    {
        var (pattern, _) = MetricPatternParser.Parse("تتبع خلية ... {n?} شهر:1|شهرين:2|أشهر", "ar");
        var noun = Assert.IsType<WordElement>(pattern!.Elements[^1]);
        Assert.Equal([1, 2, null], noun.Forms.Select(f => f.CountAlone));
        Assert.Contains("lone forms", MetricPatternParser.Parse("تتبع {n?} أشهر", "ar").Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("خلية خلايا", "exactly one number slot")]
    [InlineData("{n} خلية {n}", "exactly one number slot")]
    [InlineData("{n}", "needs a word besides the number")]
    [InlineData("{x} خلية", "unknown slot '{x}'")]
    [InlineData("... {n} خلية", "a gap must stand between two elements")]
    [InlineData("{n} خلية ...", "a gap must stand between two elements")]
    [InlineData("فكك ... ... {n} خلية", "a gap must stand between two elements")]
    [InlineData("فكك ...99 {n} خلية", "is not a gap")]
    [InlineData("فك* {n} خلية", "a prefix needs at least 3 letters")]
    [InlineData("فكك {n} خلية|", "is not a word")]
    [InlineData("فكك {n} خلية:0", "the count after ':'")]
    public void Bad_patterns_say_what_is_wrong(string text, string expected)
    {
        var (pattern, error) = MetricPatternParser.Parse(text, "ar");
        Assert.Null(pattern);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.StartsWith($"pattern \"{text}\"", error, StringComparison.Ordinal);
    }
}
