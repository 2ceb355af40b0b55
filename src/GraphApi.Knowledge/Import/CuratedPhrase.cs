namespace GraphApi.Knowledge.Import;

/// <summary>A verbatim phrase as curated (an attribution or a date as written), before it is anchored in the claim's source.</summary>
/// <param name="Occurrence">1-based occurrence to anchor; null for the occurrence nearest before the claim's first quote.</param>
internal sealed record CuratedPhrase(string Text, string? En, int? Occurrence, int Line);
