using System.Text.Json;
using System.Text.Json.Serialization;
using GraphApi.Bolt;
using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Neo4j.Tests;

/// <summary>
/// Writes a graph into a partition the way the store did before the property-graph model (layout 1, up to commit
/// caad647): one <c>:KgNode</c> per record with a second label for its type, the record as a JSON string in <c>json</c>,
/// <c>key</c>/<c>partition</c>/<c>kind</c>/<c>stamp</c>, <c>MENTIONS</c> and <c>RELATED</c> edges, and that layout's schema.
/// </summary>
internal static class LegacyLayout
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() }, IgnoreReadOnlyProperties = true };

    public static async Task WriteAsync(Neo4jStoreOptions options, KnowledgeGraph graph)
    {
        await using var driver = BoltDriver.Create(options.Uri, AuthTokens.Basic(options.Username, options.ResolvePassword()!));
        foreach (var schema in new[] { "CREATE CONSTRAINT ON (n:KgNode) ASSERT n.key IS UNIQUE", "CREATE INDEX ON :KgNode(partition)" })
        {
            await RunAsync(driver, schema, new Dictionary<string, object?>());
        }

        string Key(string id) => options.Partition + "|" + id;
        async Task UpsertAsync<T>(string label, IEnumerable<T> items, Func<T, string> id)
        {
            var rows = items.Select(item => (object?)new Dictionary<string, object?> { ["key"] = Key(id(item)), ["json"] = JsonSerializer.Serialize(item, Json), ["id"] = id(item) }).ToList();
            await RunAsync(driver,
                "UNWIND $rows AS r MERGE (n:KgNode {key: r.key}) SET n:" + label + ", n.id = r.id, n.json = r.json, n.kind = '" + label + "', n.partition = $partition, n.stamp = 'old'",
                new Dictionary<string, object?> { ["rows"] = rows, ["partition"] = options.Partition });
        }

        await UpsertAsync("Entity", graph.Entities, e => e.Id);
        await UpsertAsync("Source", graph.Sources, s => s.Id);
        await UpsertAsync("Claim", graph.Claims, c => c.Id);
        await UpsertAsync("Mention", graph.Mentions, m => m.Id);
        await UpsertAsync("Relationship", graph.Relationships, r => r.Id);
        await UpsertAsync("Conflict", graph.Conflicts, c => c.Id);
        await UpsertAsync("Corroboration", graph.Corroborations, c => c.Id);
        await UpsertAsync("ImportRun", [graph.Run], _ => "run");
        await RunAsync(driver,
            "UNWIND $rows AS r MATCH (s:KgNode {key: r.source}), (e:KgNode {key: r.entity}) MERGE (s)-[m:MENTIONS]->(e) SET m.stamp = 'old'",
            new Dictionary<string, object?> { ["rows"] = graph.Mentions.Select(m => (object?)new Dictionary<string, object?> { ["source"] = Key(m.SourceId), ["entity"] = Key(m.EntityId) }).ToList() });
        await RunAsync(driver,
            "UNWIND $rows AS r MATCH (a:KgNode {key: r.from}), (b:KgNode {key: r.to}) MERGE (a)-[x:RELATED {id: r.id}]->(b) SET x.type = r.type, x.stamp = 'old'",
            new Dictionary<string, object?> { ["rows"] = graph.Relationships.Select(r => (object?)new Dictionary<string, object?> { ["from"] = Key(r.FromId), ["to"] = Key(r.ToId), ["id"] = r.Id, ["type"] = r.Type }).ToList() });
    }

    /// <summary>Nodes of the partition in the old layout, and in the property-graph layout (without <c>:KgNode</c>).</summary>
    public static async Task<(long Old, long New)> CountAsync(Neo4jStoreOptions options)
    {
        await using var driver = BoltDriver.Create(options.Uri, AuthTokens.Basic(options.Username, options.ResolvePassword()!));
        var records = await driver.ExecuteQueryAsync(
            "MATCH (n) WHERE n.partition = $partition AND NOT n:ImportLock " +
            "RETURN sum(CASE WHEN n:KgNode THEN 1 ELSE 0 END) AS old, sum(CASE WHEN n:KgNode THEN 0 ELSE 1 END) AS new",
            new Dictionary<string, object?> { ["partition"] = options.Partition });
        return (records[0].Get<long>("old"), records[0].Get<long>("new"));
    }

    private static async Task RunAsync(BoltDriver driver, string query, Dictionary<string, object?> parameters)
    {
        await using var session = driver.AsyncSession();
        await session.ExecuteWriteAsync(async tx => await (await tx.RunAsync(query, parameters)).ConsumeAsync());
    }
}
