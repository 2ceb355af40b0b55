using System.Collections.Frozen;
using GraphApi.Knowledge.Text;

namespace GraphApi.Knowledge.Extraction;

/// <summary>
/// The common Arabic and English number words, folded: units, teens (ثلاثة عشر), tens, hundreds (written as one word,
/// ثلاثمائة, or two, ثلاث مائة), scales (ألف، آلاف، مليون، ملايين، مليار) and the ordinals first to tenth.
/// </summary>
internal static class NumberWords
{
    public static readonly FrozenDictionary<string, int> Units = Folded(new()
    {
        ["واحد"] = 1, ["واحدة"] = 1, ["أحد"] = 1, ["إحدى"] = 1,
        ["اثنان"] = 2, ["اثنين"] = 2, ["اثنتان"] = 2, ["اثنتين"] = 2,
        ["ثلاث"] = 3, ["ثلاثة"] = 3, ["أربع"] = 4, ["أربعة"] = 4, ["خمس"] = 5, ["خمسة"] = 5,
        ["ست"] = 6, ["ستة"] = 6, ["سبع"] = 7, ["سبعة"] = 7, ["ثمان"] = 8, ["ثماني"] = 8, ["ثمانية"] = 8,
        ["تسع"] = 9, ["تسعة"] = 9, ["عشر"] = 10, ["عشرة"] = 10,
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16,
        ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
    });

    public static readonly FrozenDictionary<string, int> Tens = Folded(new()
    {
        ["عشرون"] = 20, ["عشرين"] = 20, ["ثلاثون"] = 30, ["ثلاثين"] = 30, ["أربعون"] = 40, ["أربعين"] = 40,
        ["خمسون"] = 50, ["خمسين"] = 50, ["ستون"] = 60, ["ستين"] = 60, ["سبعون"] = 70, ["سبعين"] = 70,
        ["ثمانون"] = 80, ["ثمانين"] = 80, ["تسعون"] = 90, ["تسعين"] = 90,
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    });

    public static readonly FrozenDictionary<string, int> Hundreds = Folded(new()
    {
        ["مائة"] = 100, ["مئة"] = 100, ["مائتان"] = 200, ["مائتين"] = 200, ["مئتان"] = 200, ["مئتين"] = 200,
        ["ثلاثمائة"] = 300, ["ثلاثمئة"] = 300, ["أربعمائة"] = 400, ["أربعمئة"] = 400, ["خمسمائة"] = 500, ["خمسمئة"] = 500,
        ["ستمائة"] = 600, ["ستمئة"] = 600, ["سبعمائة"] = 700, ["سبعمئة"] = 700, ["ثمانمائة"] = 800, ["ثمانمئة"] = 800,
        ["تسعمائة"] = 900, ["تسعمئة"] = 900, ["hundred"] = 100,
    });

    /// <summary>Scale words: the value they stand for alone (ألف = 1000, ألفان = 2000), and whether they multiply what precedes.</summary>
    public static readonly FrozenDictionary<string, (decimal Alone, decimal Multiplier)> Scales =
        new Dictionary<string, (decimal, decimal)>
        {
            ["ألف"] = (1_000, 1_000), ["ألفا"] = (1_000, 1_000), ["آلاف"] = (1_000, 1_000), ["ألفان"] = (2_000, 0), ["ألفين"] = (2_000, 0),
            ["مليون"] = (1_000_000, 1_000_000), ["ملايين"] = (1_000_000, 1_000_000), ["مليونان"] = (2_000_000, 0), ["مليونين"] = (2_000_000, 0),
            ["مليار"] = (1_000_000_000, 1_000_000_000), ["مليارات"] = (1_000_000_000, 1_000_000_000),
            ["thousand"] = (1_000, 1_000), ["thousands"] = (1_000, 1_000), ["million"] = (1_000_000, 1_000_000), ["millions"] = (1_000_000, 1_000_000),
            ["billion"] = (1_000_000_000, 1_000_000_000),
        }.ToFrozenDictionary(p => ArabicNormalizer.Fold(p.Key), p => p.Value, StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, int> Ordinals = Folded(new()
    {
        ["أول"] = 1, ["أولى"] = 1, ["ثاني"] = 2, ["ثانية"] = 2, ["ثالث"] = 3, ["ثالثة"] = 3, ["رابع"] = 4, ["رابعة"] = 4,
        ["خامس"] = 5, ["خامسة"] = 5, ["سادس"] = 6, ["سادسة"] = 6, ["سابع"] = 7, ["سابعة"] = 7, ["ثامن"] = 8, ["ثامنة"] = 8,
        ["تاسع"] = 9, ["تاسعة"] = 9, ["عاشر"] = 10, ["عاشرة"] = 10,
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7, ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10,
    });

    /// <summary>The same words looked up by the spans of an article's folded words, without a string per word.</summary>
    public static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> UnitsBySpelling = Units.GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> TensBySpelling = Tens.GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> HundredsBySpelling = Hundreds.GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly FrozenDictionary<string, (decimal Alone, decimal Multiplier)>.AlternateLookup<ReadOnlySpan<char>> ScalesBySpelling = Scales.GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenDictionary<string, int> Folded(Dictionary<string, int> words) =>
        words.ToFrozenDictionary(p => ArabicNormalizer.Fold(p.Key), p => p.Value, StringComparer.Ordinal);
}
