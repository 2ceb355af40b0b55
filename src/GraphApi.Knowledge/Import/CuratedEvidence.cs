namespace GraphApi.Knowledge.Import;

/// <summary>An evidence entry as curated, before its quote is anchored.</summary>
internal sealed record CuratedEvidence(string Quote, string? En, int Occurrence, string SourceFile, int Line);
