namespace GraphApi.Knowledge.Neo4j;

/// <summary>
/// Each entity's relationship order, kept at import: its typed links in the API's relationship order (the predicate,
/// the other end's id, the relationship's id), in <c>:RelationshipBlock</c>s of <see cref="GraphModel.RelationshipBlockSize"/>
/// entries, with the first entry of each block, the count and the latest <c>visibleFrom</c> on the entity. A forward
/// page of an entity's links of every type and direction (the hub's 20, each level of a neighbourhood, a timeline's)
/// reads the block its cursor falls in and the next, then only the page's links, so it costs the page and not the
/// entity's degree. Neo4j 3.1 cannot keep relationships in order (no index-backed ordering, no relationship indexes),
/// so without it a page of an event with 236 links sorted all 236 by a key read from each other end.
/// </summary>
internal sealed partial class CypherQueries
{
    /// <summary>
    /// The head of a page of links sorted in Cypher, as <see cref="PageTail"/> takes it: every link of the entity in the
    /// types and direction asked, the key read from its other end. Filtered pages, backward pages and entities whose
    /// order was not written (or holds a link the caller may not read) take it.
    /// </summary>
    /// <param name="entityFilter">A condition on the entity <c>e</c>, or null.</param>
    internal static string SortedRelationships(string? entityFilter) =>
        "UNWIND $keys AS owner MATCH (e:Entity {key: owner})" + (entityFilter is null ? "" : " WHERE " + entityFilter) + " " +
        "OPTIONAL MATCH (e)-[r:" + GraphModel.AnyRelationshipType + "]-(o:Entity) " +
        "WHERE r.visibleFrom <= $horizon AND ($types IS NULL OR type(r) IN $types) AND (startNode(r) = endNode(r) OR $direction = 'Both' " +
        "OR ($direction = 'Outgoing' AND startNode(r) = e) OR ($direction = 'Incoming' AND endNode(r) = e)) " +
        "WITH owner, r AS item, toLower(replace(type(r), '_', '-')) + $separator + o.id AS k, r.id AS id, o AS other";

    internal sealed class RelationshipOrderQueries
    {
        public RelationshipOrderQueries(CypherQueries q)
        {
            DeleteBlocks = q.Add("MATCH (b:RelationshipBlock) WHERE b.partition = $partition DELETE b");
            CreateBlocks = q.Add("UNWIND $rows AS r CREATE (b:RelationshipBlock) SET b = r");
            SetOrder = q.Add(
                "UNWIND $rows AS r MATCH (e:Entity {key: r.key}) " +
                "SET e.relationshipBlocks = r.firsts, e.relationshipCount = r.count, e.relationshipsVisibleFrom = r.visibleFrom");

            // Entities whose links the caller may all read walk their order; the others (and an entity written before the
            // order was kept) sort theirs, in the second part of the union.
            const string AllReadable = "coalesce(e.relationshipsVisibleFrom <= $horizon, false)";
            var any = GraphModel.AnyRelationshipType;
            Forward = q.Add(
                "UNWIND $keys AS owner MATCH (e:Entity {key: owner}) WHERE " + AllReadable + " " +
                "WITH owner, e, coalesce(e.relationshipBlocks, []) AS firsts " +
                "WITH owner, e, firsts, CASE WHEN $afterKey IS NULL THEN 0 ELSE size([f IN firsts WHERE f <= $afterKey + $separator + $afterId]) - 1 END AS at " +
                "WITH owner, e, CASE WHEN at < 0 THEN 0 ELSE at END AS at, size(firsts) AS blocks " +
                "UNWIND range(at, CASE WHEN $blocks IS NULL OR at + $blocks > blocks THEN blocks - 1 ELSE at + $blocks - 1 END) AS block " +
                "MATCH (b:RelationshipBlock {key: owner + '|' + toString(block)}) " +
                "WITH owner, e, at, block, b ORDER BY owner, block " +
                "WITH owner, e, at, collect(b) AS bs " +
                "WITH owner, e, at, reduce(x = [], b IN bs | x + [i IN range(0, size(b.ids) - 1) | [b.ks[i], b.ids[i], b.others[i], b.outgoing[i]]]) AS entries " +
                "WITH owner, e, at, size(entries) AS read, " +
                "[x IN entries WHERE $afterKey IS NULL OR x[0] > $afterKey OR (x[0] = $afterKey AND x[1] > $afterId)] AS rest " +
                "WITH owner, e, at * $blockSize + read - size(rest) AS upToAfter, rest[0..$take] AS window " +
                "UNWIND (CASE WHEN size(window) = 0 THEN [null] ELSE window END) AS entry " +
                "OPTIONAL MATCH (other:Entity {key: entry[2]}) " +
                "OPTIONAL MATCH (e)-[rout:" + any + "]->(other) WHERE entry[3] AND rout.id = entry[1] " +
                "OPTIONAL MATCH (e)<-[rin:" + any + "]-(other) WHERE NOT entry[3] AND rin.id = entry[1] " +
                "WITH owner, e, upToAfter, entry, other, coalesce(rout, rin) AS item " +
                "RETURN owner, e.relationshipCount AS total, upToAfter, 0 AS pastBefore, entry[0] AS k, entry[1] AS id, " +
                OrNull("item", RelationshipMap("item")) + " AS row, " + Related(EntityMap("other")) + " AS related " +
                "UNION ALL " + SortedRelationships("NOT " + AllReadable) + PageTail(RelationshipMap("item"), EntityMap("other")));
        }

        /// <summary>Deletes the partition's relationship blocks before the links and their order are written again.</summary>
        public string DeleteBlocks { get; }

        /// <summary>Rows: <c>key, partition, entity, block, ks, ids, others, outgoing</c> (the block's entries, in order).</summary>
        public string CreateBlocks { get; }

        /// <summary>Rows: <c>key, firsts, count, visibleFrom</c>, one per entity of the graph, links or not.</summary>
        public string SetOrder { get; }

        /// <summary>
        /// A forward page of each entity's links of every type and direction: along the order for an entity whose links the
        /// caller may all read, else sorted (<see cref="SortedRelationships"/>). The same rows as the page tail.
        /// </summary>
        public string Forward { get; }
    }
}
