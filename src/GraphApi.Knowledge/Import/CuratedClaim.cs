using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Import;

/// <summary>
/// A claim as curated: the model claim without its anchored evidence and phrases, provenance run or resolved origin,
/// plus the lint warnings it acknowledges.
/// </summary>
internal sealed record CuratedClaim(
    Claim Draft,
    string? Origin,
    IReadOnlyList<CuratedEvidence> Evidence,
    string File,
    int Line,
    CuratedPhrase? AttributionPhrase = null,
    CuratedPhrase? DatePhrase = null,
    IReadOnlyList<CuratedAcknowledgement>? Acknowledged = null);
