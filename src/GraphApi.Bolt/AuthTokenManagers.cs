using GraphApi.Bolt.Auth;

namespace GraphApi.Bolt;

/// <summary>The auth token managers of the official drivers: a fixed token, rotating passwords, expiring bearer tokens.</summary>
public static class AuthTokenManagers
{
    /// <summary>Always the same token; security errors are never handled.</summary>
    public static IAuthTokenManager Static(AuthToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return new StaticAuthTokenManager(token);
    }

    /// <summary>
    /// For password rotation: <paramref name="provider"/> is called once, and again only after the server answered
    /// <c>Neo.ClientError.Security.Unauthorized</c> (which is then handled, so the work is retried).
    /// </summary>
    public static IAuthTokenManager Basic(Func<CancellationToken, ValueTask<AuthToken>> provider, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(provider);
        return new ExpiringAuthTokenManager(
            async ct => new ExpiringAuthToken(await provider(ct).ConfigureAwait(false), null),
            ["Neo.ClientError.Security.Unauthorized"],
            timeProvider ?? TimeProvider.System);
    }

    /// <summary>
    /// For expiring single-sign-on tokens: <paramref name="provider"/> is called again when the token it gave has
    /// expired, or after the server answered <c>TokenExpired</c> or <c>Unauthorized</c> (which are then handled).
    /// </summary>
    public static IAuthTokenManager Bearer(Func<CancellationToken, ValueTask<ExpiringAuthToken>> provider, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(provider);
        return new ExpiringAuthTokenManager(
            provider,
            ["Neo.ClientError.Security.TokenExpired", "Neo.ClientError.Security.Unauthorized"],
            timeProvider ?? TimeProvider.System);
    }
}
