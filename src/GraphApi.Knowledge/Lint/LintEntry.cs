namespace GraphApi.Knowledge.Lint;

/// <summary>A finding of a corpus lint with where its claim or entity is curated and, when acknowledged, the curator's reason.</summary>
public sealed record LintEntry(LintFinding Finding, string? File, int? Line, string? AcknowledgedBecause = null)
{
    public bool Acknowledged => AcknowledgedBecause is not null;

    public override string ToString() =>
        (File is null ? string.Empty : Line is null ? $"{File}: " : $"{File}:{Line}: ") + Finding;
}
