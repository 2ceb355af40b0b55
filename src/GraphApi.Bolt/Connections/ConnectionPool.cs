using System.Collections.Concurrent;

namespace GraphApi.Bolt.Connections;

/// <summary>
/// A bounded pool of connections to one server. Handing out a connection asks the auth token manager (or the session)
/// for the current credentials first: a pooled connection logged on with other credentials logs on again (5.1+) or is
/// replaced. A connection idle longer than the liveness threshold is checked with RESET; expired, broken and
/// invalidated ones (after an expired authorization), and those the server has closed meanwhile, are closed instead of
/// handed out or returned. The acquisition timeout bounds the whole of it: waiting for a free slot, checking an idle
/// connection, or opening a new one.
/// </summary>
internal sealed class ConnectionPool : IAsyncDisposable
{
    private readonly Func<ServerAddress, AuthToken, CancellationToken, Task<BoltConnection>> _open;
    private readonly DriverOptions _options;
    private readonly IAuthTokenManager _authManager;
    private readonly SemaphoreSlim _slots;
    private readonly ConcurrentStack<BoltConnection> _idle = new();
    private int _generation;
    private int _inUse;
    private volatile bool _closed;

    public ConnectionPool(
        ServerAddress address,
        DriverOptions options,
        IAuthTokenManager authManager,
        Func<ServerAddress, AuthToken, CancellationToken, Task<BoltConnection>> open)
    {
        Address = address;
        _options = options;
        _authManager = authManager;
        _open = open;
        _slots = new SemaphoreSlim(options.MaxConnectionPoolSize, options.MaxConnectionPoolSize);
    }

    public ServerAddress Address { get; }

    public int IdleCount => _idle.Count;

    public int InUseCount => Volatile.Read(ref _inUse);

    public IAuthTokenManager AuthManager => _authManager;

    /// <summary>
    /// A connection logged on with <paramref name="sessionAuth"/>, or with the auth manager's current token when the
    /// session has none. With <paramref name="forceAuthentication"/> the token is presented to the server again even
    /// when a pooled connection is already logged on with it (checking credentials).
    /// </summary>
    public async Task<BoltConnection> AcquireAsync(
        AuthToken? sessionAuth, bool forceLivenessCheck, bool forceAuthentication, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_options.ConnectionAcquisitionTimeout);
        try
        {
            await _slots.WaitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ConnectionAcquisitionTimeoutException(
                $"No connection to {Address} became free within {_options.ConnectionAcquisitionTimeout.TotalSeconds:0.###} s: all " +
                $"{_options.MaxConnectionPoolSize} pooled connections are in use. Close sessions and consume results " +
                "sooner, or raise MaxConnectionPoolSize.");
        }

        try
        {
            var connection = await TakeOrOpenAsync(sessionAuth, forceLivenessCheck, forceAuthentication, deadline.Token).ConfigureAwait(false);
            Interlocked.Increment(ref _inUse);
            return connection;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            _slots.Release();
            throw new ConnectionAcquisitionTimeoutException(
                $"No connection to {Address} could be made ready within {_options.ConnectionAcquisitionTimeout.TotalSeconds:0.###} s " +
                "(the connection acquisition timeout).");
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }

    /// <summary>Returns a connection; one that is broken, expired, invalidated or not back in READY is closed instead.</summary>
    public async ValueTask ReleaseAsync(BoltConnection connection)
    {
        connection.ErrorHandler = null;
        try
        {
            if (connection.State != ConnectionState.Ready && !connection.IsBroken)
            {
                try
                {
                    await connection.ResetAsync(CancellationToken.None).ConfigureAwait(false);
                }
                catch (Neo4jException)
                {
                    // ResetAsync has marked the connection broken; it is closed below.
                }
            }

            if (_closed || !IsReusable(connection))
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }
            else
            {
                _idle.Push(connection);
            }
        }
        finally
        {
            Interlocked.Decrement(ref _inUse);
            _slots.Release();
        }
    }

    /// <summary>
    /// Every connection opened so far must not serve new work (the server expired their authorization): idle ones are
    /// closed now, those in use when they come back.
    /// </summary>
    public async ValueTask InvalidateAsync()
    {
        Interlocked.Increment(ref _generation);
        await CloseIdleAsync().ConfigureAwait(false);
    }

    public async ValueTask CloseIdleAsync()
    {
        while (_idle.TryPop(out var connection))
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _closed = true;
        await CloseIdleAsync().ConfigureAwait(false);
    }

    private async Task<BoltConnection> TakeOrOpenAsync(
        AuthToken? sessionAuth, bool forceLivenessCheck, bool forceAuthentication, CancellationToken cancellationToken)
    {
        AuthToken? token = null;
        while (true)
        {
            token ??= sessionAuth ?? await _authManager.GetTokenAsync(cancellationToken).ConfigureAwait(false);
            if (!_idle.TryPop(out var connection))
            {
                return await OpenAsync(token, sessionAuth is not null, cancellationToken).ConfigureAwait(false);
            }

            if (!IsReusable(connection) || !await IsAliveAsync(connection, forceLivenessCheck, cancellationToken).ConfigureAwait(false))
            {
                await connection.DisposeAsync().ConfigureAwait(false);
                continue;
            }

            if (sessionAuth is not null && !connection.SupportsReauthentication)
            {
                // Session auth needs Bolt 5.1 whatever the token, as in the official drivers; the connection itself is
                // fine and stays pooled.
                _idle.Push(connection);
                throw SessionAuthUnsupported(connection);
            }

            if (connection.Auth.Equals(token) && !forceAuthentication)
            {
                return connection;
            }

            if (connection.SupportsReauthentication)
            {
                connection.Reauthenticate(token);
                return connection;
            }

            if (connection.Auth.Equals(token))
            {
                // Checking the credentials a connection before Bolt 5.1 holds: only a new connection presents them again.
                _idle.Push(connection);
                return await OpenAsync(token, sessionAuth: false, cancellationToken).ConfigureAwait(false);
            }

            // Bolt before 5.1 cannot switch users in place: replace the connection, asking for the token again.
            await connection.DisposeAsync().ConfigureAwait(false);
            token = null;
        }
    }

    private async Task<BoltConnection> OpenAsync(AuthToken token, bool sessionAuth, CancellationToken cancellationToken)
    {
        BoltConnection connection;
        try
        {
            connection = await _open(Address, token, cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jException ex) when (ex.IsSecurityError && !sessionAuth)
        {
            ex.MarkedRetryable = await _authManager.HandleSecurityExceptionAsync(token, ex, cancellationToken).ConfigureAwait(false);
            throw;
        }

        connection.Generation = Volatile.Read(ref _generation);
        if (sessionAuth && !connection.SupportsReauthentication)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw SessionAuthUnsupported(connection);
        }

        return connection;
    }

    private static UnsupportedFeatureException SessionAuthUnsupported(BoltConnection connection) =>
        new($"Session auth (a session with its own credentials) needs Bolt 5.1 (Neo4j 5.5) or later; the server at " +
            $"{connection.Address} speaks Bolt {connection.Version}.");

    private async Task<bool> IsAliveAsync(BoltConnection connection, bool force, CancellationToken cancellationToken)
    {
        if (!force
            && (_options.ConnectionLivenessCheckTimeout is not { } threshold
                || _options.TimeProvider.GetElapsedTime(connection.LastUsedAt) <= threshold))
        {
            return true;
        }

        try
        {
            await connection.ResetAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Neo4jException)
        {
            return false;
        }
    }

    private bool IsReusable(BoltConnection connection) =>
        !connection.IsBroken
        && !connection.IsClosedByServer
        && connection.Generation == Volatile.Read(ref _generation)
        && _options.TimeProvider.GetElapsedTime(connection.CreatedAt) <= _options.MaxConnectionLifetime;
}
