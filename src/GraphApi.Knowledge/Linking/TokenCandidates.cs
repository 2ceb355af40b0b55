using GraphApi.Knowledge.Text;

namespace GraphApi.Knowledge.Linking;

/// <summary>
/// The words of one folded body span with their candidate key offsets (<see cref="ArabicNormalizer.CandidateOffsets"/>),
/// computed once per word on first use and kept in one flat array, so matching allocates nothing per word.
/// </summary>
internal sealed class TokenCandidates(string folded, IReadOnlyList<FoldedToken> tokens)
{
    private readonly int[] offsets = new int[tokens.Count * ArabicNormalizer.MaxCandidates];
    private readonly int[] counts = new int[tokens.Count];

    public string Folded => folded;

    public int Count => tokens.Count;

    public FoldedToken this[int index] => tokens[index];

    /// <summary>Where each candidate key starts within word <paramref name="index"/>.</summary>
    public ReadOnlySpan<int> Offsets(int index)
    {
        var slot = offsets.AsSpan(index * ArabicNormalizer.MaxCandidates, ArabicNormalizer.MaxCandidates);
        if (counts[index] == 0)
        {
            counts[index] = ArabicNormalizer.CandidateOffsets(tokens[index].Text, slot);
        }

        return slot[..counts[index]];
    }
}
