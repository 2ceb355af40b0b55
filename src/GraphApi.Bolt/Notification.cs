namespace GraphApi.Bolt;

/// <summary>
/// A notification the server attached to a result (a warning such as a cartesian product, a deprecation, a hint).
/// Severity and category are kept as sent and also parsed: a value the driver does not know becomes "UNKNOWN".
/// </summary>
public sealed record Notification(
    string? Code,
    string? Title,
    string? Description,
    InputPosition? Position,
    string? RawSeverityLevel,
    string? RawCategory)
{
    private static readonly string[] Severities = ["WARNING", "INFORMATION", "OFF"];

    private static readonly string[] Categories =
        ["HINT", "UNRECOGNIZED", "UNSUPPORTED", "PERFORMANCE", "DEPRECATION", "SECURITY", "TOPOLOGY", "GENERIC", "SCHEMA"];

    /// <summary>WARNING, INFORMATION, or UNKNOWN for anything else.</summary>
    public string SeverityLevel => Parse(RawSeverityLevel, Severities);

    /// <summary>HINT, UNRECOGNIZED, UNSUPPORTED, PERFORMANCE, DEPRECATION, SECURITY, TOPOLOGY, GENERIC, SCHEMA or UNKNOWN.</summary>
    public string Category => Parse(RawCategory, Categories);

    internal static string Parse(string? raw, string[] known) => raw is not null && known.Contains(raw) ? raw : "UNKNOWN";

    internal static IReadOnlyList<string> KnownCategories => Categories;

    internal static IReadOnlyList<string> KnownSeverities => Severities;
}
