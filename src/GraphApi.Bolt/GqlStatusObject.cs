namespace GraphApi.Bolt;

/// <summary>
/// A GQL status of a result (Bolt 5.6+ "statuses"; derived from notifications and the result's shape for older
/// servers): the GQLSTATUS code, its description and diagnostic record, and whether it is a notification.
/// </summary>
public sealed record GqlStatusObject(
    string GqlStatus,
    string StatusDescription,
    IReadOnlyDictionary<string, object?> DiagnosticRecord,
    bool IsNotification)
{
    public InputPosition? Position => InputPosition.From(DiagnosticRecord.GetValueOrDefault("_position"));

    /// <summary>The raw position map as sent, when it is one.</summary>
    public IReadOnlyDictionary<string, object?>? RawPosition => DiagnosticRecord.GetValueOrDefault("_position") as IReadOnlyDictionary<string, object?>;

    public string? RawClassification => DiagnosticRecord.GetValueOrDefault("_classification") as string;

    public string Classification => Notification.Parse(RawClassification, [.. Notification.KnownCategories]);

    public string? RawSeverity => DiagnosticRecord.GetValueOrDefault("_severity") as string;

    public string Severity => Notification.Parse(RawSeverity, [.. Notification.KnownSeverities]);
}
