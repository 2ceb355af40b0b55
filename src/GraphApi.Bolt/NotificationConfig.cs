namespace GraphApi.Bolt;

/// <summary>
/// Which notifications the server should send (Bolt 5.2+): a minimum severity ("WARNING", "INFORMATION" or "OFF") and
/// categories or classifications to leave out. Set on the driver, overridable per session.
/// </summary>
public sealed class NotificationConfig
{
    /// <summary>"OFF", "WARNING" or "INFORMATION"; null leaves the server's default.</summary>
    public string? MinimumSeverity { get; init; }

    /// <summary>Categories (5.2-5.5) or classifications (5.6+) not to report, for example "HINT" or "UNRECOGNIZED".</summary>
    public IReadOnlyList<string>? DisabledCategories { get; init; }
}
