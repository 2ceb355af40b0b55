namespace GraphApi.Bolt.Connections;

/// <summary>
/// What a unit of work needs a connection for. With routing, <see cref="Database"/> may start out null (the user's
/// home database) and is filled in with the name the cluster resolved it to, which the session then keeps.
/// </summary>
internal sealed class ConnectionRequest(AccessMode mode, string? database, IReadOnlyList<string> bookmarks, string? impersonatedUser, AuthToken? sessionAuth)
{
    public AccessMode Mode { get; } = mode;

    public string? Database { get; set; } = database;

    /// <summary>Bookmarks the routing table fetch waits for (the system database may have to catch up first).</summary>
    public IReadOnlyList<string> Bookmarks { get; } = bookmarks;

    public string? ImpersonatedUser { get; } = impersonatedUser;

    /// <summary>The session's own credentials, if it has any; otherwise the driver's auth token manager decides.</summary>
    public AuthToken? SessionAuth { get; } = sessionAuth;

    /// <summary>A pooled connection is checked with RESET however recently it was used (connectivity checks).</summary>
    public bool ForceLivenessCheck { get; init; }

    /// <summary>
    /// The credentials themselves are checked (VerifyAuthentication): a pooled connection logs on again even when it is
    /// logged on with the same token.
    /// </summary>
    public bool ForceAuthentication { get; init; }
}
