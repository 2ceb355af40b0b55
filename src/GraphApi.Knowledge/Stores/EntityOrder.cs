namespace GraphApi.Knowledge.Stores;

/// <summary>
/// Orders of <see cref="IKnowledgeStore.ListEntitiesAsync"/>. Every order ends with the id (ordinal) as tie-breaker.
/// </summary>
public enum EntityOrder
{
    /// <summary>By <c>ArabicNormalizer.Fold(Name)</c>, ordinal; then id.</summary>
    Name,

    /// <summary>By id, ordinal.</summary>
    Id,

    /// <summary>Most mentioned first; then id.</summary>
    MentionCount,
}
