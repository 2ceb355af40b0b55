using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Import;

/// <summary>A claim as curated: the model claim without its anchored evidence, provenance run or resolved origin.</summary>
internal sealed record CuratedClaim(Claim Draft, string? Origin, IReadOnlyList<CuratedEvidence> Evidence, string File, int Line);
