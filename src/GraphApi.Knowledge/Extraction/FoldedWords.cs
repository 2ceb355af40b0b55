using GraphApi.Knowledge.Text;

namespace GraphApi.Knowledge.Extraction;

/// <summary>A set of words folded as article words are (<see cref="ArabicNormalizer.Fold"/>), looked up by span without allocating.</summary>
internal sealed class FoldedWords
{
    private readonly HashSet<string> set;

    public FoldedWords(IEnumerable<string> words)
    {
        set = new HashSet<string>(words.Select(ArabicNormalizer.Fold), StringComparer.Ordinal);
        Lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; }

    public bool Contains(ReadOnlySpan<char> folded) => Lookup.Contains(folded);

    public static FoldedWords Of(params string[] words) => new(words);
}
