using GraphApi.Bolt.Tests.Stub;

namespace GraphApi.Bolt.Tests;

/// <summary>
/// Credentials of a session's own (Bolt 5.1+, LOGOFF + LOGON on a pooled connection) and checks of credentials
/// (VerifyAuthentication), on connections the pool already holds.
/// </summary>
public class AuthenticationTests
{
    private const string Logon = """C: LOGON {"scheme": "basic", "principal": "neo4j", "credentials": "secret"}""";

    /// <summary>
    /// Before Bolt 5.1 a connection cannot log on again, so a session with credentials of its own is refused, as the
    /// official drivers refuse it, even when a pooled connection holds the same credentials. The connection stays pooled.
    /// </summary>
    [Fact]
    public async Task Session_auth_is_refused_before_bolt_5_1_even_on_a_pooled_connection_with_the_same_credentials()
    {
        var script = Conversation.Open("5.0") + """
            C: RUN "RETURN 1 AS one" {} {}
            C: PULL {"n": 1000}
            S: SUCCESS {"fields": ["one"]}
            S: RECORD [1]
            S: SUCCESS {}
            """ + "\n" + Conversation.Close("5.0");
        await using var server = StubServer.Start(script);
        var driver = Conversation.Driver(server);
        await driver.VerifyConnectivityAsync();

        await using (var own = driver.AsyncSession(c => c.Auth = AuthTokens.Basic(Conversation.User, Conversation.Password)))
        {
            var error = await Assert.ThrowsAsync<UnsupportedFeatureException>(() => own.RunAsync("RETURN 1 AS one"));
            Assert.Contains("Bolt 5.1", error.Message, StringComparison.Ordinal);
        }

        await using (var session = driver.AsyncSession())
        {
            Assert.Equal(1, (await (await session.RunAsync("RETURN 1 AS one")).SingleAsync()).Get<int>("one"));
        }

        await driver.DisposeAsync();
        await server.DoneAsync();
        Assert.Equal(1, driver.Metrics.ConnectionsOpened);
    }

    /// <summary>
    /// Verifying credentials presents them to the server even when a pooled connection is logged on with them already
    /// (the server may have changed its mind since): LOGOFF + LOGON after the liveness check, and a refusal is false.
    /// </summary>
    [Theory]
    [InlineData("5.1")]
    [InlineData("5.4")]
    public async Task Verifying_credentials_logs_a_pooled_connection_on_again(string version)
    {
        var script = Conversation.Open(version) + """
            C: RESET
            S: SUCCESS {}
            C: LOGOFF
            """ + "\n" + Logon + "\n" + """
            C: RESET
            S: SUCCESS {}
            S: FAILURE {"code": "Neo.ClientError.Security.Unauthorized", "message": "The client is unauthorized due to authentication failure."}
            S: IGNORED
            """;
        await using var server = StubServer.Start(script);
        var driver = Conversation.Driver(server);
        await driver.VerifyConnectivityAsync();

        Assert.False(await driver.VerifyAuthenticationAsync(AuthTokens.Basic(Conversation.User, Conversation.Password)));

        await driver.DisposeAsync();
        await server.DoneAsync();
        Assert.Equal(1, driver.Metrics.ConnectionsOpened);
    }

    /// <summary>
    /// Before Bolt 5.1 the driver's own credentials are verified on a new connection (HELLO presents them again); the
    /// pooled one stays for other work.
    /// </summary>
    [Fact]
    public async Task Verifying_the_drivers_credentials_before_bolt_5_1_opens_a_new_connection()
    {
        var pooled = Conversation.Open("5.0") + """
            C: RESET
            S: SUCCESS {}
            """ + "\n" + Conversation.Close("5.0");
        var fresh = Conversation.Open("5.0") + """
            C: RESET
            S: SUCCESS {}
            """ + "\n" + Conversation.Close("5.0");
        await using var server = StubServer.Start(pooled, fresh);
        var driver = Conversation.Driver(server);
        await driver.VerifyConnectivityAsync();

        Assert.True(await driver.VerifyAuthenticationAsync());

        await driver.DisposeAsync();
        await server.DoneAsync();
        Assert.Equal(2, driver.Metrics.ConnectionsOpened);
    }
}
