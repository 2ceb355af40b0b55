using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Stores;

/// <summary>Filters for <see cref="IKnowledgeStore.ListCandidatesAsync"/>; null means "any". Candidates are ordered by id.</summary>
/// <param name="SourceId">Only candidates that occur in this source.</param>
public sealed record CandidateFilter(string? SourceId = null, EntityKind? Kind = null)
{
    public static CandidateFilter None { get; } = new();
}
