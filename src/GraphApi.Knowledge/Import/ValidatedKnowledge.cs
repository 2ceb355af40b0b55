using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Import;

/// <summary>Curated knowledge that passed validation: unique ids, resolved references, anchored evidence.</summary>
internal sealed record ValidatedKnowledge(
    IReadOnlyDictionary<string, Entity> Entities,
    IReadOnlyDictionary<string, SourceMetadata> Metadata,
    IReadOnlyList<(CuratedClaim Claim, IReadOnlyList<(CuratedEvidence Curated, TextSpan Span)> Anchors)> Claims);
