namespace GraphApi.Knowledge.Lint;

/// <summary>
/// A curator's answer to a lint warning, written on the claim or entity (<c>acknowledged: [{rule, reason}]</c>): the
/// warning was read and the curated reading stands, for the reason given. It silences every warning of that rule on
/// that claim or entity, and is itself reported when no such warning remains (stale).
/// </summary>
public sealed record LintAcknowledgement(string RuleId, string Reason);
