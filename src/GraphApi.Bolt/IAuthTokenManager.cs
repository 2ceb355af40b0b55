namespace GraphApi.Bolt;

/// <summary>
/// Supplies the credentials a driver authenticates with, and may change them while the driver runs (password
/// rotation, expiring single-sign-on tokens). The driver asks for the token each time it hands out a connection; a
/// pooled connection that logged on with another token logs on again (LOGOFF + LOGON, Bolt 5.1+) or is replaced.
/// </summary>
public interface IAuthTokenManager
{
    /// <summary>The token to authenticate with now.</summary>
    ValueTask<AuthToken> GetTokenAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Called when the server rejected <paramref name="token"/> with a <c>Neo.ClientError.Security.*</c> error.
    /// Returning true marks the error as handled: the manager will supply other credentials, so the work that failed
    /// may be retried.
    /// </summary>
    ValueTask<bool> HandleSecurityExceptionAsync(AuthToken token, Neo4jException error, CancellationToken cancellationToken);
}
