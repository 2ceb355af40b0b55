namespace GraphApi.Knowledge.Import;

/// <summary>What the curated YAML files of a knowledge folder hold, before validation.</summary>
internal sealed record CuratedKnowledge(
    string EntitiesPath,
    string SourcesPath,
    List<CuratedEntity> Entities,
    List<SourceMetadata> Metadata,
    List<(string Path, string? SourceFile, List<CuratedClaim> Claims)> ClaimFiles);
