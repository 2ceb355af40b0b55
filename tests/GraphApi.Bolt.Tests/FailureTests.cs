using GraphApi.Bolt.Tests.Stub;

namespace GraphApi.Bolt.Tests;

/// <summary>
/// FAILURE, IGNORED for what was pipelined after it, then RESET, and the connection is reused. (Bolt 1 has ACK_FAILURE
/// too, which the client sends only inside an explicit transaction: see TransactionTests.)
/// </summary>
public class FailureTests
{
    [Theory]
    [MemberData(nameof(Conversation.AllVersions), MemberType = typeof(Conversation))]
    public async Task A_failed_query_resets_the_connection_which_then_works(string version)
    {
        var script = Conversation.Open(version)
            + Conversation.Run(version, "RETRN 1") + "\n"
            + Conversation.Pull(version, 1000) + "\n"
            + Conversation.Failure(version, "Neo.ClientError.Statement.SyntaxError", "Invalid input 'RETRN'") + "\n"
            + "S: IGNORED\n"
            + "C: RESET\n"
            + "S: SUCCESS {}\n"
            + Conversation.Run(version, "RETURN 1 AS one") + "\n"
            + Conversation.Pull(version, 1000) + "\n"
            + "S: SUCCESS {\"fields\": [\"one\"]}\n"
            + "S: RECORD [1]\n"
            + "S: SUCCESS {}\n"
            + Conversation.Close(version);
        await using var server = StubServer.Start(script);
        var driver = Conversation.Driver(server);
        await using (var session = driver.AsyncSession())
        {
            var error = await Assert.ThrowsAsync<Neo4jException>(() => session.RunAsync("RETRN 1"));
            Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
            Assert.Contains("Invalid input 'RETRN'", error.Message, StringComparison.Ordinal);
            Assert.False(error.IsTransient);

            var record = await (await session.RunAsync("RETURN 1 AS one")).SingleAsync();
            Assert.Equal(1, record.Get<int>("one"));
        }

        await driver.DisposeAsync();
        await server.DoneAsync();
        Assert.Equal(1, driver.Metrics.ConnectionsOpened);
    }

    [Theory]
    [MemberData(nameof(Conversation.ModernVersions), MemberType = typeof(Conversation))]
    public async Task A_failure_mid_stream_surfaces_from_the_enumeration(string version)
    {
        var script = Conversation.Open(version) + """
            C: RUN "UNWIND [1, 0] AS x RETURN 1 / x" {} {}
            C: PULL {"n": 1000}
            S: SUCCESS {"fields": ["r"]}
            S: RECORD [1]
            """ + "\n"
            + Conversation.Failure(version, "Neo.ClientError.Statement.ArithmeticError", "/ by zero") + "\n"
            + "C: RESET\nS: SUCCESS {}\n"
            + Conversation.Close(version);
        await using var server = StubServer.Start(script);
        var driver = Conversation.Driver(server);
        await using (var session = driver.AsyncSession())
        {
            var cursor = await session.RunAsync("UNWIND [1, 0] AS x RETURN 1 / x");
            var values = new List<long>();
            var error = await Assert.ThrowsAsync<Neo4jException>(async () =>
            {
                await foreach (var record in cursor)
                {
                    values.Add(record.Get<long>(0));
                }
            });
            Assert.Equal([1L], values);
            Assert.Equal("Neo.ClientError.Statement.ArithmeticError", error.Code);
        }

        await driver.DisposeAsync();
        await server.DoneAsync();
    }

    /// <summary>
    /// Neo4j 3.1 (Bolt 1) keeps the transaction of an auto-commit query that failed while streaming (a division by zero
    /// in its second record) through ACK_FAILURE, and fails the next query on that connection with
    /// TransactionMarkedAsFailed. RESET ends it, and the next query runs on the same connection.
    /// </summary>
    [Fact]
    public async Task Bolt_1_resets_after_an_auto_commit_query_fails_while_streaming()
    {
        var script = Conversation.Open("1", "Neo4j/3.1.1") + """
            C: RUN "UNWIND [1, 0] AS x RETURN 1 / x AS r" {}
            C: PULL_ALL
            S: SUCCESS {"fields": ["r"]}
            S: RECORD [1]
            S: FAILURE {"code": "Neo.ClientError.Statement.ArithmeticError", "message": "/ by zero"}
            C: RESET
            S: SUCCESS {}
            C: RUN "RETURN 1 AS one" {}
            C: PULL_ALL
            S: SUCCESS {"fields": ["one"]}
            S: RECORD [1]
            S: SUCCESS {}
            """;
        await using var server = StubServer.Start(script);
        var driver = Conversation.Driver(server, o => o.MaxConnectionPoolSize = 1);
        await using (var session = driver.AsyncSession())
        {
            var cursor = await session.RunAsync("UNWIND [1, 0] AS x RETURN 1 / x AS r");
            var error = await Assert.ThrowsAsync<Neo4jException>(() => cursor.ToListAsync());
            Assert.Equal("Neo.ClientError.Statement.ArithmeticError", error.Code);

            var record = await (await session.RunAsync("RETURN 1 AS one")).SingleAsync();
            Assert.Equal(1, record.Get<int>("one"));
        }

        await driver.DisposeAsync();
        await server.DoneAsync();
        Assert.Equal(1, driver.Metrics.ConnectionsOpened);
    }

    [Fact]
    public async Task A_connection_dropped_mid_stream_is_transient_and_not_reused()
    {
        var script = Conversation.Open("5.4") + """
            C: RUN "RETURN 1" {} {}
            C: PULL {"n": 1000}
            S: SUCCESS {"fields": ["x"]}
            !: EXIT
            """;
        var second = Conversation.Open("5.4") + Conversation.Close("5.4");
        await using var server = StubServer.Start(script, second);
        var driver = Conversation.Driver(server);
        await using (var session = driver.AsyncSession())
        {
            var cursor = await session.RunAsync("RETURN 1");
            var error = await Assert.ThrowsAsync<ServiceUnavailableException>(() => cursor.ToListAsync());
            Assert.True(error.IsTransient);
        }

        await driver.VerifyConnectivityAsync();
        await driver.DisposeAsync();
        await server.DoneAsync();
        Assert.Equal(2, driver.Metrics.ConnectionsOpened);
    }
}
