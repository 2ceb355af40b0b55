namespace GraphApi.Bolt.Auth;

/// <summary>
/// Caches the provider's token until it expires or the server rejects it with one of the handled codes. Concurrent
/// callers share one provider call.
/// </summary>
internal sealed class ExpiringAuthTokenManager(
    Func<CancellationToken, ValueTask<ExpiringAuthToken>> provider, IReadOnlyList<string> handledCodes, TimeProvider time)
    : IAuthTokenManager
{
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private ExpiringAuthToken? _current;

    public async ValueTask<AuthToken> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (Valid(_current) is { } cached)
        {
            return cached;
        }

        await _refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Valid(_current) is { } refreshed)
            {
                return refreshed;
            }

            _current = await provider(cancellationToken).ConfigureAwait(false);
            return _current.Token;
        }
        finally
        {
            _refresh.Release();
        }
    }

    public async ValueTask<bool> HandleSecurityExceptionAsync(AuthToken token, Neo4jException error, CancellationToken cancellationToken)
    {
        if (error.Code is not { } code || !handledCodes.Contains(code))
        {
            return false;
        }

        await _refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_current is { } current && current.Token.Equals(token))
            {
                _current = null;
            }
        }
        finally
        {
            _refresh.Release();
        }

        return true;
    }

    private AuthToken? Valid(ExpiringAuthToken? token) =>
        token is not null && (token.ExpiresAt is not { } expiry || time.GetUtcNow() < expiry) ? token.Token : null;
}
