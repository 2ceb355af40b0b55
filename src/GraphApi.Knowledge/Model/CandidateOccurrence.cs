namespace GraphApi.Knowledge.Model;

/// <summary>Where a <see cref="Candidate"/> occurs: a span of a source's text (UTF-16, end exclusive) and its sentence.</summary>
public sealed record CandidateOccurrence(string SourceId, int Start, int End, string Text, string Sentence);
