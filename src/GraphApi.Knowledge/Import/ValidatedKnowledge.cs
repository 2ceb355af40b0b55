using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Import;

/// <summary>Curated knowledge that passed validation: unique ids, resolved references, anchored evidence and phrases.</summary>
internal sealed record ValidatedKnowledge(
    IReadOnlyDictionary<string, Entity> Entities,
    IReadOnlyDictionary<string, SourceMetadata> Metadata,
    IReadOnlyList<AnchoredClaim> Claims,
    IReadOnlyDictionary<string, CuratedEntity> CuratedEntities);
