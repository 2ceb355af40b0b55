using System.Collections.Concurrent;
using System.Diagnostics;
using GraphApi.Testing;

namespace GraphApi.Bolt.Tests.RealServer;

/// <summary>
/// Issue 17, a server that stops answering without closing its connections (a frozen process, a long pause, a network
/// partition), under load. Queries in flight and new ones fail within the read and connection timeouts, with a driver
/// error, instead of hanging until the server is back; the broken connections are dropped and, once the server answers
/// again, the same driver recovers on its own. The real Neo4j is frozen on the wire by a relay (TcpFaultProxy) rather
/// than with SIGSTOP, because the other test projects share that server while this one runs.
/// </summary>
public sealed class FrozenServerTests
{
    private static readonly TimeSpan FrozenFor = TimeSpan.FromSeconds(20);

    /// <summary>
    /// The longest a query may take while the server is frozen: an acquisition (at most the acquisition timeout, which
    /// bounds opening a connection too) and a read timeout, after a first attempt that failed within the 1 s retry
    /// budget; plus slack for a loaded machine, whose timers fire late. Queries asked before the thaw minus this bound
    /// must have failed before the thaw.
    /// </summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(1 + 5 + 3 + 6);

    [Fact]
    public async Task Queries_fail_within_the_timeouts_while_the_server_is_frozen_and_the_pool_recovers_after()
    {
        await using var proxy = new TcpFaultProxy(RealNeo4j.Uri);
        await using var driver = BoltDriver.Create(proxy.Uri, AuthTokens.Basic(RealNeo4j.User, RealNeo4j.Password), new DriverOptions
        {
            MaxConnectionPoolSize = 4,
            ConnectionReadTimeout = TimeSpan.FromSeconds(3),
            ConnectionTimeout = TimeSpan.FromSeconds(2),
            ConnectionAcquisitionTimeout = TimeSpan.FromSeconds(5),
            MaxTransactionRetryTime = TimeSpan.FromSeconds(1),
            RetryInitialDelay = TimeSpan.FromMilliseconds(100),
        });

        var clock = Stopwatch.StartNew();
        var outcomes = new ConcurrentQueue<(TimeSpan Start, TimeSpan End, Exception? Error)>();
        using var stop = new CancellationTokenSource();
        var load = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var started = clock.Elapsed;
                Exception? error = null;
                try
                {
                    var records = await driver.ExecuteQueryAsync("UNWIND range(1, 200) AS x RETURN sum(x) AS s");
                    Assert.Equal(20100L, records.Single().Get<long>("s"));
                }
                catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
                {
                    error = ex;
                }

                outcomes.Enqueue((started, clock.Elapsed, error));
            }
        })).ToList();

        // Under load: the first connections (a second handshake for Neo4j 3.1's Bolt 1) may take a while.
        await WaitUntilAsync(() => outcomes.Any(o => o.Error is null));
        await Task.Delay(TimeSpan.FromSeconds(1));
        var openedBeforeFreeze = driver.Metrics.ConnectionsOpened;
        // The freeze's moment is read after the gate has closed: a query asked between reading the clock and closing the
        // gate could otherwise pass through and succeed "during" the freeze (seen once at load 30).
        proxy.Freeze();
        var frozenAt = clock.Elapsed;
        await Task.Delay(FrozenFor);
        var thawedAt = clock.Elapsed;
        proxy.Thaw();

        // Recovery: some query that started after the thaw succeeds.
        await WaitUntilAsync(() => outcomes.Any(o => o.Start >= thawedAt && o.Error is null));

        var recoveredAt = clock.Elapsed;
        await Task.Delay(TimeSpan.FromSeconds(2));
        await stop.CancelAsync();
        await Task.WhenAll(load);
        var all = outcomes.ToList();

        Assert.Contains(all, o => o.End < frozenAt && o.Error is null);
        Assert.Contains(all, o => o.Start >= thawedAt && o.Error is null);

        // While frozen nothing succeeds, and every query caught by the freeze (in flight, waiting for a connection or asked
        // during it) fails within the read, connection and acquisition timeouts, well before the thaw: without them those
        // queries would hang until the server came back.
        // (A reply already relayed when the freeze began may still complete just after it.)
        var caught = all.Where(o => o.End > frozenAt + TimeSpan.FromSeconds(1) && o.Start < thawedAt - Bound).ToList();
        Assert.NotEmpty(caught);
        Assert.All(caught, o =>
        {
            Assert.NotNull(o.Error);
            Assert.True(o.End < thawedAt, $"a query asked {o.Start - frozenAt} into the freeze ended {o.End - thawedAt} after the thaw");
        });
        Assert.Contains(all, o => o.Start >= frozenAt && o.End < thawedAt);
        Assert.DoesNotContain(all, o => o.Start >= frozenAt && o.End < thawedAt && o.Error is null);

        // Every failure is a driver error saying the server could not be reached in time, never a hang or a crash.
        var failures = all.Where(o => o.Error is not null).Select(o => o.Error!).ToList();
        Assert.All(failures, e => Assert.True(
            e is ServiceUnavailableException or SessionExpiredException or ConnectionAcquisitionTimeoutException,
            $"{e.GetType().Name}: {e.Message}"));
        Assert.Contains(failures, e => e is ConnectionReadTimeoutException);

        // The connections that were open when it froze were dropped: the pool opened new ones to recover. (Whether every
        // later query succeeds depends on the machine's load against the short read timeout, so it is not asserted.)
        Assert.True(driver.Metrics.ConnectionsOpened > openedBeforeFreeze);
        Assert.Contains(all, o => o.Start >= recoveredAt && o.Error is null);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var waited = Stopwatch.StartNew();
        while (!condition() && waited.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(100);
        }
    }
}
