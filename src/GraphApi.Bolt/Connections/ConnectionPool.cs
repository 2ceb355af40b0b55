using System.Collections.Concurrent;
using System.Diagnostics;

namespace GraphApi.Bolt.Connections;

/// <summary>
/// A bounded pool of connections to one server. Acquisition waits at most the acquisition timeout; a
/// connection idle for longer than the liveness threshold is checked with RESET before reuse; connections
/// older than the maximum lifetime, and broken ones, are closed instead of returned.
/// </summary>
internal sealed class ConnectionPool : IAsyncDisposable
{
    private readonly Func<CancellationToken, Task<BoltConnection>> _open;
    private readonly DriverOptions _options;
    private readonly SemaphoreSlim _slots;
    private readonly ConcurrentStack<BoltConnection> _idle = new();
    private volatile bool _disposed;

    public ConnectionPool(DriverOptions options, Func<CancellationToken, Task<BoltConnection>> open)
    {
        _options = options;
        _open = open;
        _slots = new SemaphoreSlim(options.MaxConnectionPoolSize, options.MaxConnectionPoolSize);
    }

    public int IdleCount => _idle.Count;

    public int InUseCount => _options.MaxConnectionPoolSize - _slots.CurrentCount;

    public async Task<BoltConnection> AcquireAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!await _slots.WaitAsync(_options.ConnectionAcquisitionTimeout, cancellationToken).ConfigureAwait(false))
        {
            throw new ConnectionAcquisitionTimeoutException(
                $"No connection became free within {_options.ConnectionAcquisitionTimeout.TotalSeconds:0.###} s: all " +
                $"{_options.MaxConnectionPoolSize} pooled connections are in use. Close sessions and consume results " +
                "sooner, or raise MaxConnectionPoolSize.");
        }

        try
        {
            while (_idle.TryPop(out var connection))
            {
                bool reusable;
                try
                {
                    reusable = await IsReusableAsync(connection, cancellationToken).ConfigureAwait(false);
                }
                catch
                {
                    // Canceled during the liveness check: the connection's state is unknown, so close it.
                    await connection.DisposeAsync().ConfigureAwait(false);
                    throw;
                }

                if (reusable)
                {
                    return connection;
                }

                await connection.DisposeAsync().ConfigureAwait(false);
            }

            return await _open(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }

    /// <summary>Returns a connection; one that is broken, expired, or not back in READY is closed instead.</summary>
    public async ValueTask ReleaseAsync(BoltConnection connection)
    {
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

            if (_disposed || connection.IsBroken || IsExpired(connection))
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
            _slots.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        while (_idle.TryPop(out var connection))
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task<bool> IsReusableAsync(BoltConnection connection, CancellationToken cancellationToken)
    {
        if (connection.IsBroken || IsExpired(connection))
        {
            return false;
        }

        if (Stopwatch.GetElapsedTime(connection.LastUsedAt) <= _options.ConnectionLivenessCheckTimeout)
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

    private bool IsExpired(BoltConnection connection) =>
        Stopwatch.GetElapsedTime(connection.CreatedAt) > _options.MaxConnectionLifetime;
}
