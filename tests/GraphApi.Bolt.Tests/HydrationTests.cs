using GraphApi.Bolt.Tests.Stub;

namespace GraphApi.Bolt.Tests;

/// <summary>Node, Relationship, UnboundRelationship and Path structures, with element ids from 5.0.</summary>
public class HydrationTests
{
    [Theory]
    [MemberData(nameof(Conversation.AllVersions), MemberType = typeof(Conversation))]
    public async Task Graph_values_are_hydrated(string version)
    {
        var modern = Conversation.Parse(version) >= BoltVersion.V5_0;
        string E(string id) => modern ? $", \"{id}\"" : string.Empty;
        var ada = $"{{\"#N\": [1, [\"Person\"], {{\"name\": \"Ada\"}}{E("4:db:1")}]}}";
        var bob = $"{{\"#N\": [2, [\"Person\", \"Admin\"], {{\"name\": \"Bob\"}}{E("4:db:2")}]}}";
        var rel = $"{{\"#R\": [10, 1, 2, \"KNOWS\", {{\"since\": 2020}}{(modern ? ", \"5:db:10\", \"4:db:1\", \"4:db:2\"" : string.Empty)}]}}";
        var unbound = $"{{\"#r\": [10, \"KNOWS\", {{\"since\": 2020}}{E("5:db:10")}]}}";

        // The path walks Bob -> Ada over KNOWS, which points from Ada to Bob: index -1 means "backwards".
        var path = $"{{\"#P\": [[{bob}, {ada}], [{unbound}], [-1, 1]]}}";
        var script = Conversation.Open(version)
            + Conversation.Run(version, "MATCH p RETURN a, r, p") + "\n"
            + Conversation.Pull(version, 1000) + "\n"
            + "S: SUCCESS {\"fields\": [\"a\", \"r\", \"p\"]}\n"
            + $"S: RECORD [{ada}, {rel}, {path}]\n"
            + "S: SUCCESS {}\n"
            + Conversation.Close(version);
        await using var server = StubServer.Start(script);
        var driver = Conversation.Driver(server);
        Record record;
        await using (var session = driver.AsyncSession())
        {
            record = await (await session.RunAsync("MATCH p RETURN a, r, p")).SingleAsync();
        }

        await driver.DisposeAsync();
        await server.DoneAsync();

        var node = record.Get<Node>("a");
        Assert.Equal(1, node.Id);
        Assert.Equal(modern ? "4:db:1" : "1", node.ElementId);
        Assert.Equal(["Person"], node.Labels);
        Assert.Equal("Ada", node["name"]);

        var relationship = record.Get<Relationship>("r");
        Assert.Equal(("KNOWS", 1L, 2L, 2020L), (relationship.Type, relationship.StartNodeId, relationship.EndNodeId, relationship["since"]));
        Assert.Equal(modern ? "5:db:10" : "10", relationship.ElementId);
        Assert.Equal(modern ? "4:db:2" : "2", relationship.EndNodeElementId);

        var p = record.Get<Path>("p");
        Assert.Equal("Bob", p.Start["name"]);
        Assert.Equal("Ada", p.End["name"]);
        var step = Assert.Single(p.Relationships);
        Assert.Equal(1, step.StartNodeId);
        Assert.Equal(2, step.EndNodeId);
        Assert.Equal(modern ? "4:db:1" : "1", step.StartNodeElementId);
    }
}
