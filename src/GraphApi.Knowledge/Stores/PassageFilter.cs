namespace GraphApi.Knowledge.Stores;

/// <summary>Filters for <see cref="IKnowledgeStore.SearchPassagesAsync"/>; null means "any".</summary>
/// <param name="PublishedFrom">Inclusive lower bound on the source's publication date (<see cref="IsoDateBounds"/>); a source without one never matches a bound.</param>
/// <param name="PublishedTo">Inclusive upper bound, compared on the shorter prefix.</param>
public sealed record PassageFilter(
    string? SourceId = null,
    string? OutletId = null,
    string? PublishedFrom = null,
    string? PublishedTo = null)
{
    public static PassageFilter None { get; } = new();
}
