using GraphApi.Bolt.Tests.Stub;

namespace GraphApi.Bolt.Tests;

/// <summary>The connection pool: bounded size with an acquisition timeout, reuse, and liveness checks.</summary>
public class PoolTests
{
    /// <summary>The conversation of <see cref="RunOneAsync"/> on Bolt 5.4.</summary>
    private const string ReturnOne = """
        C: RUN "RETURN 1 AS one" {} {}
        C: PULL {"n": 1000}
        S: SUCCESS {"fields": ["one"]}
        S: RECORD [1]
        S: SUCCESS {}

        """;

    [Theory]
    [MemberData(nameof(Conversation.ModernVersions), MemberType = typeof(Conversation))]
    public async Task An_exhausted_pool_times_out_with_a_clear_error(string version)
    {
        var script = Conversation.Open(version) + """
            C: BEGIN {}
            C: ROLLBACK
            S: SUCCESS {}
            S: SUCCESS {}
            """ + "\n" + Conversation.Close(version);
        await using var server = StubServer.Start(script);
        var driver = Conversation.Driver(server, o =>
        {
            o.MaxConnectionPoolSize = 1;
            // The timeout bounds the holder's acquisition too, which opens the connection (handshake, HELLO): on a
            // loaded CI machine that alone once took more than 1 s.
            o.ConnectionAcquisitionTimeout = TimeSpan.FromSeconds(5);
        });
        await using (var holder = driver.AsyncSession())
        {
            var tx = await holder.BeginTransactionAsync();
            await using (var waiter = driver.AsyncSession())
            {
                var error = await Assert.ThrowsAsync<ConnectionAcquisitionTimeoutException>(() => waiter.BeginTransactionAsync());
                Assert.Contains("MaxConnectionPoolSize", error.Message, StringComparison.Ordinal);
            }

            await tx.RollbackAsync();
        }

        await driver.DisposeAsync();
        await server.DoneAsync();
        Assert.Equal(1, server.ConnectionsAccepted);
    }

    /// <summary>A connection idle for up to the threshold is handed out as it is; one idle for longer is checked first.</summary>
    [Fact]
    public async Task A_connection_idle_past_the_threshold_is_checked_with_reset()
    {
        var script = Conversation.Open("5.4") + ReturnOne + ReturnOne + "C: RESET\nS: SUCCESS {}\n" + ReturnOne + Conversation.Close("5.4");
        await using var server = StubServer.Start(script);
        var clock = new ManualClock();
        var driver = Conversation.Driver(server, o =>
        {
            o.ConnectionLivenessCheckTimeout = TimeSpan.FromMinutes(1);
            o.TimeProvider = clock;
        });

        await RunOneAsync(driver);
        clock.Advance(TimeSpan.FromSeconds(60));
        await RunOneAsync(driver);
        clock.Advance(TimeSpan.FromSeconds(61));
        await RunOneAsync(driver);

        await driver.DisposeAsync();
        await server.DoneAsync();
        Assert.Equal(1, driver.Metrics.ConnectionsOpened);
    }

    /// <summary>A connection is reused up to its lifetime and closed (GOODBYE) when it is asked for after that.</summary>
    [Fact]
    public async Task A_connection_past_its_lifetime_is_replaced()
    {
        var first = Conversation.Open("5.4") + "C: RESET\nS: SUCCESS {}\n" + Conversation.Close("5.4");
        var second = Conversation.Open("5.4") + Conversation.Close("5.4");
        await using var server = StubServer.Start(first, second);
        var clock = new ManualClock();
        var driver = Conversation.Driver(server, o =>
        {
            o.MaxConnectionLifetime = TimeSpan.FromHours(1);
            o.TimeProvider = clock;
        });

        await driver.VerifyConnectivityAsync();
        clock.Advance(TimeSpan.FromMinutes(59));
        await driver.VerifyConnectivityAsync();
        clock.Advance(TimeSpan.FromMinutes(2));
        await driver.VerifyConnectivityAsync();

        await driver.DisposeAsync();
        await server.DoneAsync();
        Assert.Equal(2, driver.Metrics.ConnectionsOpened);
    }

    /// <summary>
    /// The server closed a pooled connection while it was idle (a restart, its own idle timeout): the pool sees it and
    /// opens a new one, instead of handing out a connection whose first query would fail.
    /// </summary>
    [Fact]
    public async Task A_connection_the_server_closed_while_idle_is_replaced_before_it_is_used()
    {
        var closing = Conversation.Open("5.4") + ReturnOne + "!: EXIT";
        var next = Conversation.Open("5.4") + ReturnOne + Conversation.Close("5.4");
        await using var server = StubServer.Start(closing, next);
        var driver = Conversation.Driver(server);

        await RunOneAsync(driver);
        await server.ConversationEndedAsync(0);
        await RunOneAsync(driver);

        await driver.DisposeAsync();
        await server.DoneAsync();
        Assert.Equal(2, driver.Metrics.ConnectionsOpened);
    }

    [Fact]
    public void Unsupported_schemes_are_rejected_with_the_list_of_supported_ones()
    {
        var error = Assert.Throws<ArgumentException>(() => BoltDriver.Create(new Uri("http://localhost:7474"), AuthTokens.None));
        Assert.Contains("bolt+ssc", error.Message, StringComparison.Ordinal);
    }

    private static async Task RunOneAsync(BoltDriver driver)
    {
        await using var session = driver.AsyncSession();
        Assert.Equal(1, (await (await session.RunAsync("RETURN 1 AS one")).SingleAsync()).Get<int>("one"));
    }
}
