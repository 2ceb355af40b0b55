namespace GraphApi.Knowledge.Extraction;

/// <summary>
/// What the extractors ask of one distinct folded word, answered once for all its occurrences (<see cref="WordReadings"/>):
/// where its readings start (the word itself and without up to three proclitics), the lexicon sets its readings belong
/// to, its digits, whether a number may start at it, and which figure patterns it may start. Before, every occurrence
/// of a word looked itself up again, reading by reading, in each lexicon it was asked about.
/// </summary>
internal sealed class WordReading
{
    /// <summary>A word is read as itself and without up to three leading proclitic letters (و ف ب ك ل ا).</summary>
    public const int MaxSuffixes = 4;

    /// <summary>What is left of a word after its proclitics must have at least this many letters.</summary>
    private const int MinimumReading = 2;

    /// <summary>The reading offsets of every word, by the set of offsets (bit k: a reading starts after k letters), shared.</summary>
    private static readonly int[][] OffsetsByMask = [.. Enumerable.Range(0, 1 << MaxSuffixes)
        .Select(mask => Enumerable.Range(0, MaxSuffixes).Where(k => (mask & (1 << k)) != 0).ToArray())];

    private WordReading(int version, int[] suffixes, ulong any, ulong bare)
    {
        (Version, Suffixes, Any, Bare) = (version, suffixes, any, bare);
    }

    /// <summary>The <see cref="FoldedWords.Version"/> its memberships were read at: a lexicon registered since makes them stale.</summary>
    public int Version { get; }

    /// <summary>
    /// Where the word's readings start: 0, then after each leading proclitic letter (وفككت → وفككت، فككت، ككت), so a
    /// lexicon or pattern word written as it is spelt (فكك*، الماضية، أن) is found whatever proclitics the article adds.
    /// Unlike the linker's keys, no reading is preferred: a reading only has to be one of the word's suffixes.
    /// </summary>
    public int[] Suffixes { get; }

    /// <summary>The bits (<see cref="FoldedWords.Bit"/>) of the lexicon sets that hold one of the word's readings.</summary>
    public ulong Any { get; }

    /// <summary>The bits of the sets that hold the word as written, or after a conjunction (و، ف).</summary>
    public ulong Bare { get; }

    /// <summary>Where the word's digits start (after a proclitic such as ب or ال: الـ16 → 16), or -1 when it is not a number.</summary>
    public int DigitsStart { get; private init; } = -1;

    /// <summary>Whether a number expression (or an ordinal) may start at the word: digits, a number word or a qualifier.</summary>
    public bool MayStartNumber { get; private init; }

    /// <summary>The patterns of the table's <see cref="FigureExtractor"/> the word may start, in the order they are tried.</summary>
    public int[] FigurePatterns { get; private init; } = [];

    /// <summary>Whether the word may hold what a figure pattern's slot reads: a number, or a form that counts alone (شهرين).</summary>
    public bool MayHoldFigure { get; private init; }

    /// <summary>Whether one of the readings (<paramref name="suffixes"/> of <paramref name="folded"/>, members of the sets <paramref name="any"/>) is in <paramref name="set"/>.</summary>
    public static bool Is(FoldedWords set, ReadOnlySpan<char> folded, int[] suffixes, ulong any)
    {
        if (set.Bit != 0)
        {
            return (any & set.Bit) != 0;
        }

        foreach (var offset in suffixes)
        {
            if (set.Contains(folded[offset..]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads <paramref name="folded"/> against every lexicon, and against the patterns of <paramref name="figures"/> if given.</summary>
    public static WordReading Read(ReadOnlySpan<char> folded, FigureExtractor? figures)
    {
        // The version is taken before the bits: a set registering meanwhile leaves this reading stale, never wrongly fresh.
        var version = FoldedWords.Version;
        var suffixes = OffsetsByMask[SuffixMask(folded)];
        ulong any = 0, bare = 0;
        foreach (var offset in suffixes)
        {
            var bits = FoldedWords.BitsOf(folded[offset..]);
            any |= bits;
            if (offset == 0 || (offset == 1 && folded.Length > 2 && folded[0] is 'و' or 'ف'))
            {
                bare |= bits;
            }
        }

        var digits = NumberReader.DigitsStart(folded);
        var number = digits >= 0 || NumberReader.MayStartWord(folded, suffixes, any);
        var patterns = figures?.PatternsStartingWith(folded, number) ?? [];
        return new WordReading(version, suffixes, any, bare)
        {
            DigitsStart = digits,
            MayStartNumber = number,
            FigurePatterns = patterns,
            MayHoldFigure = number || (figures?.CountsAlone(folded, suffixes) ?? false),
        };
    }

    private static int SuffixMask(ReadOnlySpan<char> folded)
    {
        var mask = 1;
        for (var k = 1; k < MaxSuffixes && folded.Length - k >= MinimumReading && IsProcliticLetter(folded[k - 1]); k++)
        {
            // A two-letter reading (في، من، أن) is only a conjunction away: وفي is في, but للامن is not من.
            if (folded.Length - k >= 3 || (k == 1 && folded[0] is 'و' or 'ف'))
            {
                mask |= 1 << k;
            }
        }

        return mask;
    }

    private static bool IsProcliticLetter(char c) => c is 'و' or 'ف' or 'ب' or 'ك' or 'ل' or 'ا';
}
