namespace GraphApi.Bolt;

/// <summary>
/// Settings of the driver-level <see cref="BoltDriver.ExecuteQueryAsync(string, object?, QueryConfig, CancellationToken)"/>:
/// where to route, which database, as whom, and which bookmark manager chains it with other queries.
/// </summary>
public sealed class QueryConfig
{
    public AccessMode Routing { get; init; } = AccessMode.Write;

    public string? Database { get; init; }

    public string? ImpersonatedUser { get; init; }

    /// <summary>Chains this query with others through bookmarks; null uses the driver's <see cref="BoltDriver.ExecuteQueryBookmarkManager"/>.</summary>
    public IBookmarkManager? BookmarkManager { get; init; }

    /// <summary>False runs the query without any bookmark manager.</summary>
    public bool EnableBookmarkManager { get; init; } = true;

    public TransactionConfig Transaction { get; init; } = TransactionConfig.Empty;

    public AuthToken? Auth { get; init; }
}
