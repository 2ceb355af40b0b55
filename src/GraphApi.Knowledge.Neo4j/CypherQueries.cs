namespace GraphApi.Knowledge.Neo4j;

/// <summary>
/// Every query the store sends. Texts are constants, or built once from the fixed <see cref="Labels"/> whitelist;
/// values always travel as parameters, so no name, quote or filter value can change a query's meaning. Every node
/// carries <c>key</c> (partition + id, unique), <c>partition</c>, <c>id</c>, <c>kind</c>, <c>stamp</c> (the write that
/// last touched it) and its record as <c>json</c>, plus the properties queries filter on. Cypher 3.1 compatible.
/// <para>
/// Every node also carries <c>visibleFrom</c> (<see cref="Visibility.GraphVisibility"/>), and every read compares it
/// with the caller's <c>$horizon</c> (<see cref="Stores.ReadScope.Horizon"/>), so a hidden record never leaves the
/// database; claims and relationships carry <c>parts</c>, the instants of their quotes and supporting claims in
/// record order, so the store can leave the hidden ones out.
/// </para>
/// </summary>
internal static class CypherQueries
{
    /// <summary>The node labels the store writes, one per model record type.</summary>
    public static readonly IReadOnlyList<string> Labels = ["Entity", "Source", "Claim", "Mention", "Relationship", "Conflict", "Corroboration", "ImportRun"];

    public static readonly IReadOnlyDictionary<string, string> Upsert = Labels.ToDictionary(
        label => label,
        label => "UNWIND $rows AS r MERGE (n:KgNode {key: r.key}) SET n:" + label + ", n += r.props, n.json = r.json, n.kind = '" + label + "', n.partition = $partition, n.stamp = $stamp",
        StringComparer.Ordinal);

    public static readonly IReadOnlyDictionary<string, string> AllOfLabel = Labels.ToDictionary(
        label => label,
        label => "MATCH (n:" + label + ") WHERE n.partition = $partition AND n.visibleFrom <= $horizon RETURN n.json AS json, n.parts AS parts",
        StringComparer.Ordinal);

    // Per source, through the label indexes on sourceId: a scan of the partition here made an import quadratic.
    public const string DeleteStaleMentionsOfSource =
        "MATCH (n:Mention) WHERE n.sourceId = $sourceId AND n.partition = $partition AND n.stamp <> $stamp DETACH DELETE n";

    public const string DeleteStaleClaimsOfSource =
        "MATCH (n:Claim) WHERE n.sourceId = $sourceId AND n.partition = $partition AND n.stamp <> $stamp DETACH DELETE n";

    public const string LinkMentions =
        "UNWIND $rows AS r MATCH (s:KgNode {key: r.source}), (e:KgNode {key: r.entity}) MERGE (s)-[m:MENTIONS]->(e) SET m.stamp = $stamp";

    public const string LinkRelationships =
        "UNWIND $rows AS r MATCH (a:KgNode {key: r.from}), (b:KgNode {key: r.to}) MERGE (a)-[x:RELATED {id: r.id}]->(b) SET x.type = r.type, x.stamp = $stamp";

    public const string DeleteStaleNodes = "MATCH (n:KgNode) WHERE n.partition = $partition AND n.stamp <> $stamp DETACH DELETE n";

    public const string DeleteStaleEdges = "MATCH (n:KgNode)-[x]->() WHERE n.partition = $partition AND x.stamp <> $stamp DELETE x";

    public const string NodesByKeys = "UNWIND $keys AS k MATCH (n:KgNode {key: k}) WHERE n.visibleFrom <= $horizon RETURN n.id AS id, n.kind AS kind, n.json AS json, n.parts AS parts";

    public const string EntitiesOfKind = "MATCH (n:Entity) WHERE n.partition = $partition AND n.entityKind = $kind AND n.visibleFrom <= $horizon RETURN n.json AS json";

    public const string MentionCountsByEntity = "MATCH (n:Mention) WHERE n.partition = $partition AND n.visibleFrom <= $horizon RETURN n.entityId AS id, count(*) AS count";

    public const string EntitiesMentionedInSource = "MATCH (n:Mention) WHERE n.partition = $partition AND n.sourceId = $sourceId AND n.visibleFrom <= $horizon RETURN DISTINCT n.entityId AS id";

    public const string MentionsByEntities = "MATCH (n:Mention) WHERE n.partition = $partition AND n.entityId IN $ids AND n.visibleFrom <= $horizon RETURN n.json AS json";

    public const string MentionsBySources = "MATCH (n:Mention) WHERE n.partition = $partition AND n.sourceId IN $ids AND n.visibleFrom <= $horizon RETURN n.json AS json";

    public const string SourceIds =
        "MATCH (n:Source) WHERE n.partition = $partition AND n.visibleFrom <= $horizon AND ($outletId IS NULL OR n.outletId = $outletId) AND ($language IS NULL OR n.language = $language) RETURN n.id AS id";

    public const string SourcesMentioningEntity = "MATCH (n:Mention) WHERE n.partition = $partition AND n.entityId = $entityId AND n.visibleFrom <= $horizon RETURN DISTINCT n.sourceId AS id";

    public const string ReadableFiles = "MATCH (n:Source) WHERE n.partition = $partition AND n.visibleFrom <= $horizon RETURN n.fileName AS id";

    public const string ClaimsOfEntities =
        "MATCH (n:Claim) WHERE n.partition = $partition AND n.visibleFrom <= $horizon AND (n.subjectId IN $ids OR n.objectId IN $ids OR n.speakerId IN $ids OR any(a IN coalesce(n.about, []) WHERE a IN $ids)) RETURN n.json AS json, n.parts AS parts";

    public const string RelationshipsOfEntities =
        "MATCH (n:Relationship) WHERE n.partition = $partition AND n.visibleFrom <= $horizon AND (n.fromId IN $ids OR n.toId IN $ids) RETURN n.json AS json, n.parts AS parts";

    public const string ConflictsOfClaims = "MATCH (n:Conflict) WHERE n.partition = $partition AND n.visibleFrom <= $horizon AND (n.claimA IN $ids OR n.claimB IN $ids) RETURN n.json AS json";

    public const string CorroborationsOfClaims = "MATCH (n:Corroboration) WHERE n.partition = $partition AND n.visibleFrom <= $horizon AND (n.claimA IN $ids OR n.claimB IN $ids) RETURN n.json AS json";

    public const string Health = "MATCH (n:KgNode) WHERE n.partition = $partition RETURN n.kind AS kind, count(*) AS count";

    /// <summary>Uniqueness and lookup indexes in the syntax of Neo4j 3.x (no names, no IF NOT EXISTS; re-creating is a no-op).</summary>
    public static readonly IReadOnlyList<string> SchemaV3 =
    [
        "CREATE CONSTRAINT ON (n:KgNode) ASSERT n.key IS UNIQUE",
        "CREATE INDEX ON :Mention(entityId)",
        "CREATE INDEX ON :Mention(sourceId)",
        "CREATE INDEX ON :Claim(sourceId)",
        "CREATE INDEX ON :KgNode(partition)",
    ];

    /// <summary>The same in the syntax of Neo4j 4.x and 5.x.</summary>
    public static readonly IReadOnlyList<string> SchemaV4 =
    [
        "CREATE CONSTRAINT kgnode_key IF NOT EXISTS FOR (n:KgNode) REQUIRE n.key IS UNIQUE",
        "CREATE INDEX mention_entity IF NOT EXISTS FOR (n:Mention) ON (n.entityId)",
        "CREATE INDEX mention_source IF NOT EXISTS FOR (n:Mention) ON (n.sourceId)",
        "CREATE INDEX claim_source IF NOT EXISTS FOR (n:Claim) ON (n.sourceId)",
        "CREATE INDEX kgnode_partition IF NOT EXISTS FOR (n:KgNode) ON (n.partition)",
    ];

    /// <summary>The schema statements for a server agent such as <c>Neo4j/3.1.1</c> or <c>Neo4j/5.26.0</c>.</summary>
    public static IReadOnlyList<string> SchemaFor(string agent)
    {
        var version = agent.Split('/').ElementAtOrDefault(1) ?? string.Empty;
        return int.TryParse(version.Split('.')[0], out var major) && major >= 4 ? SchemaV4 : SchemaV3;
    }
}
