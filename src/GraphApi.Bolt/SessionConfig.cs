namespace GraphApi.Bolt;

/// <summary>Per-session settings: database (Bolt 4+), default access mode, initial bookmarks, fetch size.</summary>
public sealed class SessionConfig
{
    public string? Database { get; set; }

    public AccessMode DefaultAccessMode { get; set; } = AccessMode.Write;

    public IReadOnlyList<string> Bookmarks { get; set; } = [];

    /// <summary>Overrides <see cref="DriverOptions.FetchSize"/> for this session.</summary>
    public long? FetchSize { get; set; }
}
