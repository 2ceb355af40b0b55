using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Extraction;

/// <summary>One occurrence of a possible new entity in an article, before occurrences are merged across the corpus.</summary>
/// <param name="Key">The folded, proclitic-free words of the name, which identify the candidate with its kind.</param>
public sealed record CandidateFinding(string Key, string Name, EntityKind Kind, string Cue, double Confidence, CandidateOccurrence Occurrence);
