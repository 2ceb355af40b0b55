namespace GraphApi.Bolt.Protocol;

/// <summary>What goes into the extra map of BEGIN or an auto-commit RUN.</summary>
internal sealed record TransactionParameters(
    IReadOnlyList<string> Bookmarks,
    AccessMode Mode,
    string? Database,
    string? ImpersonatedUser,
    TransactionConfig Config,
    NotificationConfig? Notifications);
