using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Import;

/// <summary>A curated claim whose quotes and phrases were found in their sources.</summary>
internal sealed record AnchoredClaim(
    CuratedClaim Claim,
    IReadOnlyList<(CuratedEvidence Curated, TextSpan Span)> Anchors,
    TextSpan? AttributionSpan,
    TextSpan? DateSpan);
