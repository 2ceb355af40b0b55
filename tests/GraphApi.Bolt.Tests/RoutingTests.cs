using GraphApi.Bolt.Tests.Stub;

namespace GraphApi.Bolt.Tests;

/// <summary>
/// neo4j:// as the official drivers route (driver manual, "Routing"): a routing table per database from ROUTE (4.3+)
/// or the routing procedure (before), reads to readers and writes to writers, TTL, and what a failure makes the driver
/// forget. Each cluster member is a stub server of its own.
/// </summary>
public class RoutingTests
{
    [Fact]
    public async Task Reads_go_to_a_reader_and_writes_to_the_writer_of_the_databases_routing_table()
    {
        await using var router = StubServer.Listen();
        await using var reader = StubServer.Listen();
        await using var writer = StubServer.Listen();
        router.Play(Conversation.Open("5.4", routing: true)
            + Conversation.Route(router.Port, [reader.Port], [writer.Port], "news")
            + Conversation.Close("5.4"));
        reader.Play(Conversation.Open("5.4", routing: true) + """
            C: RUN "MATCH (p:Person) RETURN p.name AS name" {} {"mode": "r", "db": "news"}
            C: PULL {"n": 1000}
            S: SUCCESS {"fields": ["name"]}
            S: RECORD ["Habboub"]
            S: SUCCESS {"type": "r", "bookmark": "bm-read"}
            """ + "\n" + Conversation.Close("5.4"));
        writer.Play(Conversation.Open("5.4", routing: true) + """
            C: BEGIN {"bookmarks": ["bm-read"], "db": "news"}
            C: RUN "CREATE (:Person)" {} {}
            C: PULL {"n": 1000}
            S: SUCCESS {}
            S: SUCCESS {"fields": []}
            S: SUCCESS {"type": "w"}
            C: COMMIT
            S: SUCCESS {"bookmark": "bm-write"}
            """ + "\n" + Conversation.Close("5.4"));
        var driver = Driver(router);
        await using (var session = driver.AsyncSession(c =>
        {
            c.Database = "news";
            c.DefaultAccessMode = AccessMode.Read;
        }))
        {
            var name = (await (await session.RunAsync("MATCH (p:Person) RETURN p.name AS name")).SingleAsync()).Get<string>("name");
            Assert.Equal("Habboub", name);
            await session.ExecuteWriteAsync(async tx => await (await tx.RunAsync("CREATE (:Person)")).ConsumeAsync());
            Assert.Equal(["bm-write"], session.LastBookmarks);
        }

        var table = driver.RoutingTable("news")!;
        Assert.Equal([Address(reader)], table.Readers);
        Assert.Equal([Address(writer)], table.Writers);
        await driver.DisposeAsync();
        await Task.WhenAll(router.DoneAsync(), reader.DoneAsync(), writer.DoneAsync());
    }

    [Fact]
    public async Task Not_a_leader_drops_the_writer_and_the_retry_goes_to_the_new_leader_from_a_fresh_table()
    {
        await using var router = StubServer.Listen();
        await using var oldLeader = StubServer.Listen();
        await using var newLeader = StubServer.Listen();
        router.Play(Conversation.Open("5.4", routing: true)
            + Conversation.Route(router.Port, [oldLeader.Port], [oldLeader.Port], "news")
            + Conversation.Route(router.Port, [oldLeader.Port], [newLeader.Port], "news")
            + Conversation.Close("5.4"));
        oldLeader.Play(Conversation.Open("5.4", routing: true) + """
            C: BEGIN {"db": "news"}
            C: RUN "CREATE (:Claim)" {} {}
            C: PULL {"n": 1000}
            S: SUCCESS {}
            S: FAILURE {"code": "Neo.ClientError.Cluster.NotALeader", "message": "No write operations are allowed on this database."}
            S: IGNORED
            C: RESET
            S: SUCCESS {}
            """ + "\n" + Conversation.Close("5.4"));
        newLeader.Play(Conversation.Open("5.4", routing: true) + """
            C: BEGIN {"db": "news"}
            C: RUN "CREATE (:Claim)" {} {}
            C: PULL {"n": 1000}
            S: SUCCESS {}
            S: SUCCESS {"fields": []}
            S: SUCCESS {"type": "w"}
            C: COMMIT
            S: SUCCESS {"bookmark": "bm1"}
            """ + "\n" + Conversation.Close("5.4"));
        var driver = Driver(router);
        var attempts = 0;
        await using (var session = driver.AsyncSession(c => c.Database = "news"))
        {
            await session.ExecuteWriteAsync(async tx =>
            {
                attempts++;
                await (await tx.RunAsync("CREATE (:Claim)")).ConsumeAsync();
            });
        }

        Assert.Equal(2, attempts);
        Assert.Equal([Address(newLeader)], driver.RoutingTable("news")!.Writers);
        await driver.DisposeAsync();
        await Task.WhenAll(router.DoneAsync(), oldLeader.DoneAsync(), newLeader.DoneAsync());
    }

    [Fact]
    public async Task A_reader_whose_connection_fails_is_forgotten_and_the_retry_reads_from_a_fresh_tables_reader()
    {
        await using var router = StubServer.Listen();
        await using var lost = StubServer.Listen();
        await using var other = StubServer.Listen();
        router.Play(Conversation.Open("5.4", routing: true)
            + Conversation.Route(router.Port, [lost.Port], [router.Port], "news")
            + Conversation.Route(router.Port, [other.Port], [router.Port], "news")
            + Conversation.Close("5.4"));
        const string Read = """
            C: BEGIN {"mode": "r", "db": "news"}
            C: RUN "RETURN 1 AS n" {} {}
            C: PULL {"n": 1000}
            """;
        lost.Play(Conversation.Open("5.4", routing: true) + Read + "\n!: EXIT");
        other.Play(Conversation.Open("5.4", routing: true) + Read + """

            S: SUCCESS {}
            S: SUCCESS {"fields": ["n"]}
            S: RECORD [1]
            S: SUCCESS {"type": "r"}
            C: COMMIT
            S: SUCCESS {"bookmark": "bm1"}
            """ + "\n" + Conversation.Close("5.4"));

        var driver = Driver(router);
        await using (var session = driver.AsyncSession(c => c.Database = "news"))
        {
            var value = await session.ExecuteReadAsync(async tx => (await (await tx.RunAsync("RETURN 1 AS n")).SingleAsync()).Get<long>("n"));
            Assert.Equal(1, value);
        }

        Assert.Equal([Address(other)], driver.RoutingTable("news")!.Readers);
        await driver.DisposeAsync();
        await Task.WhenAll(router.DoneAsync(), lost.DoneAsync(), other.DoneAsync());
    }

    /// <summary>
    /// The URI's router is also the one router its table lists. It goes away (a restart, a move to another address) just
    /// as the next discovery asks it on the pooled connection; discovery then asks the URI's router again on a new
    /// connection rather than giving up on an address it has just tried.
    /// </summary>
    [Fact]
    public async Task Discovery_asks_the_uris_router_again_on_a_new_connection_after_its_pooled_one_failed()
    {
        await using var router = StubServer.Listen();
        await using var reader = StubServer.Listen();
        router.Play(
            Conversation.Open("5.4", routing: true) + Conversation.Route(router.Port, [reader.Port], [router.Port], "news")
                + "C: ROUTE \"*\" [] {\"db\": \"news\"}\n!: EXIT",
            Conversation.Open("5.4", routing: true) + Conversation.Route(router.Port, [reader.Port], [router.Port], "news")
                + Conversation.Close("5.4"));
        var driver = Driver(router);

        await driver.RefreshRoutingTableAsync("news", []);
        await driver.RefreshRoutingTableAsync("news", []);

        Assert.Equal([Address(reader)], driver.RoutingTable("news")!.Readers);
        await driver.DisposeAsync();
        await router.DoneAsync();
        Assert.Equal(2, router.ConnectionsAccepted);
    }

    private static BoltDriver Driver(StubServer router, Action<DriverOptions>? configure = null) =>
        BoltDriver.Create(router.UriWithScheme("neo4j"), AuthTokens.Basic(Conversation.User, Conversation.Password), Conversation.Options(configure));

    private static ServerAddress Address(StubServer server) => new("127.0.0.1", server.Port);
}
