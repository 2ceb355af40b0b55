using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Comparison;

/// <summary>What comparing the claims of a corpus found.</summary>
public sealed record ClaimComparison(IReadOnlyList<Conflict> Conflicts, IReadOnlyList<Corroboration> Corroborations);
