using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Stores;

namespace GraphApi.Knowledge.Neo4j.Tests;

/// <summary>
/// Values never become Cypher: hostile strings in ids, names and filters travel only as parameters, and come back
/// verbatim from the real server.
/// </summary>
public sealed class InjectionTests
{
    public static readonly string[] Hostile =
    [
        "x' OR 1=1 //",
        "\"quoted\" `backtick`",
        "}) MATCH (n) DETACH DELETE n //",
        "$partition",
        "\u202Eright-to-left\u202C",
        "null\0byte",
        "MERGE (:Evil) RETURN 1",
    ];

    [Fact]
    public async Task Hostile_values_reach_the_server_only_as_parameters()
    {
        var runner = new RecordingCypherRunner();
        var store = new Neo4jKnowledgeStore(runner, new Neo4jStoreOptions { Uri = new Uri("bolt://127.0.0.1:1"), Partition = Hostile[2] });
        foreach (var value in Hostile)
        {
            await StoreCalls.ExerciseAsync(store, value);
        }

        // Every query text sent is one of the texts CypherQueries builds once, so no value can have been pasted into one.
        // "$partition" is also a parameter name those texts use, so the substring check skips it.
        Assert.NotEmpty(runner.Queries);
        foreach (var query in runner.Queries)
        {
            Assert.True(IsKnownQuery(query), "a query text that is not one of CypherQueries: " + query);
            Assert.DoesNotContain(Hostile.Where(value => value != "$partition"), query.Contains);
        }
    }

    [Fact]
    public async Task A_hostile_name_round_trips_verbatim_through_the_real_server()
    {
        await using var store = RealServer.Store();
        foreach (var value in Hostile)
        {
            await store.ReplaceGraphAsync(GraphNamed(value));
            var entity = Assert.IsType<Entity>((await store.GetNodesAsync(["person/hostile"], ReadScope.Everything))[0]);
            Assert.Equal(value, entity.Name);
            Assert.Equal([value], entity.Aliases);
            var found = await store.ListEntitiesAsync(new EntityFilter(NameContains: value), EntityOrder.Id, PageRequest.All, ReadScope.Everything);
            Assert.Equal("person/hostile", Assert.Single(found.Items).Id);
        }

        Assert.Equal(1, (await store.GetHealthAsync()).Entities);
    }

    private static KnowledgeGraph GraphNamed(string value) => KnowledgeGraph.Empty with
    {
        Entities = [new Entity { Id = "person/hostile", Kind = EntityKind.Person, Name = value, Aliases = [value], Description = value }],
    };

    private static bool IsKnownQuery(string query) => CypherQueries.Neo4j3.All.Contains(query);
}
