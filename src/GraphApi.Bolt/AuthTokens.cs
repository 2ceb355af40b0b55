namespace GraphApi.Bolt;

/// <summary>Factory for auth tokens, named as in the official Neo4j drivers.</summary>
public static class AuthTokens
{
    /// <summary>No authentication: the server must have auth disabled.</summary>
    public static AuthToken None { get; } = new(new Dictionary<string, object?> { ["scheme"] = "none" });

    /// <summary>User name and password ("basic" scheme).</summary>
    public static AuthToken Basic(string username, string password, string? realm = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(username);
        ArgumentNullException.ThrowIfNull(password);
        var content = new Dictionary<string, object?>
        {
            ["scheme"] = "basic",
            ["principal"] = username,
            ["credentials"] = password,
        };
        if (realm is not null)
        {
            content["realm"] = realm;
        }

        return new AuthToken(content);
    }
}
