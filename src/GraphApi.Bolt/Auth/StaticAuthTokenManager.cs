namespace GraphApi.Bolt.Auth;

/// <summary>The manager behind a plain <see cref="AuthToken"/>: one token for the driver's life.</summary>
internal sealed class StaticAuthTokenManager(AuthToken token) : IAuthTokenManager
{
    public AuthToken Token { get; } = token;

    public ValueTask<AuthToken> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult(Token);

    public ValueTask<bool> HandleSecurityExceptionAsync(AuthToken token, Neo4jException error, CancellationToken cancellationToken) =>
        ValueTask.FromResult(false);
}
