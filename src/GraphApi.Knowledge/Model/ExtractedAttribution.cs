namespace GraphApi.Knowledge.Model;

/// <summary>
/// The attribution an extractor read for a claim: its kind, the entity it is affiliated with, and the verbatim phrase
/// that attributes it (<see cref="Start"/>..<see cref="End"/> in the source text, checked like a quote).
/// </summary>
/// <param name="AffiliationId">For anonymous sources, the body they belong to (مصدر بالمديرية → the DGST).</param>
/// <param name="Text">The attribution phrase as the article words it, null when the outlet speaks in its own voice.</param>
public sealed record ExtractedAttribution(ExtractedAttributionKind Kind, string? AffiliationId, string? Text, int? Start, int? End)
{
    /// <summary>The outlet's own voice: no attribution phrase.</summary>
    public static ExtractedAttribution Outlet { get; } = new(ExtractedAttributionKind.Outlet, null, null, null, null);
}
