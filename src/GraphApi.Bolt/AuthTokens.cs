namespace GraphApi.Bolt;

/// <summary>Factory for auth tokens, named as in the official Neo4j drivers.</summary>
public static class AuthTokens
{
    /// <summary>No authentication: the server must have auth disabled.</summary>
    public static AuthToken None { get; } = new(new Dictionary<string, object?> { ["scheme"] = "none" });

    /// <summary>User name and password ("basic" scheme).</summary>
    public static AuthToken Basic(string username, string password, string? realm = null)
    {
        ArgumentNullException.ThrowIfNull(username);
        ArgumentNullException.ThrowIfNull(password);
        var content = new Dictionary<string, object?>
        {
            ["scheme"] = "basic",
            ["principal"] = username,
            ["credentials"] = password,
        };
        if (!string.IsNullOrEmpty(realm))
        {
            content["realm"] = realm;
        }

        return new AuthToken(content);
    }

    /// <summary>A single-sign-on token, for example an OIDC access token ("bearer" scheme).</summary>
    public static AuthToken Bearer(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return new AuthToken(new Dictionary<string, object?> { ["scheme"] = "bearer", ["credentials"] = token });
    }

    /// <summary>A base64-encoded Kerberos ticket ("kerberos" scheme).</summary>
    public static AuthToken Kerberos(string base64EncodedTicket)
    {
        ArgumentNullException.ThrowIfNull(base64EncodedTicket);
        return new AuthToken(new Dictionary<string, object?>
        {
            ["scheme"] = "kerberos",
            ["principal"] = string.Empty,
            ["credentials"] = base64EncodedTicket,
        });
    }

    /// <summary>
    /// A token for a server-side authentication plugin. Empty credentials, realm and parameters are left out of the
    /// map; the principal is always sent (empty when absent) because servers before 4.4 require the field.
    /// </summary>
    public static AuthToken Custom(
        string? principal, string? credentials, string? realm, string scheme, IReadOnlyDictionary<string, object?>? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        var content = new Dictionary<string, object?> { ["scheme"] = scheme, ["principal"] = principal ?? string.Empty };

        if (!string.IsNullOrEmpty(credentials))
        {
            content["credentials"] = credentials;
        }

        if (!string.IsNullOrEmpty(realm))
        {
            content["realm"] = realm;
        }

        if (parameters is { Count: > 0 })
        {
            content["parameters"] = parameters;
        }

        return new AuthToken(content);
    }
}
