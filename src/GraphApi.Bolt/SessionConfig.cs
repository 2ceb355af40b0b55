namespace GraphApi.Bolt;

/// <summary>
/// Per-session settings: database (Bolt 4+; null for the default or the user's home database), default access mode,
/// initial bookmarks or a bookmark manager, fetch size, impersonated user (4.4+), the session's own credentials
/// (5.1+) and notification filters (5.2+).
/// </summary>
public sealed class SessionConfig
{
    public string? Database { get; set; }

    public AccessMode DefaultAccessMode { get; set; } = AccessMode.Write;

    public IReadOnlyList<string> Bookmarks { get; set; } = [];

    /// <summary>Shares causal consistency between sessions: its bookmarks are sent, and new ones reported to it.</summary>
    public IBookmarkManager? BookmarkManager { get; set; }

    /// <summary>Overrides <see cref="DriverOptions.FetchSize"/> for this session.</summary>
    public long? FetchSize { get; set; }

    /// <summary>Runs the work as this user (the connection's user needs the IMPERSONATE privilege; Bolt 4.4+).</summary>
    public string? ImpersonatedUser { get; set; }

    /// <summary>Credentials for this session only, instead of the driver's (Bolt 5.1+).</summary>
    public AuthToken? Auth { get; set; }

    /// <summary>Overrides the driver's notification filters for this session (Bolt 5.2+).</summary>
    public NotificationConfig? Notifications { get; set; }
}
