namespace GraphApi.Knowledge.Stores;

/// <summary>Filters for <see cref="IKnowledgeStore.ListSourcesAsync"/>; null means "any". Sources are ordered by id.</summary>
/// <param name="MentionsEntityId">Only sources whose body mentions this entity.</param>
public sealed record SourceFilter(string? OutletId = null, string? Language = null, string? MentionsEntityId = null)
{
    public static SourceFilter None { get; } = new();
}
