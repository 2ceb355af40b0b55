namespace GraphApi.Knowledge.Lint;

/// <summary>An acknowledgement that matches no warning any more: the text or the curation changed, and it should go.</summary>
public sealed record StaleAcknowledgement(string SubjectId, LintAcknowledgement Acknowledgement, string? File, int? Line)
{
    public override string ToString() =>
        (File is null ? string.Empty : Line is null ? $"{File}: " : $"{File}:{Line}: ") +
        $"{SubjectId}: acknowledges [{Acknowledgement.RuleId}], but that rule no longer warns here; remove the acknowledgement";
}
