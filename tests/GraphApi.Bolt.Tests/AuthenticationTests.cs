using System.Collections.Concurrent;
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

    /// <summary>
    /// A server's security error goes to the driver's auth token manager, once, with the token that was refused; the
    /// manager's answer decides whether the work may be retried (it will bring other credentials). An expired
    /// authorization is always worth a retry, a transient error too; other errors never reach the manager. These are the
    /// checks TestKit's <c>TestAuthTokenManager5x1.test_error_on_*</c> make after comparing the error's type name with
    /// its table of the official drivers, which fails for any other driver before it gets to them.
    /// </summary>
    [Theory]
    [InlineData("Neo.ClientError.Security.AuthorizationExpired", false, true, true)]
    [InlineData("Neo.ClientError.Security.AuthorizationExpired", true, true, true)]
    [InlineData("Neo.ClientError.Security.TokenExpired", false, true, false)]
    [InlineData("Neo.ClientError.Security.TokenExpired", true, true, true)]
    [InlineData("Neo.ClientError.Security.Unauthorized", false, true, false)]
    [InlineData("Neo.ClientError.Security.Unauthorized", true, true, true)]
    [InlineData("Neo.ClientError.Security.MadeUp", false, true, false)]
    [InlineData("Neo.ClientError.Security.MadeUp", true, true, true)]
    [InlineData("Neo.TransientError.General.TransactionMemoryLimit", true, false, true)]
    [InlineData("Neo.ClientError.Procedure.ProcedureCallFailed", true, false, false)]
    public async Task A_security_error_goes_to_the_auth_token_manager_whose_answer_decides_the_retry(
        string code, bool handles, bool told, bool retryable)
    {
        var manager = new RecordingAuthTokenManager(handles);
        await using var server = StubServer.Start(FailingPull("5.4", code));
        var driver = BoltDriver.Create(server.Uri, manager, Conversation.Options());

        var error = await FailAsync(driver.AsyncSession());

        Assert.Equal(code, error.Code);
        Assert.Equal(retryable, error.IsTransient);
        Assert.Equal(1, manager.Gets);
        Assert.Equal(told ? [(true, code)] : [], manager.Told);
        await driver.DisposeAsync();
        await server.DoneAsync();
    }

    /// <summary>
    /// A session that brings its own credentials keeps the manager out of it: the manager is neither asked for a token
    /// nor told of the session's security errors, which are then not retried (the session's credentials will not change).
    /// </summary>
    [Theory]
    [InlineData("Neo.ClientError.Security.TokenExpired")]
    [InlineData("Neo.ClientError.Security.Unauthorized")]
    public async Task A_session_with_its_own_credentials_does_not_involve_the_auth_token_manager(string code)
    {
        var manager = new RecordingAuthTokenManager(handles: true);
        await using var server = StubServer.Start(FailingPull("5.4", code));
        var driver = BoltDriver.Create(server.Uri, manager, Conversation.Options());

        var error = await FailAsync(driver.AsyncSession(c => c.Auth = AuthTokens.Basic(Conversation.User, Conversation.Password)));

        Assert.Equal(code, error.Code);
        Assert.False(error.IsTransient);
        Assert.Equal(0, manager.Gets);
        Assert.Empty(manager.Told);
        await driver.DisposeAsync();
        await server.DoneAsync();
    }

    /// <summary>The conversation of TestKit's <c>reader_yielding_error_on_pull.script</c>: the server fails the PULL and hangs up.</summary>
    private static string FailingPull(string version, string code) =>
        Conversation.Open(version)
        + Conversation.Run(version, "RETURN 1 AS n") + "\n"
        + Conversation.Pull(version, 1000) + "\n"
        + "S: SUCCESS {\"fields\": [\"n\"]}\n"
        + Conversation.Failure(version, code, "refused") + "\n"
        + "!: EXIT\n";

    private static async Task<Neo4jException> FailAsync(AsyncSession session)
    {
        await using (session)
        {
            return await Assert.ThrowsAnyAsync<Neo4jException>(async () =>
            {
                var cursor = await session.RunAsync("RETURN 1 AS n");
                await cursor.FetchAsync();
            });
        }
    }

    /// <summary>Hands out the driver's credentials, counting the calls, and records each security error it is told of.</summary>
    private sealed class RecordingAuthTokenManager(bool handles) : IAuthTokenManager
    {
        private static readonly AuthToken Token = AuthTokens.Basic(Conversation.User, Conversation.Password);
        private int _gets;

        public int Gets => Volatile.Read(ref _gets);

        /// <summary>Each error told of: whether it came with the token this manager gave, and its code.</summary>
        public ConcurrentQueue<(bool OurToken, string? Code)> Told { get; } = new();

        public ValueTask<AuthToken> GetTokenAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _gets);
            return ValueTask.FromResult(Token);
        }

        public ValueTask<bool> HandleSecurityExceptionAsync(AuthToken token, Neo4jException error, CancellationToken cancellationToken)
        {
            Told.Enqueue((token.Equals(Token), error.Code));
            return ValueTask.FromResult(handles);
        }
    }
}
