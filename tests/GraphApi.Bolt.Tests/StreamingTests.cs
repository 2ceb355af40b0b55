using GraphApi.Bolt.Tests.Stub;

namespace GraphApi.Bolt.Tests;

/// <summary>RUN + PULL with a fetch size: has_more batches are pulled only when the consumer asks.</summary>
public class StreamingTests
{
    [Theory]
    [MemberData(nameof(Conversation.ModernVersions), MemberType = typeof(Conversation))]
    public async Task Pulls_the_next_batch_only_when_the_consumer_needs_it(string version)
    {
        var script = Conversation.Open(version) + $$"""
            C: RUN "UNWIND range(1, 5) AS n RETURN n" {} {}
            C: PULL {"n": 2}
            S: SUCCESS {"fields": ["n"], "t_first": 1}
            S: RECORD [1]
            S: RECORD [2]
            S: SUCCESS {"has_more": true}
            C: PULL {"n": 2}
            S: RECORD [3]
            S: RECORD [4]
            S: SUCCESS {"has_more": true}
            C: PULL {"n": 2}
            S: RECORD [5]
            S: SUCCESS {"bookmark": "bm-after", "type": "r"}
            """ + "\n" + Conversation.Close(version);
        await using var server = StubServer.Start(script);
        var driver = Conversation.Driver(server, o => o.FetchSize = 2);
        var session = driver.AsyncSession();

        var cursor = await session.RunAsync("UNWIND range(1, 5) AS n RETURN n");
        var tripsAfterRun = driver.Metrics.RoundTrips;
        var seen = new List<(long Value, long Trips)>();
        await foreach (var record in cursor)
        {
            seen.Add((record.Get<long>("n"), driver.Metrics.RoundTrips - tripsAfterRun));
        }

        await session.DisposeAsync();
        await driver.DisposeAsync();
        await server.DoneAsync();

        Assert.Equal([1L, 2L, 3L, 4L, 5L], seen.Select(s => s.Value));
        Assert.Equal([0L, 0L, 1L, 1L, 2L], seen.Select(s => s.Trips));
        Assert.Equal(["bm-after"], session.LastBookmarks);
        Assert.Equal(["n"], cursor.Keys);
    }

    [Theory]
    [MemberData(nameof(Conversation.ModernVersions), MemberType = typeof(Conversation))]
    public async Task Consume_discards_what_was_not_read(string version)
    {
        var script = Conversation.Open(version) + """
            C: RUN "RETURN 1" {"x": 1} {}
            C: PULL {"n": 1}
            S: SUCCESS {"fields": ["a"]}
            S: RECORD [1]
            S: SUCCESS {"has_more": true}
            C: DISCARD {"n": -1}
            S: SUCCESS {"type": "r", "bookmark": "b2"}
            """ + "\n" + Conversation.Close(version);
        await using var server = StubServer.Start(script);
        var driver = Conversation.Driver(server, o => o.FetchSize = 1);
        await using (var session = driver.AsyncSession())
        {
            var cursor = await session.RunAsync("RETURN 1", new { x = 1 });
            await using var e = cursor.GetAsyncEnumerator();
            Assert.True(await e.MoveNextAsync());
            var summary = await cursor.ConsumeAsync();
            Assert.Equal("r", summary.QueryType);
            Assert.Equal("b2", summary.Bookmark);
        }

        await driver.DisposeAsync();
        await server.DoneAsync();
    }

    [Theory]
    [MemberData(nameof(Conversation.AllVersions), MemberType = typeof(Conversation))]
    public async Task Messages_larger_than_one_chunk_cross_chunk_boundaries(string version)
    {
        var big = new string('x', 70_000) + "مرحبا";
        var script = Conversation.Open(version)
            + Conversation.Run(version, "RETURN $s AS s", $"{{\"s\": \"{big}\"}}") + "\n"
            + Conversation.Pull(version, 1000) + "\n"
            + "S: SUCCESS {\"fields\": [\"s\"]}\n"
            + $"S: RECORD [\"{big}\"]\n"
            + "S: SUCCESS {}\n"
            + Conversation.Close(version);
        await using var server = StubServer.Start(script);
        var driver = Conversation.Driver(server);
        await using (var session = driver.AsyncSession())
        {
            var record = await (await session.RunAsync("RETURN $s AS s", new Dictionary<string, object?> { ["s"] = big })).SingleAsync();
            Assert.Equal(big, record.Get<string>("s"));
        }

        await driver.DisposeAsync();
        await server.DoneAsync();
    }

    [Theory]
    [MemberData(nameof(Conversation.ModernVersions), MemberType = typeof(Conversation))]
    public async Task A_read_session_sends_mode_r_and_its_database(string version)
    {
        var script = Conversation.Open(version) + """
            C: RUN "RETURN 1" {} {"mode": "r", "db": "people", "bookmarks": ["b0"]}
            C: PULL {"n": 1000}
            S: SUCCESS {"fields": ["1"]}
            S: SUCCESS {"bookmark": "b1"}
            """ + "\n" + Conversation.Close(version);
        await using var server = StubServer.Start(script);
        var driver = Conversation.Driver(server);
        await using (var session = driver.AsyncSession(c =>
        {
            c.DefaultAccessMode = AccessMode.Read;
            c.Database = "people";
            c.Bookmarks = ["b0"];
        }))
        {
            Assert.Empty(await (await session.RunAsync("RETURN 1")).ToListAsync());
            Assert.Equal(["b1"], session.LastBookmarks);
        }

        await driver.DisposeAsync();
        await server.DoneAsync();
    }

    [Fact]
    public async Task Cancelling_a_read_throws_cancellation_and_retires_the_connection()
    {
        var script = Conversation.Open("5.4") + """
            C: RUN "RETURN 1" {} {}
            C: PULL {"n": 1000}
            S: SUCCESS {"fields": ["x"]}
            """;
        var second = Conversation.Open("5.4") + Conversation.Close("5.4");
        await using var server = StubServer.Start(script, second);
        var driver = Conversation.Driver(server);
        await using (var session = driver.AsyncSession())
        {
            var cursor = await session.RunAsync("RETURN 1");
            using var cancel = new CancellationTokenSource();
            var reading = cursor.ToListAsync(cancel.Token);
            Assert.False(reading.IsCompleted, "the server never answers the PULL, so the read waits");
            await cancel.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reading);
        }

        await driver.VerifyConnectivityAsync();
        await driver.DisposeAsync();
        await server.DoneAsync();
        Assert.Equal(2, driver.Metrics.ConnectionsOpened);
    }
}
