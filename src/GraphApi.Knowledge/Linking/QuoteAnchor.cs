using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Linking;

/// <summary>
/// Locates an evidence quote verbatim (ordinal, exact code units) in its source text. The n-th occurrence
/// (1-based, curated as <c>occurrence:</c>) disambiguates a quote that occurs more than once.
/// </summary>
public static class QuoteAnchor
{
    /// <summary>Returns the span of the chosen occurrence, or null; <paramref name="occurrences"/> tells how many there are.</summary>
    public static TextSpan? Find(string text, string quote, int occurrence, out int occurrences)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(occurrence, 1);
        occurrences = 0;
        if (quote.Length == 0)
        {
            return null;
        }

        TextSpan? chosen = null;
        var from = 0;
        while (from <= text.Length - quote.Length)
        {
            var at = text.IndexOf(quote, from, StringComparison.Ordinal);
            if (at < 0)
            {
                break;
            }

            occurrences++;
            if (occurrences == occurrence)
            {
                chosen = new TextSpan(at, at + quote.Length);
            }

            from = at + 1;
        }

        return chosen;
    }
}
