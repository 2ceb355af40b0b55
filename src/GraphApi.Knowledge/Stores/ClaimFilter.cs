using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Stores;

/// <summary>Filters for <see cref="IKnowledgeStore.ListClaimsAsync"/>; null means "any".</summary>
/// <param name="EntityId">Only claims in which this entity plays <paramref name="Role"/>.</param>
/// <param name="DateFrom">Inclusive lower bound on the claim's effective date (its <c>date</c>, else its source's <c>published</c>), as an ISO prefix.</param>
/// <param name="DateTo">Inclusive upper bound, compared on the same prefix length (2020 includes 2020-12-31).</param>
/// <param name="Metric">Only QUANTITY claims on this metric (<c>terrorist-cells-dismantled</c>).</param>
/// <param name="AttributionKind">Only claims the article attributes this way (named speaker, unnamed sources, reports, the outlet).</param>
/// <param name="Modality">Only claims stated this firmly (asserted, possible, future).</param>
public sealed record ClaimFilter(
    ClaimKind? Kind = null,
    string? EntityId = null,
    ClaimRole Role = ClaimRole.Any,
    string? SourceId = null,
    string? SpeakerId = null,
    string? DateFrom = null,
    string? DateTo = null,
    bool? HasConflicts = null,
    string? Metric = null,
    AttributionKind? AttributionKind = null,
    Modality? Modality = null)
{
    public static ClaimFilter None { get; } = new();
}
