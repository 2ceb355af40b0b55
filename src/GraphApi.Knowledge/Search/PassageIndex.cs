using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Stores;
using GraphApi.Knowledge.Text;

namespace GraphApi.Knowledge.Search;

/// <summary>
/// Full-text search over the sentences of article bodies (<see cref="Source.Body"/>, so tickers and boilerplate are
/// never searched; sentences as <see cref="SentenceLocator.Sentences"/> cuts them). Words are folded and indexed under
/// every reading (<see cref="WordForms.TextTerms"/>): diacritics, letter variants, Egyptian spellings and proclitics do
/// not matter. A passage holds every query word, and each quoted phrase in order.
/// </summary>
/// <remarks>
/// Ranking is static, decided once at build time: shorter sentences first (a 12-word sentence that names the Sahel is
/// more about it than a 60-word one), then source id, then position. A passage's score, the share of its words the
/// query accounts for, falls as the sentence grows, so that order is also score descending. Because the postings are
/// stored in that order (<see cref="RankedPostings"/>), a page is found by walking matches best first and stopping at
/// the page's end: no match beyond the page is ever scored. Holds each sentence as word ids, not text; a hit is turned
/// into a <see cref="Passage"/> by <see cref="PassageResult.ToPage"/> with the source's text.
/// </remarks>
public sealed class PassageIndex
{
    private const char CursorSeparator = '#';

    private readonly TermTable table = new();
    private readonly RankedPostings postings;
    private readonly SourceInfo[] sources;
    private readonly Dictionary<string, int> sourceOrdinals;
    private readonly int[] sourceFirstEntry;
    private readonly int[] entrySource;
    private readonly int[] entryStart;
    private readonly int[] entryEnd;
    private readonly int[] entryFirstWord;
    private readonly int[] entryLength;
    private readonly int[] words;
    private readonly int[] entryOfRank;
    private readonly int[] rankOfEntry;

    public PassageIndex(IEnumerable<Source> bodies)
    {
        ArgumentNullException.ThrowIfNull(bodies);
        var ordered = bodies.OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
        sources = [.. ordered.Select(s => new SourceInfo(s.Id, s.ContentHash, s.OutletId, s.Published))];
        sourceOrdinals = new Dictionary<string, int>(sources.Length, StringComparer.Ordinal);
        sourceFirstEntry = new int[sources.Length + 1];
        List<int> source = [], start = [], end = [], first = [], length = [];
        var wordList = new List<int>();
        var buffer = new char[1024];
        for (var ordinal = 0; ordinal < ordered.Count; ordinal++)
        {
            var text = ordered[ordinal].Text;
            sourceOrdinals[ordered[ordinal].Id] = ordinal;
            sourceFirstEntry[ordinal] = source.Count;
            foreach (var sentence in ordered[ordinal].Body.SelectMany(span => SentenceLocator.Sentences(text, span)))
            {
                var before = wordList.Count;
                table.AddWords(text, sentence.Start, sentence.End, ref buffer, wordList);
                if (wordList.Count > before)
                {
                    source.Add(ordinal);
                    start.Add(sentence.Start);
                    end.Add(sentence.End);
                    first.Add(before);
                    length.Add(wordList.Count - before);
                }
            }
        }

        sourceFirstEntry[sources.Length] = source.Count;
        (entrySource, entryStart, entryEnd, entryFirstWord, entryLength, words) = ([.. source], [.. start], [.. end], [.. first], [.. length], [.. wordList]);
        entryOfRank = RankByLength(entryLength);
        rankOfEntry = new int[entryOfRank.Length];
        for (var rank = 0; rank < entryOfRank.Length; rank++)
        {
            rankOfEntry[entryOfRank[rank]] = rank;
        }

        var seen = new int[table.TermCount];
        var visit = 0;
        postings = RankedPostings.Build(table.TermCount, entryOfRank, (entry, terms) =>
        {
            visit++;
            foreach (var word in Words(entry))
            {
                foreach (var term in table.TermsOf(word))
                {
                    if (seen[term] != visit)
                    {
                        seen[term] = visit;
                        terms.Add(term);
                    }
                }
            }
        });
    }

    /// <summary>How many sentences the index holds.</summary>
    public int Count => entryLength.Length;

    /// <summary>
    /// The passages matching <paramref name="query"/> and <paramref name="filter"/>, best first, paged forward with
    /// <c>first</c> and <c>after</c> (a cursor of an earlier page; it stays meaningful across re-imports).
    /// </summary>
    public PassageResult Find(PassageQuery query, PassageFilter filter, PageRequest page)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(filter);
        page.Validate();
        if (page.Last is not null || page.Before is not null)
        {
            throw new ArgumentException("Passages page forward only: use first and after.", nameof(page));
        }

        var from = page.After is null ? 0 : RankAfter(page.After);
        var result = new List<PassageMatch>();
        if (query.IsEmpty || page.First == 0)
        {
            return new PassageResult(query, result, false, page.After is not null);
        }

        var terms = query.WordTerms().Select(table.TermIds).ToList();
        if (terms.Any(t => t.Length == 0))
        {
            return new PassageResult(query, result, false, page.After is not null);
        }

        var candidates = filter.SourceId is null ? postings.Intersect(terms, from) : RanksOfSource(filter.SourceId, from, terms);
        var limit = page.First ?? int.MaxValue;
        foreach (var rank in candidates)
        {
            var entry = entryOfRank[rank];
            if (!Accepts(sources[entrySource[entry]], filter) || !query.Phrases.All(p => PhraseHolds(entry, p, terms)))
            {
                continue;
            }

            if (result.Count == limit)
            {
                return new PassageResult(query, result, true, page.After is not null);
            }

            var source = sources[entrySource[entry]];
            var cursor = new PageCursor(entryLength[entry].ToString("D6", System.Globalization.CultureInfo.InvariantCulture), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{source.Id}{CursorSeparator}{entryStart[entry]:D10}"));
            result.Add(new PassageMatch(source.Id, source.ContentHash, entryStart[entry], entryEnd[entry], query.Score(entryLength[entry]), cursor.Encode()));
        }

        return new PassageResult(query, result, false, page.After is not null);
    }

    private ReadOnlySpan<int> Words(int entry) => words.AsSpan(entryFirstWord[entry], entryLength[entry]);

    private static bool Accepts(SourceInfo source, PassageFilter filter) =>
        (filter.SourceId is null || source.Id == filter.SourceId)
        && (filter.OutletId is null || source.OutletId == filter.OutletId)
        && IsoDateBounds.Contains(source.Published, filter.PublishedFrom, filter.PublishedTo);

    /// <summary>The ranks of one source's sentences that hold every word, in rank order: a source is searched directly, not through the postings.</summary>
    private IEnumerable<int> RanksOfSource(string sourceId, int from, IReadOnlyList<int[]> terms)
    {
        if (!sourceOrdinals.TryGetValue(sourceId, out var ordinal))
        {
            return [];
        }

        return Enumerable.Range(sourceFirstEntry[ordinal], sourceFirstEntry[ordinal + 1] - sourceFirstEntry[ordinal])
            .Where(entry => rankOfEntry[entry] >= from && terms.All(t => Holds(entry, t)))
            .Select(entry => rankOfEntry[entry])
            .Order();
    }

    private bool Holds(int entry, int[] word)
    {
        foreach (var surface in Words(entry))
        {
            if (Matches(surface, word))
            {
                return true;
            }
        }

        return false;
    }

    private bool PhraseHolds(int entry, IReadOnlyList<int> phrase, IReadOnlyList<int[]> terms)
    {
        var sentence = Words(entry);
        for (var at = 0; at + phrase.Count <= sentence.Length; at++)
        {
            var all = true;
            for (var j = 0; all && j < phrase.Count; j++)
            {
                all = Matches(sentence[at + j], terms[phrase[j]]);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    private bool Matches(int surface, int[] word)
    {
        foreach (var term in table.TermsOf(surface))
        {
            if (Array.IndexOf(word, term) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first rank after the passage a cursor names, found by its (length, source id, start) even if that passage is gone.</summary>
    private int RankAfter(string after)
    {
        var cursor = PageCursor.Decode(after);
        var separator = cursor.Id.LastIndexOf(CursorSeparator);
        if (!int.TryParse(cursor.SortKey, System.Globalization.CultureInfo.InvariantCulture, out var length)
            || separator < 0
            || !int.TryParse(cursor.Id.AsSpan(separator + 1), System.Globalization.CultureInfo.InvariantCulture, out var start))
        {
            throw new ArgumentException($"'{after}' is not a cursor of a passage search.", nameof(after));
        }

        var sourceId = cursor.Id[..separator];
        int low = 0, high = entryOfRank.Length;
        while (low < high)
        {
            var mid = (low + high) / 2;
            var entry = entryOfRank[mid];
            var compare = entryLength[entry].CompareTo(length);
            if (compare == 0)
            {
                compare = string.CompareOrdinal(sources[entrySource[entry]].Id, sourceId);
            }

            if (compare == 0)
            {
                compare = entryStart[entry].CompareTo(start);
            }

            if (compare <= 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    /// <summary>A stable counting sort of entries by length: entries are already in (source id, start) order.</summary>
    private static int[] RankByLength(int[] lengths)
    {
        var counts = new int[(lengths.Length == 0 ? 0 : lengths.Max()) + 2];
        foreach (var length in lengths)
        {
            counts[length + 1]++;
        }

        for (var i = 1; i < counts.Length; i++)
        {
            counts[i] += counts[i - 1];
        }

        var order = new int[lengths.Length];
        for (var entry = 0; entry < lengths.Length; entry++)
        {
            order[counts[lengths[entry]]++] = entry;
        }

        return order;
    }

    private sealed record SourceInfo(string Id, string ContentHash, string? OutletId, string? Published);
}
