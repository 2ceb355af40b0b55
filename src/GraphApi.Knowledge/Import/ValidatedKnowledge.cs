using GraphApi.Knowledge.Extraction;
using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Import;

/// <summary>
/// Curated knowledge that passed validation: unique ids, resolved references, anchored evidence and phrases; with the
/// metric lexicon, the ids a reviewer rejected, and the stems of the articles that have a claims file (extraction leaves
/// those alone).
/// </summary>
internal sealed record ValidatedKnowledge(
    IReadOnlyDictionary<string, Entity> Entities,
    IReadOnlyDictionary<string, SourceMetadata> Metadata,
    IReadOnlyList<AnchoredClaim> Claims,
    IReadOnlyDictionary<string, CuratedEntity> CuratedEntities,
    MetricLexicon Metrics,
    IReadOnlySet<string> Rejected,
    IReadOnlySet<string> CuratedStems);
