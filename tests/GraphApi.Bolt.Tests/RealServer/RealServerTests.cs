namespace GraphApi.Bolt.Tests.RealServer;

/// <summary>Against the Neo4j started by scripts/neo4j.sh (3.1.1, Bolt 1).</summary>
public class RealServerTests
{
    [Fact]
    public async Task Connects_with_the_right_password_and_reports_the_server()
    {
        await using var driver = RealNeo4j.Driver();
        var info = await driver.GetServerInfoAsync();
        Assert.StartsWith("Neo4j/", info.Agent, StringComparison.Ordinal);
        Assert.True(info.ProtocolVersion >= BoltVersion.V1);
    }

    [Fact]
    public async Task A_wrong_password_is_unauthorized()
    {
        await using var driver = BoltDriver.Create(RealNeo4j.Uri, AuthTokens.Basic(RealNeo4j.User, RealNeo4j.Password + "-wrong"));
        var error = await Assert.ThrowsAsync<Neo4jException>(() => driver.VerifyConnectivityAsync());
        Assert.Equal("Neo.ClientError.Security.Unauthorized", error.Code);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public async Task Arabic_text_round_trips()
    {
        const string text = "مرحبا بالعالم — قال الشاعر: «العلم نور» 📚";
        await using var driver = RealNeo4j.Driver();
        await using var session = driver.AsyncSession();
        var record = await (await session.RunAsync("RETURN $text AS text, size($text) AS length", new { text })).SingleAsync();
        Assert.Equal(text, record.Get<string>("text"));
    }

    [Fact]
    public async Task ExecuteQuery_returns_every_record_in_one_round_trip()
    {
        await using var driver = RealNeo4j.Driver();
        await driver.VerifyConnectivityAsync();
        var before = driver.Metrics.RoundTrips;

        var records = await driver.ExecuteQueryAsync("UNWIND range(1, $n) AS n RETURN n, $word AS word", new { n = 50, word = "كلمة" });

        Assert.Equal(1, driver.Metrics.RoundTrips - before);
        Assert.Equal(Enumerable.Range(1, 50).Select(i => (long)i), records.Select(r => r.Get<long>("n")));
        Assert.All(records, r => Assert.Equal("كلمة", r.Get<string>("word")));
        await Assert.ThrowsAsync<Neo4jException>(() => driver.ExecuteQueryAsync("RETURN 1 / $zero", new { zero = 0 }));
    }

    [Fact]
    public async Task ExecuteQueries_pipelines_independent_queries_in_one_round_trip()
    {
        await using var driver = RealNeo4j.Driver();
        await driver.VerifyConnectivityAsync();
        var before = driver.Metrics.RoundTrips;

        var results = await driver.ExecuteQueriesAsync(
        [
            ("UNWIND range(1, $n) AS n RETURN n", new Dictionary<string, object?> { ["n"] = 3 }),
            ("RETURN $word AS word", new Dictionary<string, object?> { ["word"] = "كلمة" }),
            ("UNWIND [] AS n RETURN n", null),
        ]);

        Assert.Equal(1, driver.Metrics.RoundTrips - before);
        Assert.Equal([1L, 2L, 3L], results[0].Select(r => r.Get<long>("n")));
        Assert.Equal("كلمة", Assert.Single(results[1]).Get<string>("word"));
        Assert.Empty(results[2]);
    }

    [Fact]
    public async Task A_failing_query_fails_its_pipelined_batch_and_leaves_the_connection_usable()
    {
        await using var driver = RealNeo4j.Driver(o => o.MaxConnectionPoolSize = 1);
        var error = await Assert.ThrowsAsync<Neo4jException>(() => driver.ExecuteQueriesAsync(
        [
            ("RETURN 1 AS one", null),
            ("RETURN undefinedVariable AS boom", null),
            ("RETURN 3 AS three", null),
        ]));
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.False(error.IsTransient);

        // The one pooled connection recovered from the failure and the ignored query after it.
        var results = await driver.ExecuteQueriesAsync([("RETURN 2 AS two", null), ("RETURN 4 AS four", null)]);
        Assert.Equal(2L, Assert.Single(results[0]).Get<long>("two"));
        Assert.Equal(4L, Assert.Single(results[1]).Get<long>("four"));
    }

    [Fact]
    public async Task A_large_result_streams_completely()
    {
        await using var driver = RealNeo4j.Driver();
        await using var session = driver.AsyncSession();
        var cursor = await session.RunAsync("UNWIND range(1, 100000) AS n RETURN n");
        long count = 0, sum = 0;
        await foreach (var record in cursor)
        {
            count++;
            sum += record.Get<long>("n");
        }

        Assert.Equal(100_000, count);
        Assert.Equal(5_000_050_000L, sum);
    }

    [Fact]
    public async Task Explicit_transactions_commit_and_roll_back()
    {
        var label = RealNeo4j.UniqueLabel();
        await using var driver = RealNeo4j.Driver();
        await using var session = driver.AsyncSession();
        try
        {
            var committed = await session.BeginTransactionAsync();
            var summary = await (await committed.RunAsync($"CREATE (:{label} {{name: 'kept'}})")).ConsumeAsync();
            Assert.Equal(1, summary.Counters["nodes-created"]);
            await committed.CommitAsync();

            var rolledBack = await session.BeginTransactionAsync();
            await (await rolledBack.RunAsync($"CREATE (:{label} {{name: 'dropped'}})")).ConsumeAsync();
            var inside = await (await rolledBack.RunAsync($"MATCH (n:{label}) RETURN count(n) AS c")).SingleAsync();
            Assert.Equal(2, inside.Get<int>("c"));
            await rolledBack.RollbackAsync();

            var names = await session.ExecuteReadAsync(async tx =>
            {
                var cursor = await tx.RunAsync($"MATCH (n:{label}) RETURN n.name AS name");
                return (await cursor.ToListAsync()).Select(r => r.Get<string>("name")).ToList();
            });
            Assert.Equal(["kept"], names);
        }
        finally
        {
            await (await session.RunAsync($"MATCH (n:{label}) DELETE n")).ConsumeAsync();
        }
    }

    [Fact]
    public async Task A_syntax_error_leaves_the_connection_usable()
    {
        await using var driver = RealNeo4j.Driver();
        await using var session = driver.AsyncSession();

        var error = await Assert.ThrowsAsync<Neo4jException>(() => session.RunAsync("RETRN 1"));
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);

        var record = await (await session.RunAsync("RETURN 1 AS one")).SingleAsync();
        Assert.Equal(1, record.Get<int>("one"));
        Assert.Equal(1, driver.Metrics.ConnectionsOpened);
    }

    /// <summary>
    /// A read that fails while streaming (Neo4j 3.1 fails RETURN 1/0 at RUN, but a division by zero in the second
    /// record only when that record is made). Neo4j 3.1 keeps that failed auto-commit transaction on the connection
    /// until RESET (ACK_FAILURE leaves it): the next query there joined it and failed with TransactionMarkedAsFailed at
    /// its end, so a write after it was lost.
    /// </summary>
    [Fact]
    public async Task A_query_that_fails_while_streaming_leaves_the_connection_usable()
    {
        const string Failing = "UNWIND [1, 0] AS x RETURN 1 / x AS r";
        var label = RealNeo4j.UniqueLabel();
        await using var driver = RealNeo4j.Driver(o => o.MaxConnectionPoolSize = 1);
        await using var session = driver.AsyncSession();
        try
        {
            var cursor = await session.RunAsync(Failing);
            var error = await Assert.ThrowsAsync<Neo4jException>(() => cursor.ToListAsync());
            Assert.Equal("Neo.ClientError.Statement.ArithmeticError", error.Code);
            var record = await (await session.RunAsync("RETURN 1 AS one")).SingleAsync();
            Assert.Equal(1, record.Get<int>("one"));

            await Assert.ThrowsAsync<Neo4jException>(async () => await (await session.RunAsync(Failing)).ToListAsync());
            await (await session.RunAsync($"CREATE (:{label} {{name: 'kept'}})")).ConsumeAsync();
            var names = await (await session.RunAsync($"MATCH (n:{label}) RETURN n.name AS name")).ToListAsync();
            Assert.Equal(["kept"], names.Select(r => r.Get<string>("name")));
            Assert.Equal(1, driver.Metrics.ConnectionsOpened);
        }
        finally
        {
            await (await session.RunAsync($"MATCH (n:{label}) DELETE n")).ConsumeAsync();
        }
    }

    [Fact]
    public async Task A_failed_managed_transaction_rolls_back_and_is_not_retried()
    {
        var label = RealNeo4j.UniqueLabel();
        await using var driver = RealNeo4j.Driver();
        await using var session = driver.AsyncSession();
        var attempts = 0;

        var error = await Assert.ThrowsAsync<Neo4jException>(() => session.ExecuteWriteAsync(async tx =>
        {
            attempts++;
            await (await tx.RunAsync($"CREATE (:{label})")).ConsumeAsync();
            await tx.RunAsync("RETURN 1 +");
        }));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Equal(1, attempts);
        var count = await (await session.RunAsync($"MATCH (n:{label}) RETURN count(n) AS c")).SingleAsync();
        Assert.Equal(0, count.Get<int>("c"));
    }

    [Fact]
    public async Task Nodes_relationships_and_paths_are_hydrated()
    {
        var label = RealNeo4j.UniqueLabel();
        await using var driver = RealNeo4j.Driver();
        await using var session = driver.AsyncSession();
        try
        {
            var record = await (await session.RunAsync(
                $"CREATE p = (a:{label} {{name: 'Ada'}})-[r:KNOWS {{since: 2020}}]->(b:{label} {{name: 'Bob'}}) RETURN a, r, p")).SingleAsync();

            var ada = record.Get<Node>("a");
            Assert.Equal([label], ada.Labels);
            Assert.Equal("Ada", ada["name"]);

            var knows = record.Get<Relationship>("r");
            Assert.Equal("KNOWS", knows.Type);
            Assert.Equal(2020L, knows["since"]);
            Assert.Equal(ada.Id, knows.StartNodeId);

            var path = record.Get<Path>("p");
            Assert.Equal(["Ada", "Bob"], path.Nodes.Select(n => (string)n["name"]!));
            Assert.Equal(knows.Id, Assert.Single(path.Relationships).Id);

            var backwards = await (await session.RunAsync(
                $"MATCH p = (b:{label} {{name: 'Bob'}})<-[:KNOWS]-(a) RETURN p")).SingleAsync();
            var reversed = backwards.Get<Path>("p");
            Assert.Equal("Bob", reversed.Start["name"]);
            Assert.Equal(ada.Id, reversed.Relationships[0].StartNodeId);
        }
        finally
        {
            await (await session.RunAsync($"MATCH (n:{label}) DETACH DELETE n")).ConsumeAsync();
        }
    }

    [Fact]
    public async Task Bookmarks_flow_from_one_session_to_the_next()
    {
        var label = RealNeo4j.UniqueLabel();
        await using var driver = RealNeo4j.Driver();
        IReadOnlyList<string> bookmarks;
        await using (var writer = driver.AsyncSession())
        {
            await writer.ExecuteWriteAsync(async tx => await (await tx.RunAsync($"CREATE (:{label})")).ConsumeAsync());
            bookmarks = writer.LastBookmarks;
        }

        await using var reader = driver.AsyncSession(c => c.Bookmarks = bookmarks);
        var count = await reader.ExecuteReadAsync(async tx =>
            (await (await tx.RunAsync($"MATCH (n:{label}) RETURN count(n) AS c")).SingleAsync()).Get<long>("c"));
        Assert.Equal(1, count);
        await (await reader.RunAsync($"MATCH (n:{label}) DELETE n")).ConsumeAsync();
    }

    [Fact]
    public async Task Parallel_sessions_share_a_bounded_pool()
    {
        await using var driver = RealNeo4j.Driver(o => o.MaxConnectionPoolSize = 3);
        var sums = await Task.WhenAll(Enumerable.Range(1, 16).Select(async i =>
        {
            await using var session = driver.AsyncSession();
            return await session.ExecuteReadAsync(async tx =>
                (await (await tx.RunAsync("UNWIND range(1, $n) AS x RETURN sum(x) AS s", new { n = i * 100 })).SingleAsync()).Get<long>("s"));
        }));

        Assert.Equal(Enumerable.Range(1, 16).Select(i => (long)(i * 100) * ((i * 100) + 1) / 2), sums);
        Assert.InRange(driver.Metrics.ConnectionsOpened, 1, 3);
    }
}
