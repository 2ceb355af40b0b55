using System.Collections.Concurrent;

namespace GraphApi.Knowledge.Extraction;

/// <summary>
/// The readings of every distinct folded word an import meets (<see cref="WordReading"/>), worked out at the word's first
/// occurrence and shared by every article after it: a corpus repeats its words, so the lexicon lookups of a word's
/// readings are made once per import instead of once per occurrence per lexicon. One table serves the articles of an
/// import in parallel (reads take no lock). Past <see cref="DefaultCapacity"/> distinct words, new ones are read each time
/// without being kept, so a corpus of unbounded vocabulary cannot grow the table without bound.
/// </summary>
internal sealed class WordReadings
{
    /// <summary>How many distinct words a table keeps unless told otherwise: far more than a language's inflected forms.</summary>
    public const int DefaultCapacity = 1 << 20;

    private readonly ConcurrentDictionary<string, WordReading> table = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, WordReading>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly int capacity;
    private int kept;

    /// <param name="figures">The figure extractor whose patterns the readings list (<see cref="WordReading.FigurePatterns"/>), if any.</param>
    /// <param name="capacity">How many distinct words the table keeps.</param>
    public WordReadings(FigureExtractor? figures = null, int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        (Figures, this.capacity) = (figures, capacity);
        lookup = table.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The figure extractor the readings' patterns belong to.</summary>
    public FigureExtractor? Figures { get; }

    /// <summary>How many distinct words are kept.</summary>
    public int Count => Volatile.Read(ref kept);

    /// <summary>The reading of a folded word (<see cref="Text.ArabicNormalizer.Fold"/>), read now if it is new or stale.</summary>
    public WordReading Of(ReadOnlySpan<char> folded)
    {
        if (lookup.TryGetValue(folded, out var known) && known.Version == FoldedWords.Version)
        {
            return known;
        }

        var read = WordReading.Read(folded, Figures);
        if (known is not null)
        {
            lookup[folded] = read;
        }
        else if (Volatile.Read(ref kept) < capacity && lookup.TryAdd(folded, read))
        {
            Interlocked.Increment(ref kept);
        }

        return read;
    }
}
