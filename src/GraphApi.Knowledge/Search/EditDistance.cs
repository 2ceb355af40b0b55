namespace GraphApi.Knowledge.Search;

/// <summary>The typo tolerance of name search, bounded by word length and script.</summary>
public static class EditDistance
{
    /// <summary>
    /// Allowed edits for a query word. Latin: none below 4 letters, 1 up to 7, 2 from 8. Arabic script writes no short
    /// vowels, so one letter is a larger share of a word (حبيب and حبوب are two names, مراكز is not مراكش): none below 6
    /// letters, 1 up to 8, 2 from 9.
    /// </summary>
    public static int Bound(string word) => WordForms.IsArabic(word)
        ? word.Length < 6 ? 0 : word.Length <= 8 ? 1 : 2
        : word.Length < 4 ? 0 : word.Length <= 7 ? 1 : 2;

    /// <summary>Levenshtein distance, or bound + 1 as soon as it must exceed the bound.</summary>
    public static int Bounded(string a, string b, int bound)
    {
        if (Math.Abs(a.Length - b.Length) > bound)
        {
            return bound + 1;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > bound)
            {
                return bound + 1;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
