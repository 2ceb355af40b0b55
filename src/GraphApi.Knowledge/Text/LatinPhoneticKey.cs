using System.Text;

namespace GraphApi.Knowledge.Text;

/// <summary>
/// A coarse phonetic key for Latin transliterations of Arabic names, used by search:
/// ou → u (Boudden/Budden), ch → sh (Cherkaoui/Sherkaoui), doubled letters collapsed (Habboub/Haboub, Boudden/Bouden).
/// Variants it cannot reach are curated aliases.
/// </summary>
public static class LatinPhoneticKey
{
    public static string For(string word)
    {
        var folded = ArabicNormalizer.Fold(word)
            .Replace("ou", "u", StringComparison.Ordinal)
            .Replace("ch", "sh", StringComparison.Ordinal);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (builder.Length == 0 || builder[^1] != c)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>True when the word is made of ASCII letters and digits only, so a Latin key applies.</summary>
    public static bool IsLatin(string word) => word.Length > 0 && word.All(char.IsAsciiLetterOrDigit);
}
