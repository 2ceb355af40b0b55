using System.Globalization;
using System.Text;

namespace GraphApi.Knowledge.Text;

/// <summary>
/// A plain Latin rendering of an Arabic name, in the Maghrebi French-based habit of the corpus (ش ch, و ou, ج j),
/// for the id and provisional English name of an accepted candidate. Arabic script writes no short vowels, so the
/// result is a skeleton (حموشي → hmouchi) that a reviewer corrects; Latin text passes through unchanged.
/// </summary>
public static class ArabicTransliterator
{
    private static readonly Dictionary<char, string> Letters = new()
    {
        ['ا'] = "a", ['أ'] = "a", ['إ'] = "i", ['آ'] = "a", ['ٱ'] = "a", ['ب'] = "b", ['ت'] = "t", ['ث'] = "th", ['ج'] = "j",
        ['ح'] = "h", ['خ'] = "kh", ['د'] = "d", ['ذ'] = "dh", ['ر'] = "r", ['ز'] = "z", ['س'] = "s", ['ش'] = "ch", ['ص'] = "s",
        ['ض'] = "d", ['ط'] = "t", ['ظ'] = "z", ['ع'] = "a", ['غ'] = "gh", ['ف'] = "f", ['ق'] = "k", ['ك'] = "k", ['ل'] = "l",
        ['م'] = "m", ['ن'] = "n", ['ه'] = "h", ['ة'] = "a", ['ى'] = "a", ['ء'] = string.Empty, ['ئ'] = string.Empty, ['ؤ'] = "ou",
        ['پ'] = "p", ['ڤ'] = "v", ['گ'] = "g", ['ک'] = "k", ['ی'] = "i",
    };

    /// <summary>The name in Latin letters, words title-cased (عبد الحق الخيام → Abd Elhak Elkhiam).</summary>
    public static string ToLatin(string name)
    {
        var words = new List<string>();
        foreach (var word in name.Split([' ', '\u00A0', '-', '_'], StringSplitOptions.RemoveEmptyEntries))
        {
            var latin = Word(word);
            if (latin.Length > 0)
            {
                words.Add(char.ToUpperInvariant(latin[0]) + latin[1..]);
            }
        }

        return string.Join(' ', words);
    }

    /// <summary>A lowercase slug of letters, digits and hyphens (for <c>kind/slug</c> ids); "name" when nothing is left.</summary>
    public static string ToSlug(string name)
    {
        var builder = new StringBuilder();
        foreach (var c in ToLatin(name).ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(c);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        return slug.Length == 0 ? "name" : slug;
    }

    private static string Word(string word)
    {
        var builder = new StringBuilder();
        var arabic = word.Any(c => c is >= '\u0600' and <= '\u06FF');
        if (!arabic)
        {
            return word;
        }

        var letters = word.Where(c => ArabicNormalizer.FoldChar(c) != '\0' || c is 'أ' or 'إ' or 'آ').ToArray();
        for (var i = 0; i < letters.Length; i++)
        {
            var c = letters[i];
            var first = i == 0;
            if (first && c == 'ا' && i + 1 < letters.Length && letters[i + 1] == 'ل' && letters.Length > 3)
            {
                builder.Append("el");
                i++;
                continue;
            }

            var latin = c switch
            {
                'و' => first ? "w" : "ou",
                'ي' => first ? "y" : "i",
                _ => Letters.GetValueOrDefault(c, char.IsAsciiLetterOrDigit(c) ? c.ToString() : string.Empty),
            };
            if (latin.Length > 0 && builder.Length > 0 && builder[^1] == latin[^1] && latin.Length == 1 && !"aiou".Contains(latin[0], StringComparison.Ordinal))
            {
                continue;
            }

            builder.Append(latin);
        }

        return builder.ToString();
    }
}
