namespace GraphApi.Knowledge.Model;

/// <summary>
/// Who a claim is attributed to, as the article words it. The speaker (on the claim) is the voice the article relays;
/// the attribution says what kind of voice that is, which body it belongs to, and the verbatim words that attribute it.
/// </summary>
/// <param name="Kind">Named speaker, unnamed sources, reports, or the outlet's own voice.</param>
/// <param name="AffiliationId">The body the voice belongs to: the directorate of anonymous sources, the issuer of a report, a named speaker's institution.</param>
/// <param name="Phrase">The attributing words of the article («وأكد مصدر بالمديرية»), anchored in the claim's source; null when the article has none (the outlet's own voice).</param>
public sealed record Attribution(AttributionKind Kind, string? AffiliationId = null, Phrase? Phrase = null);
