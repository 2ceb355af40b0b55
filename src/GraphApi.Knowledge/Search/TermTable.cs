using System.Runtime.InteropServices;
using GraphApi.Knowledge.Text;

namespace GraphApi.Knowledge.Search;

/// <summary>
/// The vocabulary of a text index: each distinct folded word (a surface form) once, with the terms it is indexed
/// under (<see cref="WordForms.TextTerms"/>), so a corpus of millions of words computes the readings of each form once.
/// </summary>
internal sealed class TermTable
{
    private readonly Dictionary<string, int> terms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> surfaces = new(StringComparer.Ordinal);
    private readonly List<int> surfaceTermStarts = [0];
    private readonly List<int> surfaceTerms = [];

    public int TermCount => terms.Count;

    /// <summary>The id of a folded word, added on first sight.</summary>
    public int Surface(ReadOnlySpan<char> folded)
    {
        if (surfaces.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(folded, out var id))
        {
            return id;
        }

        var word = folded.ToString();
        id = surfaces.Count;
        surfaces.Add(word, id);
        foreach (var term in WordForms.TextTerms(word))
        {
            if (!terms.TryGetValue(term, out var termId))
            {
                terms[term] = termId = terms.Count;
            }

            surfaceTerms.Add(termId);
        }

        surfaceTermStarts.Add(surfaceTerms.Count);
        return id;
    }

    /// <summary>The terms of surface form <paramref name="surface"/>.</summary>
    public ReadOnlySpan<int> TermsOf(int surface) =>
        CollectionsMarshal.AsSpan(surfaceTerms)[surfaceTermStarts[surface]..surfaceTermStarts[surface + 1]];

    /// <summary>The id of a term, or −1 when no indexed word has it.</summary>
    public int TermId(string term) => terms.GetValueOrDefault(term, -1);

    /// <summary>The ids of the terms a query word is looked up by; empty when the index holds none of them.</summary>
    public int[] TermIds(IEnumerable<string> wordTerms) => [.. wordTerms.Select(TermId).Where(t => t >= 0).Distinct()];

    /// <summary>
    /// Folds <paramref name="text"/>[start..end) into <paramref name="buffer"/> and appends the surface id of each word
    /// (a maximal run of letters and digits, as <see cref="ArabicNormalizer.Tokenize"/> cuts) to <paramref name="words"/>.
    /// </summary>
    public void AddWords(string text, int start, int end, ref char[] buffer, List<int> words)
    {
        if (buffer.Length < end - start)
        {
            buffer = new char[Math.Max(end - start, buffer.Length * 2)];
        }

        var length = 0;
        for (var i = start; i < end; i++)
        {
            var folded = ArabicNormalizer.FoldChar(text[i]);
            if (folded != '\0')
            {
                buffer[length++] = folded;
            }
        }

        var at = 0;
        while (at < length)
        {
            if (!char.IsLetterOrDigit(buffer[at]))
            {
                at++;
                continue;
            }

            var wordStart = at;
            while (at < length && char.IsLetterOrDigit(buffer[at]))
            {
                at++;
            }

            words.Add(Surface(buffer.AsSpan(wordStart, at - wordStart)));
        }
    }
}
