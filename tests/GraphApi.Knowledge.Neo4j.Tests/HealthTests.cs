using GraphApi.Knowledge.Stores;

namespace GraphApi.Knowledge.Neo4j.Tests;

public sealed class HealthTests
{
    [Fact]
    public async Task An_unreachable_server_reports_not_ready_without_throwing()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        await using var store = Neo4jKnowledgeStore.Connect(
            new Neo4jStoreOptions { Uri = new Uri($"bolt://127.0.0.1:{port}"), Password = "x" },
            new Bolt.DriverOptions { MaxTransactionRetryTime = TimeSpan.Zero, ConnectionTimeout = TimeSpan.FromSeconds(2) });

        var health = await store.GetHealthAsync();

        Assert.False(health.Ready);
        Assert.Contains("cannot be reached", health.Detail, StringComparison.Ordinal);
        Assert.False(await store.IsReadyAsync());
    }

    [Fact]
    public void Options_come_from_the_environment_or_a_secrets_file()
    {
        var file = Path.GetTempFileName();
        File.WriteAllText(file, "s3cret\n");
        try
        {
            var variables = new Dictionary<string, string?> { ["NEO4J_URI"] = "bolt://db:7687", ["NEO4J_PASSWORD_FILE"] = file };
            var options = Neo4jStoreOptions.FromEnvironment(name => variables.GetValueOrDefault(name));
            Assert.Equal(new Uri("bolt://db:7687"), options.Uri);
            Assert.Equal("neo4j", options.Username);
            Assert.Equal("s3cret", options.ResolvePassword());
            Assert.Throws<InvalidOperationException>(() => Neo4jStoreOptions.FromEnvironment(_ => null));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("Neo4j/3.1.1", "CREATE CONSTRAINT ON (n:Entity) ASSERT n.key IS UNIQUE")]
    [InlineData("Neo4j/4.4.30", "CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE")]
    [InlineData("Neo4j/5.26.0", "CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE")]
    public void The_schema_uses_the_syntax_of_the_server_version(string agent, string constraint) =>
        Assert.Equal(constraint, CypherQueries.For(CypherDialects.FromAgent(agent)).Schema[0]);
}
