using System.Globalization;
using GraphApi.Knowledge.Text;

namespace GraphApi.Knowledge.Extraction;

/// <summary>
/// Parses the pattern syntax of <c>knowledge/metrics.yaml</c>: words separated by spaces; <c>a|b</c> alternative
/// spellings; <c>word*</c> any word starting so; <c>noun:2</c> the count a noun stands for alone; <c>{n}</c>,
/// <c>{n?}</c>, <c>{nth}</c> the number; <c>...</c> or <c>...N</c> a gap. Words are matched folded and with or without
/// their proclitics, as the linker matches names.
/// </summary>
public static class MetricPatternParser
{
    /// <summary>The gap <c>...</c> stands for at most this many words.</summary>
    public const int DefaultGap = 6;

    /// <summary>The longest gap a pattern may ask for.</summary>
    public const int MaxGap = 15;

    /// <summary>The pattern, or the reason it is not one (for an error naming file and line).</summary>
    public static (MetricPattern? Pattern, string? Error) Parse(string text, string language)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var elements = new List<PatternElement>();
        foreach (var part in parts)
        {
            var (element, error) = ParsePart(part);
            if (element is null)
            {
                return (null, $"pattern \"{text}\": {error}");
            }

            if (element is GapElement && (elements.Count == 0 || elements[^1] is GapElement))
            {
                return (null, $"pattern \"{text}\": a gap must stand between two elements");
            }

            elements.Add(element);
        }

        var slots = elements.Count(e => e is NumberSlot);
        if (slots != 1)
        {
            return (null, $"pattern \"{text}\": needs exactly one number slot {{n}}, {{n?}} or {{nth}} (found {slots})");
        }

        if (elements[^1] is GapElement)
        {
            return (null, $"pattern \"{text}\": a gap must stand between two elements");
        }

        if (elements.Count == 1)
        {
            return (null, $"pattern \"{text}\": needs a word besides the number (the counted noun, or the verb or noun around it)");
        }

        var slotIndex = elements.FindIndex(e => e is NumberSlot);
        if (elements[slotIndex] is NumberSlot { Optional: true }
            && (slotIndex + 1 >= elements.Count || elements[slotIndex + 1] is not WordElement noun || noun.Forms.All(f => f.CountAlone is null)))
        {
            return (null, $"pattern \"{text}\": {{n?}} must be followed by the counted noun with the count of its lone forms (شهر:1|شهرين:2|أشهر)");
        }

        return (new MetricPattern(text, language, elements), null);
    }

    private static (PatternElement? Element, string? Error) ParsePart(string part)
    {
        switch (part)
        {
            case "{n}":
                return (new NumberSlot(Optional: false, Ordinal: false), null);
            case "{n?}":
                return (new NumberSlot(Optional: true, Ordinal: false), null);
            case "{nth}":
                return (new NumberSlot(Optional: false, Ordinal: true), null);
        }

        if (part.StartsWith("...", StringComparison.Ordinal))
        {
            var digits = part[3..];
            if (digits.Length == 0)
            {
                return (new GapElement(DefaultGap), null);
            }

            return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var max) && max is >= 1 and <= MaxGap
                ? (new GapElement(max), null)
                : (null, $"'{part}' is not a gap (... or ...N with N from 1 to {MaxGap})");
        }

        if (part.StartsWith('{'))
        {
            return (null, $"unknown slot '{part}' (expected {{n}}, {{n?}} or {{nth}})");
        }

        var forms = new List<WordForm>();
        foreach (var alternative in part.Split('|'))
        {
            var word = alternative;
            int? count = null;
            var colon = word.LastIndexOf(':');
            if (colon > 0)
            {
                if (!int.TryParse(word[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1)
                {
                    return (null, $"'{alternative}': the count after ':' must be a whole number from 1");
                }

                count = n;
                word = word[..colon];
            }

            var prefix = word.EndsWith('*');
            if (prefix)
            {
                word = word[..^1];
            }

            var folded = ArabicNormalizer.Fold(word);
            if (folded.Length == 0 || !folded.All(char.IsLetterOrDigit))
            {
                return (null, $"'{alternative}' is not a word (letters only, with an optional * or :N at the end)");
            }

            if (prefix && folded.Length < 3)
            {
                return (null, $"'{alternative}': a prefix needs at least 3 letters");
            }

            forms.Add(new WordForm(folded, prefix, count));
        }

        return (new WordElement(forms), null);
    }
}
