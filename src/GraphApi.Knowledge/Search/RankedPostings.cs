namespace GraphApi.Knowledge.Search;

/// <summary>
/// The postings of a text index. Its entries (sentences, titles, claim texts) are numbered by rank, a static order
/// decided at build time (shortest first, then by owner and position), and each term lists, in one flat array, the
/// ranks of the entries that hold it. Walking the entries that hold every query word in rank order is therefore walking
/// them best first: a search stops as soon as it has its page, and its cost depends on the page, not on how many
/// entries match (the 100k-article corpus answers as fast as the 1k one).
/// </summary>
internal sealed class RankedPostings
{
    private readonly int[] starts;
    private readonly int[] ranks;

    private RankedPostings(int[] starts, int[] ranks)
    {
        this.starts = starts;
        this.ranks = ranks;
    }

    /// <summary>How many entries hold <paramref name="term"/>.</summary>
    public int Count(int term) => starts[term + 1] - starts[term];

    /// <summary>
    /// Builds the postings of <paramref name="termCount"/> terms. <paramref name="entryOfRank"/> gives the entry at each
    /// rank; <paramref name="termsOf"/> fills a buffer with the distinct terms of an entry (it is called twice per entry).
    /// </summary>
    public static RankedPostings Build(int termCount, int[] entryOfRank, Action<int, List<int>> termsOf)
    {
        var starts = new int[termCount + 1];
        var buffer = new List<int>();
        foreach (var entry in entryOfRank)
        {
            buffer.Clear();
            termsOf(entry, buffer);
            foreach (var term in buffer)
            {
                starts[term + 1]++;
            }
        }

        for (var t = 0; t < termCount; t++)
        {
            starts[t + 1] += starts[t];
        }

        var ranks = new int[starts[termCount]];
        var next = starts[..termCount];
        for (var rank = 0; rank < entryOfRank.Length; rank++)
        {
            buffer.Clear();
            termsOf(entryOfRank[rank], buffer);
            foreach (var term in buffer)
            {
                ranks[next[term]++] = rank;
            }
        }

        return new RankedPostings(starts, ranks);
    }

    /// <summary>
    /// The ranks, from <paramref name="from"/> on and in increasing order, of the entries holding every word, a word
    /// being the set of terms any of which it may match. The word with the fewest postings drives the walk; the others
    /// are probed with cursors that only move forward.
    /// </summary>
    public IEnumerable<int> Intersect(IReadOnlyList<int[]> words, int from)
    {
        if (words.Count == 0 || words.Any(w => w.Length == 0))
        {
            yield break;
        }

        var driver = 0;
        for (var w = 1; w < words.Count; w++)
        {
            if (words[w].Sum(Count) < words[driver].Sum(Count))
            {
                driver = w;
            }
        }

        var probes = words.Where((_, w) => w != driver).Select(terms => new Probe(this, terms)).ToList();
        var heads = words[driver].Select(t => LowerBound(starts[t], starts[t + 1], from)).ToArray();
        var ends = words[driver].Select(t => starts[t + 1]).ToArray();
        while (true)
        {
            var rank = int.MaxValue;
            for (var i = 0; i < heads.Length; i++)
            {
                if (heads[i] < ends[i] && ranks[heads[i]] < rank)
                {
                    rank = ranks[heads[i]];
                }
            }

            if (rank == int.MaxValue)
            {
                yield break;
            }

            for (var i = 0; i < heads.Length; i++)
            {
                if (heads[i] < ends[i] && ranks[heads[i]] == rank)
                {
                    heads[i]++;
                }
            }

            if (probes.TrueForAll(p => p.Holds(rank)))
            {
                yield return rank;
            }
        }
    }

    /// <summary>True when the entry at <paramref name="rank"/> holds one of <paramref name="word"/>'s terms.</summary>
    public bool Holds(int[] word, int rank)
    {
        foreach (var term in word)
        {
            var at = LowerBound(starts[term], starts[term + 1], rank);
            if (at < starts[term + 1] && ranks[at] == rank)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first position in ranks[low..high) holding a rank ≥ <paramref name="rank"/>.</summary>
    private int LowerBound(int low, int high, int rank)
    {
        while (low < high)
        {
            var mid = (int)(((uint)low + (uint)high) >> 1);
            if (ranks[mid] < rank)
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

    /// <summary>Tests increasing ranks against one word's term lists, galloping forward from where the last test stopped.</summary>
    private sealed class Probe(RankedPostings postings, int[] terms)
    {
        private readonly int[] positions = [.. terms.Select(t => postings.starts[t])];

        public bool Holds(int rank)
        {
            var holds = false;
            for (var i = 0; i < terms.Length; i++)
            {
                var end = postings.starts[terms[i] + 1];
                var at = Gallop(positions[i], end, rank);
                positions[i] = at;
                holds |= at < end && postings.ranks[at] == rank;
            }

            return holds;
        }

        private int Gallop(int at, int end, int rank)
        {
            var step = 1;
            var low = at;
            while (at < end && postings.ranks[at] < rank)
            {
                low = at + 1;
                at += step;
                step <<= 1;
            }

            return postings.LowerBound(low, Math.Min(at + 1, end), rank);
        }
    }
}
