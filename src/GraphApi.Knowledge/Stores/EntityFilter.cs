using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Stores;

/// <summary>Filters for <see cref="IKnowledgeStore.ListEntitiesAsync"/>; null means "any".</summary>
/// <param name="NameContains">Matched, after <c>ArabicNormalizer.Fold</c>, against the folded name, Arabic name and aliases.</param>
/// <param name="SourceId">Only entities mentioned in this source's body.</param>
/// <param name="HasConflicts">Only entities that are subject, object or speaker of a conflicting claim (or only those that are not).</param>
public sealed record EntityFilter(EntityKind? Kind = null, string? NameContains = null, string? SourceId = null, bool? HasConflicts = null)
{
    public static EntityFilter None { get; } = new();
}
