using System.Reflection;
using GraphApi.Knowledge.Extraction;
using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Text;

namespace GraphApi.Knowledge.Tests.Extraction;

/// <summary>
/// The import's table of word readings (<see cref="WordReadings"/>) answers what the lexicons answered when every
/// occurrence of a word was looked up in them again: checked over every word of the seeds' articles against every
/// lexicon set of the extractors and the seeds' metric patterns, each answer worked out here the slow way.
/// </summary>
public sealed class WordReadingsTests
{
    private static readonly FigureExtractor Figures = new(ExtractionHarness.Metrics);

    /// <summary>Every lexicon set of the extractors (static fields of the extraction namespace), by name.</summary>
    private static readonly List<(string Name, FoldedWords Set)> Lexicons =
        [.. typeof(FoldedWords).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(FoldedWords).Namespace)
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
                .Where(f => f.FieldType == typeof(FoldedWords))
                .Select(f => ($"{t.Name}.{f.Name}", (FoldedWords)f.GetValue(null)!)))];

    /// <summary>The distinct folded words of the seeds' article bodies.</summary>
    private static readonly List<string> SeedWords =
        [.. Directory.GetFiles(Path.Combine(RepositoryPaths.Seeds, "sources"), "*.txt")
            .Select(File.ReadAllText)
            .SelectMany(text =>
            {
                using var words = new ArticleText(text, BodyExtractor.Extract(text).Body, [], new Dictionary<string, Entity>(), new WordReadings());
                return Enumerable.Range(0, words.Count).Select(i => words.Folded(i).ToString()).ToList();
            })
            .Distinct(StringComparer.Ordinal)];

    [Fact]
    public void The_seeds_hold_enough_words_and_lexicons_to_check()
    {
        Assert.True(SeedWords.Count > 1000, $"{SeedWords.Count} distinct words");
        Assert.True(Lexicons.Count > 40, $"{Lexicons.Count} lexicon sets");
        Assert.Contains(Lexicons, l => l.Name == "SpeechLexicon.Verbs");
    }

    [Fact]
    public void Memberships_are_those_of_the_lexicons_looked_up_reading_by_reading()
    {
        var table = new WordReadings(Figures);
        var wrong = new List<string>();
        var members = 0;
        foreach (var word in SeedWords)
        {
            var reading = table.Of(word);
            foreach (var (name, set) in Lexicons)
            {
                var any = Readings(word).Any(r => set.Contains(r));
                var bare = set.Contains(word) || (word.Length > 2 && word[0] is 'و' or 'ف' && set.Contains(word.AsSpan(1)));
                members += any ? 1 : 0;
                if (WordReading.Is(set, word, reading.Suffixes, reading.Any) != any || (set.Bit != 0 && ((reading.Bare & set.Bit) != 0) != bare))
                {
                    wrong.Add($"{word} in {name}: any {any}, bare {bare}");
                }
            }
        }

        Assert.Empty(wrong);
        Assert.True(members > 200, $"{members} memberships: the check must meet lexicon words, not only misses");
    }

    [Fact]
    public void Readings_are_the_word_and_the_word_without_its_proclitics()
    {
        var wrong = SeedWords.Where(w => !new WordReadings().Of(w).Suffixes.Select(o => w[o..]).SequenceEqual(Readings(w))).ToList();
        Assert.Empty(wrong);
        Assert.Equal([0, 1, 2], new WordReadings().Of(ArabicNormalizer.Fold("وفككت")).Suffixes);
        Assert.Equal([0, 1], new WordReadings().Of(ArabicNormalizer.Fold("وفي")).Suffixes);
        Assert.Equal([0, 1, 2], new WordReadings().Of(ArabicNormalizer.Fold("للامن")).Suffixes); // never من
    }

    [Theory]
    [InlineData("2015", 0)]
    [InlineData("ب2015", 1)]
    [InlineData("الـ16", 2)]
    [InlineData("٢٠٧", 0)]
    [InlineData("وال16", -1)] // three proclitics before digits: not a number
    [InlineData("16م", -1)]
    [InlineData("وب", -1)]
    [InlineData("خلية", -1)]
    public void Digits_start_after_at_most_two_proclitics(string word, int start) =>
        Assert.Equal(start, new WordReadings().Of(ArabicNormalizer.Fold(word)).DigitsStart);

    [Fact]
    public void Figure_patterns_are_those_whose_first_element_a_reading_can_start()
    {
        var patterns = ExtractionHarness.Metrics.Metrics.SelectMany(m => m.Patterns).ToList();
        var table = new WordReadings(Figures);
        var wrong = new List<string>();
        var starts = 0;
        foreach (var word in SeedWords)
        {
            var reading = table.Of(word);
            var expected = patterns.Select((p, i) => (p, i)).Where(x => x.p.Elements[0] switch
            {
                WordElement first => ProcliticReadings(word).Any(r => first.Forms.Any(f =>
                    f.Prefix ? r.Length >= 3 && r[..3] == f.Folded[..3] : r == f.Folded)),
                _ => reading.MayStartNumber,
            }).Select(x => x.i).Order();
            starts += reading.FigurePatterns.Length;
            var countsAlone = Readings(word).Any(r => patterns.SelectMany(p => p.Elements.OfType<WordElement>()).SelectMany(e => e.Forms).Any(f => f.CountAlone is not null && f.Folded == r));
            if (!reading.FigurePatterns.Order().SequenceEqual(expected) || reading.FigurePatterns.Distinct().Count() != reading.FigurePatterns.Length
                || reading.MayHoldFigure != (reading.MayStartNumber || countsAlone))
            {
                wrong.Add(word);
            }
        }

        Assert.Empty(wrong);
        Assert.True(starts > 100, $"{starts} pattern starts: the check must meet pattern words");
    }

    [Fact]
    public void A_word_is_read_once_and_its_reading_shared()
    {
        var table = new WordReadings(Figures);
        var first = table.Of(ArabicNormalizer.Fold("وأكدت"));
        Assert.Same(first, table.Of(ArabicNormalizer.Fold("وأكدت")));
        Assert.Equal(1, table.Count);
        Assert.True((first.Bare & SpeechLexicon.Verbs.Bit) != 0);
    }

    [Fact]
    public void Past_its_capacity_the_table_reads_new_words_without_keeping_them()
    {
        var table = new WordReadings(Figures, capacity: 2);
        foreach (var word in new[] { "قال", "أكد", "خلية", "2015" })
        {
            Assert.Equal(WordReading.Read(ArabicNormalizer.Fold(word), Figures).Any, table.Of(ArabicNormalizer.Fold(word)).Any);
        }

        Assert.Equal(2, table.Count);
        Assert.NotSame(table.Of("2015"), table.Of("2015"));
        Assert.Equal(0, table.Of("2015").DigitsStart);
    }

    [Fact]
    public void The_figure_extractor_only_reads_articles_read_for_its_patterns()
    {
        const string Text = "فككت 12 خلية";
        using var words = new ArticleText(Text, [new TextSpan(0, Text.Length)], [], new Dictionary<string, Entity>(), new WordReadings());
        Assert.Throws<ArgumentException>(() => Figures.Extract(words, 2020));
    }

    /// <summary>The word, then without each leading proclitic (و ف ب ك ل ا), up to three, keeping three letters (two after a lone و or ف).</summary>
    private static IEnumerable<string> Readings(string word)
    {
        yield return word;
        for (var k = 1; k <= 3 && word.Length - k >= 2 && "وفبكلا".Contains(word[k - 1], StringComparison.Ordinal); k++)
        {
            if (word.Length - k >= 3 || (k == 1 && word[0] is 'و' or 'ف'))
            {
                yield return word[k..];
            }
        }
    }

    /// <summary>The readings figure patterns are indexed by: the word without each leading proclitic, up to three, whatever is left.</summary>
    private static IEnumerable<string> ProcliticReadings(string word)
    {
        for (var k = 0; k < word.Length && k < 4 && (k == 0 || "وفبكلا".Contains(word[k - 1], StringComparison.Ordinal)); k++)
        {
            yield return word[k..];
        }
    }
}
