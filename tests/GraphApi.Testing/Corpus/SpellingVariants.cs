using System.Text;

namespace GraphApi.Testing.Corpus;

/// <summary>
/// Spells an Arabic name the way articles do, with the variations the importer's folding must absorb
/// (see ArabicNormalizer): a proclitic on the first word (و ب ل, ال, or لل for ل + ال), final ى for ي and ه for ة,
/// hamza on an initial alef (أ إ), ؤ and ئ swapped, scattered harakat, and the odd tatweel.
/// </summary>
public static class SpellingVariants
{
    private const string Article = "ال";
    private static readonly string[] Harakat = ["\u064E", "\u064F", "\u0650", "\u0651", "\u0652"];

    public static string Vary(string name, Random random)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = VaryLetters(words[i], random);
        }

        if (words.Length > 0 && random.NextDouble() < 0.35)
        {
            words[0] = AddProclitic(words[0], random);
        }

        return string.Join(' ', words);
    }

    private static string AddProclitic(string word, Random random)
    {
        if (word.StartsWith(Article, StringComparison.Ordinal))
        {
            return random.Next(3) switch
            {
                0 => "و" + word,
                1 => "ب" + word,
                _ => "لل" + word[Article.Length..],
            };
        }

        return random.Next(4) switch
        {
            0 => "و" + word,
            1 => "ب" + word,
            2 => "ل" + word,
            _ => "وب" + word,
        };
    }

    private static string VaryLetters(string word, Random random)
    {
        var builder = new StringBuilder(word);
        if (random.NextDouble() < 0.2)
        {
            builder.Replace('ي', 'ى', builder.Length - 1, 1);
            builder.Replace('ة', 'ه', builder.Length - 1, 1);
        }

        if (random.NextDouble() < 0.2 && builder.Length > 2 && builder[0] == 'ا' && builder[1] != 'ل')
        {
            builder[0] = random.Next(2) == 0 ? 'أ' : 'إ';
        }

        if (random.NextDouble() < 0.3)
        {
            builder.Replace('ؤ', 'ئ').Replace('أ', random.Next(4) == 0 ? 'ا' : 'أ');
        }

        if (random.NextDouble() < 0.15)
        {
            for (var n = random.Next(1, 3); n > 0 && builder.Length > 1; n--)
            {
                builder.Insert(random.Next(1, builder.Length + 1), Harakat[random.Next(Harakat.Length)]);
            }
        }

        if (random.NextDouble() < 0.05 && builder.Length > 2)
        {
            builder.Insert(random.Next(1, builder.Length - 1), '\u0640');
        }

        return builder.ToString();
    }
}
