using GraphApi.Knowledge.Text;

namespace GraphApi.Knowledge.Extraction;

/// <summary>
/// A set of words folded as article words are (<see cref="ArabicNormalizer.Fold"/>), looked up by span without allocating.
/// Each set created also takes a bit in one shared index of every lexicon word, so <see cref="ArticleText"/> reads a
/// word's memberships once (one lookup per reading) and answers every later "is this word in set X" with a bit test:
/// the extractors ask that question dozens of times per word.
/// </summary>
internal sealed class FoldedWords
{
    /// <summary>Sets beyond this many answer by hash lookup instead of a bit.</summary>
    public const int MaxBits = 64;

    private static readonly Lock Registering = new();
    private static int registered;

    /// <summary>The shared index, replaced whole when a set registers (sets are static lexicons, so that is rare), so readers need no lock.</summary>
    private static volatile Index current = new(new Dictionary<string, ulong>(SpanComparer.Instance), 0);

    private readonly HashSet<string> set;

    public FoldedWords(IEnumerable<string> words)
    {
        set = new HashSet<string>(words.Select(ArabicNormalizer.Fold), StringComparer.Ordinal);
        Lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
        lock (Registering)
        {
            var bit = registered++;
            Bit = bit < MaxBits ? 1UL << bit : 0;
            if (Bit != 0)
            {
                var bits = new Dictionary<string, ulong>(current.Bits, SpanComparer.Instance);
                foreach (var word in set)
                {
                    bits[word] = bits.GetValueOrDefault(word) | Bit;
                }

                current = new Index(bits, current.Version + 1);
            }
        }
    }

    /// <summary>This set's bit in <see cref="BitsOf"/>, or 0 when it has none.</summary>
    public ulong Bit { get; }

    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; }

    /// <summary>The folded words.</summary>
    public IEnumerable<string> Words => set;

    /// <summary>Changes whenever a set registers its words, so cached memberships know when they are stale.</summary>
    public static int Version => current.Version;

    public bool Contains(ReadOnlySpan<char> folded) => Lookup.Contains(folded);

    /// <summary>The bits of every set holding <paramref name="folded"/>.</summary>
    public static ulong BitsOf(ReadOnlySpan<char> folded)
    {
        var index = current;
        return index.MayHold(folded) && index.Lookup.TryGetValue(folded, out var bits) ? bits : 0;
    }

    public static FoldedWords Of(params string[] words) => new(words);

    /// <summary>
    /// The shared index. Most of an article's words are in no lexicon; <see cref="MayHold"/> turns most of them away by
    /// their first two letters (a bit per hashed pair) before the dictionary hashes the whole word.
    /// </summary>
    private sealed class Index
    {
        private const int PairSlots = 4096;

        private readonly ulong[] pairs = new ulong[PairSlots / 64];

        public Index(Dictionary<string, ulong> bits, int version)
        {
            (Bits, Version) = (bits, version);
            Lookup = bits.GetAlternateLookup<ReadOnlySpan<char>>();
            foreach (var word in bits.Keys)
            {
                var slot = PairSlot(word);
                pairs[slot >> 6] |= 1UL << (slot & 63);
            }
        }

        public Dictionary<string, ulong> Bits { get; }

        public Dictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; }

        public int Version { get; }

        /// <summary>False when no word of the index starts with the letters <paramref name="folded"/> starts with.</summary>
        public bool MayHold(ReadOnlySpan<char> folded)
        {
            var slot = PairSlot(folded);
            return (pairs[slot >> 6] & (1UL << (slot & 63))) != 0;
        }

        private static int PairSlot(ReadOnlySpan<char> word) =>
            word.Length == 0 ? 0 : ((word[0] * 31) + (word.Length > 1 ? word[1] : 0)) & (PairSlots - 1);
    }

    /// <summary>
    /// Ordinal equality with a cheap FNV-1a hash. The index holds lexicon words only; article words are only looked up,
    /// never added, so a colliding input cannot lengthen a chain.
    /// </summary>
    private sealed class SpanComparer : IEqualityComparer<string>, IAlternateEqualityComparer<ReadOnlySpan<char>, string>
    {
        public static readonly SpanComparer Instance = new();

        public bool Equals(string? x, string? y) => string.Equals(x, y, StringComparison.Ordinal);

        public int GetHashCode(string obj) => GetHashCode(obj.AsSpan());

        public bool Equals(ReadOnlySpan<char> alternate, string other) => alternate.SequenceEqual(other);

        public int GetHashCode(ReadOnlySpan<char> alternate)
        {
            var hash = 2166136261u;
            foreach (var c in alternate)
            {
                hash = (hash ^ c) * 16777619u;
            }

            return (int)hash;
        }

        public string Create(ReadOnlySpan<char> alternate) => alternate.ToString();
    }
}
