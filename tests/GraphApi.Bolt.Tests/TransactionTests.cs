using GraphApi.Bolt.Tests.Stub;

namespace GraphApi.Bolt.Tests;

/// <summary>Explicit transactions: BEGIN/COMMIT/ROLLBACK with bookmarks (3+), statements on Bolt 1.</summary>
public class TransactionTests
{
    [Theory]
    [MemberData(nameof(Conversation.ModernVersions), MemberType = typeof(Conversation))]
    public async Task Commit_returns_a_bookmark_that_the_next_transaction_sends(string version)
    {
        var script = Conversation.Open(version) + """
            C: BEGIN {"bookmarks": ["bm0"]}
            C: RUN "CREATE (n:Person {name: $name})" {"name": "Ada"} {}
            C: PULL {"n": 1000}
            S: SUCCESS {}
            S: SUCCESS {"fields": [], "qid": 0}
            S: SUCCESS {"type": "w", "stats": {"nodes-created": 1, "properties-set": 1}}
            C: COMMIT
            S: SUCCESS {"bookmark": "bm1"}
            C: BEGIN {"bookmarks": ["bm1"]}
            C: RUN "MATCH (n) DETACH DELETE n" {} {}
            C: PULL {"n": 1000}
            S: SUCCESS {}
            S: SUCCESS {"fields": []}
            S: SUCCESS {"type": "w"}
            C: ROLLBACK
            S: SUCCESS {}
            """ + "\n" + Conversation.Close(version);
        await using var server = StubServer.Start(script);
        var driver = Conversation.Driver(server);
        await using (var session = driver.AsyncSession(c => c.Bookmarks = ["bm0"]))
        {
            var tx = await session.BeginTransactionAsync();
            var created = await (await tx.RunAsync("CREATE (n:Person {name: $name})", new { name = "Ada" })).ConsumeAsync();
            Assert.Equal(1, created.Counters["nodes-created"]);
            Assert.Equal("w", created.QueryType);
            Assert.Equal("bm1", await tx.CommitAsync());
            Assert.Equal(["bm1"], session.LastBookmarks);

            await using (var second = await session.BeginTransactionAsync())
            {
                await (await second.RunAsync("MATCH (n) DETACH DELETE n")).ConsumeAsync();
                await second.RollbackAsync();
            }

            Assert.Equal(["bm1"], session.LastBookmarks);
        }

        await driver.DisposeAsync();
        await server.DoneAsync();
    }

    [Theory]
    [MemberData(nameof(Conversation.ModernVersions), MemberType = typeof(Conversation))]
    public async Task Managed_transaction_costs_two_round_trips_for_one_query(string version)
    {
        var script = Conversation.Open(version) + """
            C: BEGIN {"mode": "r"}
            C: RUN "RETURN 42 AS answer" {} {}
            C: PULL {"n": 1000}
            S: SUCCESS {}
            S: SUCCESS {"fields": ["answer"]}
            S: RECORD [42]
            S: SUCCESS {}
            C: COMMIT
            S: SUCCESS {"bookmark": "b"}
            """ + "\n" + Conversation.Close(version);
        await using var server = StubServer.Start(script);
        var driver = Conversation.Driver(server);
        await driver.VerifyConnectivityAsync();
        var before = driver.Metrics.RoundTrips;
        await using (var session = driver.AsyncSession())
        {
            var answer = await session.ExecuteReadAsync(async tx =>
            {
                var cursor = await tx.RunAsync("RETURN 42 AS answer");
                return (await cursor.SingleAsync()).Get<int>("answer");
            });
            Assert.Equal(42, answer);
        }

        Assert.Equal(2, driver.Metrics.RoundTrips - before);
        await driver.DisposeAsync();
        await server.DoneAsync();
    }

    [Fact]
    public async Task Bolt_1_runs_transactions_as_statements()
    {
        var script = Conversation.Open("1", "Neo4j/3.1.1") + """
            C: RUN "BEGIN" {}
            C: PULL_ALL
            C: RUN "CREATE (:A)" {}
            C: PULL_ALL
            S: SUCCESS {"fields": []}
            S: SUCCESS {}
            S: SUCCESS {"fields": []}
            S: SUCCESS {}
            C: RUN "COMMIT" {}
            C: PULL_ALL
            S: SUCCESS {"fields": []}
            S: SUCCESS {"bookmark": "neo4j:bookmark:v1:tx4"}
            """;
        await using var server = StubServer.Start(script);
        var driver = Conversation.Driver(server);
        await using (var session = driver.AsyncSession())
        {
            await session.ExecuteWriteAsync(async tx => await (await tx.RunAsync("CREATE (:A)")).ConsumeAsync());
            Assert.Equal(["neo4j:bookmark:v1:tx4"], session.LastBookmarks);
        }

        await driver.DisposeAsync();
        await server.DoneAsync();
    }

    [Theory]
    [MemberData(nameof(Conversation.ModernVersions), MemberType = typeof(Conversation))]
    public async Task A_transient_error_is_retried_in_a_new_transaction(string version)
    {
        var script = Conversation.Open(version) + """
            C: BEGIN {}
            C: RUN "MERGE (n:Counter) SET n.v = n.v + 1" {} {}
            C: PULL {"n": 1000}
            S: SUCCESS {}
            """ + "\n"
            + Conversation.Failure(version, "Neo.TransientError.Transaction.DeadlockDetected", "deadlock") + "\n"
            + """
            S: IGNORED
            C: RESET
            S: SUCCESS {}
            C: BEGIN {}
            C: RUN "MERGE (n:Counter) SET n.v = n.v + 1" {} {}
            C: PULL {"n": 1000}
            S: SUCCESS {}
            S: SUCCESS {"fields": []}
            S: SUCCESS {}
            C: COMMIT
            S: SUCCESS {"bookmark": "after-retry"}
            """ + "\n" + Conversation.Close(version);
        await using var server = StubServer.Start(script);
        var driver = Conversation.Driver(server);
        var attempts = 0;
        await using (var session = driver.AsyncSession())
        {
            await session.ExecuteWriteAsync(async tx =>
            {
                attempts++;
                await (await tx.RunAsync("MERGE (n:Counter) SET n.v = n.v + 1")).ConsumeAsync();
            });
            Assert.Equal(["after-retry"], session.LastBookmarks);
        }

        Assert.Equal(2, attempts);
        await driver.DisposeAsync();
        await server.DoneAsync();
    }

    [Fact]
    public async Task Retrying_stops_after_the_maximum_retry_time()
    {
        var failing = Conversation.Open("5.4") + """
            C: BEGIN {}
            C: RUN "RETURN 1" {} {}
            C: PULL {"n": 1000}
            S: FAILURE {"code": "Neo.TransientError.General.DatabaseUnavailable", "message": "down"}
            S: IGNORED
            S: IGNORED
            C: RESET
            S: SUCCESS {}
            """;
        var script = failing + "\nC: BEGIN {}\nC: RUN \"RETURN 1\" {} {}\nC: PULL {\"n\": 1000}\n"
            + "S: FAILURE {\"code\": \"Neo.TransientError.General.DatabaseUnavailable\", \"message\": \"down\"}\n"
            + "S: IGNORED\nS: IGNORED\nC: RESET\nS: SUCCESS {}\nC: GOODBYE\n";
        await using var server = StubServer.Start(script);
        var driver = Conversation.Driver(server, o =>
        {
            // The first delay (10 s) is cut to what is left of the 3 s budget, so exactly one retry happens (the budget
            // is wide enough that a slow first attempt on a busy machine still leaves time for the retry).
            o.RetryInitialDelay = TimeSpan.FromSeconds(10);
            o.MaxTransactionRetryTime = TimeSpan.FromSeconds(3);
            o.RetryDelayJitter = 0;
        });
        var attempts = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await using (var session = driver.AsyncSession())
        {
            var error = await Assert.ThrowsAsync<Neo4jException>(() => session.ExecuteWriteAsync(async tx =>
            {
                attempts++;
                await tx.RunAsync("RETURN 1");
            }));
            Assert.Equal("Neo.TransientError.General.DatabaseUnavailable", error.Code);
        }

        Assert.Equal(2, attempts);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(2.9), TimeSpan.FromSeconds(9));
        await driver.DisposeAsync();
        await server.DoneAsync();
    }

    [Fact]
    public async Task A_connection_closed_during_the_handshake_is_retried_on_a_new_one()
    {
        var script = Conversation.Open("5.8") + """
            C: BEGIN {}
            C: RUN "RETURN 1" {} {}
            C: PULL {"n": 1000}
            S: SUCCESS {}
            S: SUCCESS {"fields": ["1"]}
            S: RECORD [1]
            S: SUCCESS {}
            C: COMMIT
            S: SUCCESS {"bookmark": "b"}
            """ + "\n" + Conversation.Close("5.8");
        await using var server = StubServer.Start("!: EXIT", script);
        var driver = Conversation.Driver(server);
        await using (var session = driver.AsyncSession())
        {
            var value = await session.ExecuteWriteAsync(async tx => (await (await tx.RunAsync("RETURN 1")).SingleAsync()).Get<int>(0));
            Assert.Equal(1, value);
        }

        await driver.DisposeAsync();
        await server.DoneAsync();
        Assert.Equal(2, server.ConnectionsAccepted);
    }

    [Fact]
    public async Task Bolt_1_rolls_back_with_a_statement_and_recovers_from_failure_with_ack_failure()
    {
        var script = Conversation.Open("1", "Neo4j/3.1.1") + """
            C: RUN "BEGIN" {}
            C: PULL_ALL
            C: RUN "CREATE (:A)" {}
            C: PULL_ALL
            S: SUCCESS {"fields": []}
            S: SUCCESS {}
            S: SUCCESS {"fields": []}
            S: SUCCESS {}
            C: RUN "ROLLBACK" {}
            C: PULL_ALL
            S: SUCCESS {"fields": []}
            S: SUCCESS {}
            C: RUN "BEGIN" {}
            C: PULL_ALL
            C: RUN "RETRN" {}
            C: PULL_ALL
            S: SUCCESS {"fields": []}
            S: SUCCESS {}
            S: FAILURE {"code": "Neo.ClientError.Statement.SyntaxError", "message": "Invalid input"}
            S: IGNORED
            C: ACK_FAILURE
            S: SUCCESS {}
            C: RESET
            S: SUCCESS {}
            """;
        await using var server = StubServer.Start(script);
        var driver = Conversation.Driver(server);
        await using (var session = driver.AsyncSession())
        {
            await using (var tx = await session.BeginTransactionAsync())
            {
                await (await tx.RunAsync("CREATE (:A)")).ConsumeAsync();
                await tx.RollbackAsync();
            }

            await using (var failing = await session.BeginTransactionAsync())
            {
                var error = await Assert.ThrowsAsync<Neo4jException>(() => failing.RunAsync("RETRN"));
                Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
                await Assert.ThrowsAsync<InvalidOperationException>(() => failing.RunAsync("RETURN 1"));
            }
        }

        await driver.DisposeAsync();
        await server.DoneAsync();
    }

    /// <summary>
    /// Bolt 1's ACK_FAILURE clears the failure but not the server's explicit transaction: after a COMMIT statement fails
    /// (Neo4j 3.x can fail one with a deadlock found while committing), the server still counts the transaction as
    /// open, and BEGIN on that connection fails with "Nested transactions are not supported". The connection is RESET
    /// before it serves the retry.
    /// </summary>
    [Fact]
    public async Task Bolt_1_resets_a_connection_whose_commit_failed_before_the_retry_begins_again()
    {
        var script = Conversation.Open("1", "Neo4j/3.1.1") + """
            C: RUN "BEGIN" {}
            C: PULL_ALL
            C: RUN "MERGE (a:Hub)-[:LINKS]->(b:Leaf)" {}
            C: PULL_ALL
            S: SUCCESS {"fields": []}
            S: SUCCESS {}
            S: SUCCESS {"fields": []}
            S: SUCCESS {}
            C: RUN "COMMIT" {}
            C: PULL_ALL
            S: FAILURE {"code": "Neo.TransientError.Transaction.DeadlockDetected", "message": "deadlock while committing"}
            S: IGNORED
            C: ACK_FAILURE
            S: SUCCESS {}
            C: RESET
            S: SUCCESS {}
            C: RUN "BEGIN" {}
            C: PULL_ALL
            C: RUN "MERGE (a:Hub)-[:LINKS]->(b:Leaf)" {}
            C: PULL_ALL
            S: SUCCESS {"fields": []}
            S: SUCCESS {}
            S: SUCCESS {"fields": []}
            S: SUCCESS {}
            C: RUN "COMMIT" {}
            C: PULL_ALL
            S: SUCCESS {"fields": []}
            S: SUCCESS {}
            """;
        await using var server = StubServer.Start(script);
        var driver = Conversation.Driver(server, o => o.MaxConnectionPoolSize = 1);
        var attempts = 0;
        await using (var session = driver.AsyncSession())
        {
            await session.ExecuteWriteAsync(async tx =>
            {
                attempts++;
                await (await tx.RunAsync("MERGE (a:Hub)-[:LINKS]->(b:Leaf)")).ConsumeAsync();
            });
        }

        Assert.Equal(2, attempts);
        await driver.DisposeAsync();
        await server.DoneAsync();
        Assert.Equal(1, server.ConnectionsAccepted);
    }

    /// <summary>The same after an explicit transaction's failed COMMIT: the next session's BEGIN finds a clean connection.</summary>
    [Fact]
    public async Task Bolt_1_resets_a_connection_whose_commit_failed_before_the_pool_hands_it_out_again()
    {
        var script = Conversation.Open("1", "Neo4j/3.1.1") + """
            C: RUN "BEGIN" {}
            C: PULL_ALL
            C: RUN "MATCH (n:Hub) DELETE n" {}
            C: PULL_ALL
            S: SUCCESS {"fields": []}
            S: SUCCESS {}
            S: SUCCESS {"fields": []}
            S: SUCCESS {}
            C: RUN "COMMIT" {}
            C: PULL_ALL
            S: FAILURE {"code": "Neo.ClientError.Schema.ConstraintValidationFailed", "message": "Cannot delete node<0>, because it still has relationships."}
            S: IGNORED
            C: ACK_FAILURE
            S: SUCCESS {}
            C: RESET
            S: SUCCESS {}
            C: RUN "BEGIN" {}
            C: PULL_ALL
            C: RUN "ROLLBACK" {}
            C: PULL_ALL
            S: SUCCESS {"fields": []}
            S: SUCCESS {}
            S: SUCCESS {"fields": []}
            S: SUCCESS {}
            """;
        await using var server = StubServer.Start(script);
        var driver = Conversation.Driver(server, o => o.MaxConnectionPoolSize = 1);
        await using (var session = driver.AsyncSession())
        {
            var tx = await session.BeginTransactionAsync();
            await (await tx.RunAsync("MATCH (n:Hub) DELETE n")).ConsumeAsync();
            var error = await Assert.ThrowsAsync<Neo4jException>(() => tx.CommitAsync());
            Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", error.Code);
            Assert.False(tx.IsOpen);
        }

        await using (var next = driver.AsyncSession())
        {
            var tx = await next.BeginTransactionAsync();
            await tx.RollbackAsync();
        }

        await driver.DisposeAsync();
        await server.DoneAsync();
        Assert.Equal(1, server.ConnectionsAccepted);
    }
}
