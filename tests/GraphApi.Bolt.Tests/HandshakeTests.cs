using GraphApi.Bolt.Tests.Stub;

namespace GraphApi.Bolt.Tests;

/// <summary>Bolt handshake specification: proposals, the chosen version, and peers that are not Bolt.</summary>
public class HandshakeTests
{
    [Theory]
    [MemberData(nameof(Conversation.AllVersions), MemberType = typeof(Conversation))]
    public async Task Negotiates_the_servers_choice_and_reports_it(string version)
    {
        await using var server = StubServer.Start(Conversation.Open(version, "Neo4j/9.9.9") + Conversation.Close(version));
        var driver = Conversation.Driver(server);

        var info = await driver.GetServerInfoAsync();
        await driver.DisposeAsync();

        Assert.Equal("Neo4j/9.9.9", info.Agent);
        Assert.Equal(Conversation.Parse(version), info.ProtocolVersion);
        Assert.Equal($"127.0.0.1:{server.Port}", info.Address);
        await server.DoneAsync();
    }

    [Fact]
    public async Task Proposes_5_8_down_to_5_0_then_4_4_down_to_4_2_then_4_1_then_3()
    {
        await using var server = StubServer.Start(Conversation.Open("5.8") + Conversation.Close("5.8"));
        var driver = Conversation.Driver(server);
        await driver.VerifyConnectivityAsync();
        await driver.DisposeAsync();
        await server.DoneAsync();

        Assert.True(server.HandshakeProposals.TryDequeue(out var proposals));
        Assert.Equal("00080805" + "00020404" + "00000104" + "00000003", Convert.ToHexString(proposals));
    }

    [Fact]
    public async Task A_bolt_1_server_is_asked_again_for_bolt_1_and_offered_it_first_from_then_on()
    {
        var open = Conversation.Open("1", "Neo4j/3.1.1");
        await using var server = StubServer.Start(open, open);
        var driver = Conversation.Driver(server, o => o.MaxConnectionLifetime = TimeSpan.Zero);
        await driver.VerifyConnectivityAsync();
        await driver.VerifyConnectivityAsync();
        await driver.DisposeAsync();
        await server.DoneAsync();

        Assert.Equal(
            ["00080805000204040000010400000003", "00000001000000000000000000000000", "00000001000000000000000000000000"],
            server.HandshakeProposals.Select(Convert.ToHexString));
        Assert.Equal(1, server.HandshakesRefused);
    }

    [Fact]
    public async Task An_http_peer_gets_a_clear_error()
    {
        await using var server = StubServer.Start("!: HANDSHAKE_RAW 485454502F312E312034303020426164205265717565737400");
        var driver = Conversation.Driver(server);

        var error = await Assert.ThrowsAsync<ProtocolViolationException>(() => driver.VerifyConnectivityAsync());
        await driver.DisposeAsync();

        Assert.Contains("HTTP", error.Message, StringComparison.Ordinal);
        Assert.Contains("7687", error.Message, StringComparison.Ordinal);
        Assert.False(error.IsTransient);
        await server.DoneAsync();
    }

    [Fact]
    public async Task No_common_version_is_reported()
    {
        await using var server = StubServer.Start("!: HANDSHAKE_RAW 00000000", "!: HANDSHAKE_RAW 00000000");
        var driver = Conversation.Driver(server);

        var error = await Assert.ThrowsAsync<ProtocolViolationException>(() => driver.VerifyConnectivityAsync());
        await driver.DisposeAsync();

        Assert.Contains("none of the Bolt versions this client speaks", error.Message, StringComparison.Ordinal);
        await server.DoneAsync();
    }

    [Fact]
    public async Task A_refused_connection_is_transient()
    {
        int port;
        await using (var server = StubServer.Start())
        {
            port = server.Port;
        }

        var driver = BoltDriver.Create(new Uri($"bolt://127.0.0.1:{port}"), AuthTokens.None);
        var error = await Assert.ThrowsAsync<ServiceUnavailableException>(() => driver.VerifyConnectivityAsync());
        await driver.DisposeAsync();
        Assert.True(error.IsTransient);
    }

    [Theory]
    [MemberData(nameof(Conversation.ModernVersions), MemberType = typeof(Conversation))]
    public async Task Wrong_credentials_fail_with_the_security_code_and_are_not_retried(string version)
    {
        var v = Conversation.Parse(version);
        var auth = "\"scheme\": \"basic\", \"principal\": \"neo4j\", \"credentials\": \"secret\"";
        var failure = Conversation.Failure(version, "Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure.");
        var patch = v == BoltVersion.V4_4 ? ", \"patch_bolt\": [\"utc\"]" : string.Empty;
        var script = v < BoltVersion.V5_1
            ? $"!: BOLT {version}\nC: HELLO {{\"user_agent\": \"*\", {auth}{patch}}}\n{failure}\n!: EXIT"
            : $"!: BOLT {version}\nC: HELLO *\nC: LOGON {{{auth}}}\nS: SUCCESS {{\"server\": \"Neo4j/5.26.0\"}}\n{failure}\n!: EXIT";
        await using var server = StubServer.Start(script);
        var driver = Conversation.Driver(server);
        await using var session = driver.AsyncSession();

        var error = await Assert.ThrowsAsync<Neo4jException>(() => session.ExecuteReadAsync(tx => tx.RunAsync("RETURN 1")));
        await driver.DisposeAsync();

        Assert.Equal("Neo.ClientError.Security.Unauthorized", error.Code);
        Assert.True(error.IsSecurityError);
        Assert.False(error.IsTransient);
        await server.DoneAsync();
        Assert.Equal(1, server.ConnectionsAccepted);
    }
}
