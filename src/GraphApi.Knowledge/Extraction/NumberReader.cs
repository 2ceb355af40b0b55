using System.Globalization;
using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Extraction;

/// <summary>
/// Reads a number at a word of an article: Western or Arabic-Indic digits (already folded to ASCII), thousands
/// separators (3,535 · ٣٬٥٣٥), decimal commas and points (24,6 · 24.6), a scale word (3 آلاف، 1.5 مليون), or number
/// words (خمسمائة، ثلاثة آلاف، خمسة وعشرون، twenty), preceded by a qualifier (أكثر من، حوالي) and followed by one
/// (أو أكثر). Ordinals (ثالثة) are read only when asked for.
/// </summary>
internal static class NumberReader
{
    /// <summary>Words a number expression can start with: qualifiers and number words (digits are checked apart).</summary>
    private static readonly FoldedWords StartWords = new(
        QualifierPhrases.FirstWords.Words.Concat(NumberWords.Units.Keys).Concat(NumberWords.Tens.Keys).Concat(NumberWords.Hundreds.Keys).Concat(NumberWords.Scales.Keys));

    private static readonly FoldedWords OrdinalWords = new(NumberWords.Ordinals.Keys.Concat(QualifierPhrases.FirstWords.Words));

    /// <summary>Whether a number expression (or an ordinal) may start at word <paramref name="index"/>: a cheap test before <see cref="Read"/>.</summary>
    public static bool MayStart(ArticleText text, int index) => text.ReadingOf(index).MayStartNumber;

    /// <summary>Whether a number word, an ordinal or a qualifier may start at a word (its readings <paramref name="suffixes"/>, in the sets <paramref name="any"/>); digits are checked apart.</summary>
    public static bool MayStartWord(ReadOnlySpan<char> folded, int[] suffixes, ulong any) =>
        WordReading.Is(StartWords, folded, suffixes, any) || WordReading.Is(OrdinalWords, folded, suffixes, any);

    public static NumberExpression? Read(ArticleText text, int index, int end, bool ordinal = false)
    {
        end = Math.Min(end, text.Count);
        if (index >= end || !(Digits(text, index).Length > 0 || text.Is(index, ordinal ? OrdinalWords : StartWords)))
        {
            return null;
        }

        var qualifier = QuantityQualifier.Exactly;
        var first = index;
        if (QualifierPhrases.Match(text, index, end, QualifierPhrases.Before) is { } before)
        {
            qualifier = before.Qualifier;
            index += before.Length;
            if (index >= end)
            {
                return null;
            }
        }

        var core = ordinal ? ReadOrdinal(text, index, end) : ReadDigits(text, index, end) ?? ReadWords(text, index, end);
        if (core is not { } number)
        {
            return null;
        }

        var last = number.End;
        if (qualifier == QuantityQualifier.Exactly && QualifierPhrases.Match(text, last, end, QualifierPhrases.After) is { } after)
        {
            qualifier = after.Qualifier;
            last += after.Length;
        }

        return new NumberExpression(first, index, last, number.Value, qualifier, Spelled: number.Spelled);
    }

    /// <summary>A trailing qualifier at <paramref name="index"/> (after the counted noun: 24 ساعة أو أقل).</summary>
    public static (int Length, QuantityQualifier Qualifier)? TrailingQualifier(ArticleText text, int index, int end) =>
        QualifierPhrases.Match(text, index, Math.Min(end, text.Count), QualifierPhrases.After);

    /// <summary>A four-digit year 1900–2100 at word <paramref name="index"/>.</summary>
    public static int? Year(ArticleText text, int index)
    {
        if (index >= text.Count)
        {
            return null;
        }

        var digits = Digits(text, index);
        return digits.Length == 4 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2100
            ? year
            : null;
    }

    private static (int End, decimal Value, bool Spelled)? ReadDigits(ArticleText text, int index, int end)
    {
        var digits = Digits(text, index);
        if (digits.Length == 0 || (index > 0 && Glue(text, index) is not null && Digits(text, index - 1).Length > 0))
        {
            // No number starts inside another (the 400 of 1,400).
            return null;
        }

        var value = decimal.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        var next = index + 1;
        var fraction = false;
        while (next < end && Glue(text, next) is { } glue && Digits(text, next) is { Length: > 0 } group && group.Length == text.Folded(next).Length)
        {
            if (glue is ',' or '٬' && group.Length == 3 && !fraction)
            {
                value = (value * 1000) + decimal.Parse(group, NumberStyles.None, CultureInfo.InvariantCulture);
            }
            else if (glue is ',' or '.' or '٫' && !fraction)
            {
                value += decimal.Parse(group, NumberStyles.None, CultureInfo.InvariantCulture) / (decimal)Math.Pow(10, group.Length);
                fraction = true;
            }
            else
            {
                break;
            }

            next++;
        }

        if (next < end && NumberWords.ScalesBySpelling.TryGetValue(Conjunctionless(text.Folded(next)), out var scale) && scale.Multiplier > 0)
        {
            value *= scale.Multiplier;
            next++;
        }

        return (next, value, false);
    }

    private static (int End, decimal Value, bool Spelled)? ReadWords(ArticleText text, int index, int end)
    {
        decimal total = 0;
        decimal current = 0;
        var i = index;
        var read = false;
        while (i < end)
        {
            var word = text.Folded(i);
            if (read && word is "و" && i + 1 < end)
            {
                i++;
                continue;
            }

            var bare = read ? Conjunctionless(word) : word;
            if (NumberWords.UnitsBySpelling.TryGetValue(bare, out var unit))
            {
                if (i + 1 < end && text.Folded(i + 1) is "عشر" or "عشره" && unit < 10)
                {
                    current += unit + 10;
                    i += 2;
                }
                else
                {
                    current += unit;
                    i++;
                }
            }
            else if (NumberWords.TensBySpelling.TryGetValue(bare, out var tens))
            {
                current += tens;
                i++;
            }
            else if (NumberWords.HundredsBySpelling.TryGetValue(bare, out var hundreds))
            {
                current = hundreds == 100 && current is > 0 and < 10 ? current * 100 : current + hundreds;
                i++;
            }
            else if (NumberWords.ScalesBySpelling.TryGetValue(bare, out var scale))
            {
                total += current == 0 || scale.Multiplier == 0 ? scale.Alone : current * scale.Multiplier;
                current = 0;
                i++;
            }
            else
            {
                break;
            }

            read = true;
        }

        return read ? (i, total + current, true) : null;
    }

    private static readonly FoldedWords OrdinalsOnly = new(NumberWords.Ordinals.Keys);

    private static (int End, decimal Value, bool Spelled)? ReadOrdinal(ArticleText text, int index, int end) =>
        index < end && text.Reading(index, OrdinalsOnly) is { } ordinal ? (index + 1, NumberWords.Ordinals[ordinal], true) : null;

    /// <summary>The single separator character glued between word <paramref name="next"/> and the one before (3,535), or null.</summary>
    private static char? Glue(ArticleText text, int next)
    {
        var gapStart = text[next - 1].End;
        var gapEnd = text[next].Start;
        return gapEnd - gapStart == 1 ? text.Text[gapStart] : null;
    }

    /// <summary>The digits of word <paramref name="index"/>, after a proclitic such as ب or ال (الـ16 → 16); empty when it is not a number.</summary>
    private static ReadOnlySpan<char> Digits(ArticleText text, int index) =>
        text.ReadingOf(index).DigitsStart is >= 0 and var start ? text.Folded(index)[start..] : [];

    /// <summary>Where a folded word's digits start, after at most two proclitic letters (الـ16 → 2); -1 when it is not a number.</summary>
    public static int DigitsStart(ReadOnlySpan<char> folded)
    {
        var start = 0;
        while (start < folded.Length && !char.IsAsciiDigit(folded[start]))
        {
            if (folded[start] is not ('و' or 'ف' or 'ب' or 'ل' or 'ك' or 'ا'))
            {
                return -1;
            }

            start++;
        }

        for (var i = start; i < folded.Length; i++)
        {
            if (!char.IsAsciiDigit(folded[i]))
            {
                return -1;
            }
        }

        return start > 2 || start == folded.Length ? -1 : start;
    }

    private static ReadOnlySpan<char> Conjunctionless(ReadOnlySpan<char> folded) =>
        folded.Length > 3 && folded[0] == 'و' ? folded[1..] : folded;
}
