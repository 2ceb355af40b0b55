namespace GraphApi.Knowledge.Model;

/// <summary>
/// One step of a source's reporting chain, from the page back to the origin
/// (an aggregator quotes an outlet, which carries an agency interview).
/// </summary>
/// <param name="EntityId">The outlet, agency or person the page relays.</param>
/// <param name="Role">quotes | republishes | interview-with | agency-wire | cites-report.</param>
/// <param name="Note">What the page shows, e.g. "read at the source: Hespress".</param>
public sealed record ReportingLink(string EntityId, string Role, string? Note);
