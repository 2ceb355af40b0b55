using GraphApi.Bolt.Tests.Stub;

namespace GraphApi.Bolt.Tests;

/// <summary>Misuse throws ArgumentException or InvalidOperationException and leaves the connection in sync.</summary>
public class MisuseTests
{
    [Fact]
    public async Task An_unsupported_parameter_type_is_an_argument_error_and_the_connection_stays_usable()
    {
        var script = Conversation.Open("5.4") + """
            C: RUN "RETURN 1" {} {}
            C: PULL {"n": 1000}
            S: SUCCESS {"fields": ["1"]}
            S: RECORD [1]
            S: SUCCESS {}
            """ + "\n" + Conversation.Close("5.4");
        await using var server = StubServer.Start(script);
        var driver = Conversation.Driver(server);
        await using (var session = driver.AsyncSession())
        {
            var error = await Assert.ThrowsAsync<ArgumentException>(() => session.RunAsync("RETURN $u", new { u = new Uri("http://x") }));
            Assert.Contains("System.Uri", error.Message, StringComparison.Ordinal);
            Assert.Single(await (await session.RunAsync("RETURN 1")).ToListAsync());
        }

        await driver.DisposeAsync();
        await server.DoneAsync();
    }

    [Fact]
    public async Task Disposing_a_session_rolls_back_its_open_transaction()
    {
        var script = Conversation.Open("5.0") + """
            C: BEGIN {}
            C: RUN "CREATE ()" {} {}
            C: PULL {"n": 1000}
            S: SUCCESS {}
            S: SUCCESS {"fields": []}
            S: SUCCESS {}
            C: ROLLBACK
            S: SUCCESS {}
            """ + "\n" + Conversation.Close("5.0");
        await using var server = StubServer.Start(script);
        var driver = Conversation.Driver(server);
        var session = driver.AsyncSession();
        var tx = await session.BeginTransactionAsync();
        await (await tx.RunAsync("CREATE ()")).ConsumeAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => session.RunAsync("RETURN 1"));
        await session.DisposeAsync();
        Assert.False(tx.IsOpen);

        await driver.DisposeAsync();
        await server.DoneAsync();
    }
}
