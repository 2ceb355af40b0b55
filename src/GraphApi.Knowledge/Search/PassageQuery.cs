namespace GraphApi.Knowledge.Search;

/// <summary>
/// A passage search as typed: words, and exact phrases between double quotes (" “ ” « »). Every word must occur in a
/// passage; a phrase's words must also follow one another in its order. Outside quotes, function words
/// (<see cref="StopWords"/>) are left out unless nothing else is left; an unclosed quote runs to the end.
/// </summary>
public sealed class PassageQuery
{
    private PassageQuery(IReadOnlyList<string> words, IReadOnlyList<int> loose, IReadOnlyList<IReadOnlyList<int>> phrases, int length)
    {
        Words = words;
        Loose = loose;
        Phrases = phrases;
        Length = length;
        readings = [.. words.Select(w => WordForms.TextTerms(w).ToHashSet(StringComparer.Ordinal))];
    }

    private readonly HashSet<string>[] readings;

    /// <summary>The distinct folded words that must all occur, phrase words included.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>The words typed outside a phrase (and one-word phrases), as indexes into <see cref="Words"/>.</summary>
    public IReadOnlyList<int> Loose { get; }

    /// <summary>Each phrase of two words or more, as indexes into <see cref="Words"/>, in order.</summary>
    public IReadOnlyList<IReadOnlyList<int>> Phrases { get; }

    /// <summary>How many words the query asks for, counting each phrase word: the numerator of a passage's score.</summary>
    public int Length { get; }

    public bool IsEmpty => Words.Count == 0;

    public static PassageQuery Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var loose = new List<string>();
        var quoted = new List<List<string>>();
        var segment = new System.Text.StringBuilder();
        var inQuote = false;
        foreach (var c in text.Append('"'))
        {
            if (c is not ('"' or '\u201C' or '\u201D' or '\u00AB' or '\u00BB'))
            {
                segment.Append(c);
                continue;
            }

            var words = WordForms.Words(segment.ToString());
            if (inQuote)
            {
                quoted.Add([.. words]);
            }
            else
            {
                loose.AddRange(words);
            }

            segment.Clear();
            inQuote = !inQuote;
        }

        if (loose.Any(w => !StopWords.Contains(w)) || quoted.Any(p => p.Count > 0))
        {
            loose.RemoveAll(StopWords.Contains);
        }

        var distinct = new List<string>();
        int IndexOf(string word)
        {
            var at = distinct.IndexOf(word);
            if (at < 0)
            {
                distinct.Add(word);
                at = distinct.Count - 1;
            }

            return at;
        }

        var length = 0;
        var looseIndexes = new List<int>();
        foreach (var word in loose.Distinct(StringComparer.Ordinal))
        {
            looseIndexes.Add(IndexOf(word));
            length++;
        }

        var phrases = new List<IReadOnlyList<int>>();
        foreach (var phrase in quoted.Where(p => p.Count > 0))
        {
            var indexes = phrase.Select(IndexOf).ToList();
            length += phrase.Count;
            if (indexes.Count > 1)
            {
                phrases.Add(indexes);
            }
            else if (!looseIndexes.Contains(indexes[0]))
            {
                looseIndexes.Add(indexes[0]);
            }
        }

        return new PassageQuery(distinct, looseIndexes, phrases, length);
    }

    /// <summary>The terms each word is looked up by (<see cref="WordForms.TextTerms"/>), in <see cref="Words"/> order.</summary>
    internal IReadOnlyList<IReadOnlyList<string>> WordTerms() => [.. Words.Select(WordForms.TextTerms)];

    /// <summary>True when a text word, given by its readings (<see cref="WordForms.TextTerms"/>), is the query's <paramref name="word"/>: they share a reading.</summary>
    internal bool Matches(int word, IReadOnlyList<string> textReadings)
    {
        foreach (var reading in textReadings)
        {
            if (readings[word].Contains(reading))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The score of a passage of <paramref name="passageWords"/> words: the share of it the query accounts for, at most 1.</summary>
    public double Score(int passageWords) => Math.Round((double)Length / Math.Max(Length, passageWords), 6);

    /// <summary>Folded query words, for tests and logs.</summary>
    public override string ToString() => string.Join(' ', Words) + (Phrases.Count > 0 ? $" ({Phrases.Count} phrases)" : string.Empty);
}
