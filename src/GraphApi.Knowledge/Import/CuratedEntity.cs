using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Import;

/// <summary>An entity as curated, with its line and the lint warnings it acknowledges.</summary>
internal sealed record CuratedEntity(Entity Entity, int Line, IReadOnlyList<CuratedAcknowledgement> Acknowledged);
