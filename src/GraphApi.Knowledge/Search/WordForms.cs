using GraphApi.Knowledge.Text;

namespace GraphApi.Knowledge.Search;

/// <summary>
/// How folded words (<see cref="ArabicNormalizer.Fold"/>) are compared once proclitics come into play. Arabic writes
/// و ف ب ك ل and the article ال onto the next word, and nothing but a lexicon tells a proclitic from a first letter
/// (ب of بالرباط is one, ب of بوريطة is not). Names and running text therefore take two different stances:
/// <list type="bullet">
/// <item>A name is curated in its base form, so the leading letters of its first word belong to it, except the article:
/// كندا stays كندا and a query لندا cannot reach it. Later words of a name do carry prepositions (لمراقبة, للعلماء,
/// بتطوان), which are stripped.</item>
/// <item>Running text (passages, claim texts, titles) is indexed under every reading of each word
/// (<see cref="Readings"/>), and a query word matches a text word when their readings share one: recall first, at the
/// price of rare collisions between words whose first letters look like proclitics (كندا and لندا share ندا).</item>
/// </list>
/// Latin words have no proclitics; their articles al and el are one word (El Amrani, Al Amrani).
/// </summary>
public static class WordForms
{
    /// <summary>The form a word of a curated name is indexed under: the first word loses only its article, a later word every proclitic.</summary>
    public static string NameForm(string folded, bool firstWord)
    {
        if (IsLatinArticle(folded))
        {
            return "al";
        }

        if (!firstWord)
        {
            return ArabicNormalizer.StripProclitics(folded);
        }

        return folded.Length - 2 >= ArabicNormalizer.MinimumStemLength && folded.StartsWith("\u0627\u0644", StringComparison.Ordinal)
            ? folded[2..]
            : folded;
    }

    /// <summary>
    /// The forms a query word may stand for when it is compared with name words: its <see cref="Readings"/>
    /// (والمغرب: والمغرب, المغرب, مغرب).
    /// </summary>
    public static IReadOnlyList<string> QueryForms(string folded) => IsLatinArticle(folded) ? ["al"] : Readings(folded);

    /// <summary>The terms a word of running text is indexed under, and a query word looked up by: its <see cref="Readings"/>.</summary>
    public static IReadOnlyList<string> TextTerms(string folded) => Readings(folded);

    /// <summary>
    /// A folded word and every stem left by stripping a grammatical run of proclitics: a conjunction و or ف, then either
    /// لل (ل + ال) or a preposition ب ك ل and the article ال, each optional, keeping at least
    /// <see cref="ArabicNormalizer.MinimumStemLength"/> letters. وبالمغرب reads وبالمغرب, بالمغرب, المغرب, مغرب;
    /// بوريطة reads بوريطه and وريطه (ب might be a preposition); باريس never reads ريس, since با is no proclitic run.
    /// Longest first; Latin words read as themselves.
    /// </summary>
    public static IReadOnlyList<string> Readings(string folded)
    {
        var limit = folded.Length - ArabicNormalizer.MinimumStemLength;
        if (limit < 1 || folded[0] is not ('\u0648' or '\u0641' or '\u0628' or '\u0643' or '\u0644' or '\u0627'))
        {
            return [folded];
        }

        var readings = new List<string>(4) { folded };
        var conjunction = limit >= 1 && folded[0] is '\u0648' or '\u0641' ? 1 : 0;
        for (var c = 0; c <= conjunction; c++)
        {
            Offer(readings, folded, c, limit);
            if (Starts(folded, c, "\u0644\u0644"))
            {
                Offer(readings, folded, c + 2, limit);
            }

            var preposition = c < folded.Length && folded[c] is '\u0628' or '\u0643' or '\u0644' ? 1 : 0;
            for (var p = c; p <= c + preposition; p++)
            {
                Offer(readings, folded, p, limit);
                if (Starts(folded, p, "\u0627\u0644"))
                {
                    Offer(readings, folded, p + 2, limit);
                }
            }
        }

        readings.Sort((a, b) => b.Length.CompareTo(a.Length));
        return readings;
    }

    private static void Offer(List<string> readings, string folded, int strip, int limit)
    {
        if (strip > 0 && strip <= limit && !readings.Exists(r => r.Length == folded.Length - strip))
        {
            readings.Add(folded[strip..]);
        }
    }

    private static bool Starts(string folded, int at, string prefix) =>
        at + prefix.Length <= folded.Length && string.CompareOrdinal(folded, at, prefix, 0, prefix.Length) == 0;

    /// <summary>The folded words of <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<string> Words(string text) =>
        [.. ArabicNormalizer.Tokenize(ArabicNormalizer.Fold(text)).Select(t => t.Text)];

    /// <summary>True for a word written only in Arabic script (letters U+0600–U+06FF), whose edit bound is stricter.</summary>
    public static bool IsArabic(string word) => word.Length > 0 && word.All(c => c is >= '\u0600' and <= '\u06FF');

    private static bool IsLatinArticle(string folded) => folded is "el" or "al";
}
