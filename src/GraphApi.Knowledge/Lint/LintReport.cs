namespace GraphApi.Knowledge.Lint;

/// <summary>
/// What the lint found in a corpus: every finding, acknowledged or not, and acknowledgements that match nothing. A
/// corpus is clean when <see cref="Unacknowledged"/> and <see cref="Stale"/> are both empty; CI holds the seeds to it.
/// </summary>
public sealed class LintReport(IReadOnlyList<LintEntry> entries, IReadOnlyList<StaleAcknowledgement> stale)
{
    public static LintReport Empty { get; } = new([], []);

    public IReadOnlyList<LintEntry> Entries { get; } = entries;

    public IReadOnlyList<StaleAcknowledgement> Stale { get; } = stale;

    public IReadOnlyList<LintEntry> Unacknowledged => [.. Entries.Where(e => !e.Acknowledged)];

    public IReadOnlyList<LintEntry> Acknowledged => [.. Entries.Where(e => e.Acknowledged)];

    public bool IsClean => Unacknowledged.Count == 0 && Stale.Count == 0;

    /// <summary>Findings per rule id, unacknowledged and acknowledged, in rule order.</summary>
    public IReadOnlyList<(string RuleId, int Unacknowledged, int Acknowledged)> CountsByRule() =>
        [.. ClaimLinter.RuleIds.Select(id => (id, Entries.Count(e => e.Finding.RuleId == id && !e.Acknowledged), Entries.Count(e => e.Finding.RuleId == id && e.Acknowledged)))];
}
