namespace GraphApi.Knowledge.Model;

/// <summary>
/// A short verbatim phrase of a claim's own source, anchored like an evidence quote: an attribution («وبحسب مصادر في
/// المديرية») or a date as the article words it («في وقت سابق من هذا العام»).
/// </summary>
/// <param name="Text">The exact code units of the source at <paramref name="Start"/>..<paramref name="End"/>.</param>
/// <param name="En">An English rendering.</param>
/// <param name="Start">UTF-16 offset into the claim's source text, inclusive.</param>
/// <param name="End">Exclusive end offset.</param>
public sealed record Phrase(string Text, string? En, int Start, int End);
