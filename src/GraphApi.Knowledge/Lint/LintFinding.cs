using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Lint;

/// <summary>
/// One warning of the lint: a rule, the claim or entity it is about, and a message a curator can act on (it quotes the
/// Arabic words that triggered it). <see cref="SourceId"/> and <see cref="Span"/> locate those words when there are any.
/// </summary>
public sealed record LintFinding(string RuleId, string SubjectId, string Message, string? SourceId = null, TextSpan? Span = null)
{
    public override string ToString() => $"{SubjectId}: [{RuleId}] {Message}";
}
