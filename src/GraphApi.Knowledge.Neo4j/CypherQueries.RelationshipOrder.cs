namespace GraphApi.Knowledge.Neo4j;

/// <summary>
/// Each entity's relationship order, kept at import: its typed links in the API's relationship order (the predicate,
/// the other end's id, the relationship's id), in <c>:RelationshipBlock</c>s of <see cref="GraphModel.RelationshipBlockSize"/>
/// entries, with the first entry of each block, the count and the latest <c>visibleFrom</c> on the entity. A forward
/// page of an entity's links of every type and direction (the hub's 20, each level of a neighbourhood, a timeline's)
/// reads the block its cursor falls in and the next, and answers from them (a block holds each link's id, type, ends
/// and claims), so it costs the page and not the entity's degree: it touches no relationship at all. Neo4j 3.1 cannot keep relationships in order (no index-backed ordering, no relationship indexes),
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
            // Cypher 3.1 evaluates list expressions in about a microsecond per step, and copies a list property each time it
            // is indexed; so each block's lists are sliced once to the window's part of them (s..t, a slice stops at the list's
            // end; t stays within a block's size, as a slice's bounds are 32-bit), a block past the window is not read, and only the window's entries are built. The cursor's place in its block is counted over the block's composite keys (cs).
            Forward = q.Add(
                "UNWIND $keys AS owner MATCH (e:Entity {key: owner}) WHERE " + AllReadable + " " +
                "WITH owner, e, coalesce(e.relationshipBlocks, []) AS firsts " +
                "WITH owner, e, firsts, CASE WHEN $afterKey IS NULL THEN 0 ELSE size([f IN firsts WHERE f <= $afterKey + $separator + $afterId]) - 1 END AS at " +
                "WITH owner, e, CASE WHEN at < 0 THEN 0 ELSE at END AS at, size(firsts) AS blocks " +
                "UNWIND range(at, CASE WHEN $blocks IS NULL OR at + $blocks > blocks THEN blocks - 1 ELSE at + $blocks - 1 END) AS block " +
                "MATCH (b:RelationshipBlock {key: owner + '|' + toString(block)}) " +
                "WITH owner, e, at, block, b ORDER BY owner, block " +
                "WITH owner, e, at, collect(b) AS bs " +
                "WITH owner, e, at, bs, CASE WHEN $afterKey IS NULL THEN 0 ELSE size([c IN bs[0].cs WHERE c <= $afterKey + $separator + $afterId]) END AS start " +
                "UNWIND range(0, size(bs) - 1) AS j " +
                "WITH owner, e, at, start, j, bs[j] AS b, CASE WHEN j = 0 THEN start ELSE 0 END AS s, " +
                "CASE WHEN j = 0 THEN $take ELSE $take - (j * $blockSize - start) END AS want WHERE want > 0 " +
                "WITH owner, e, at, start, j, b, s, s + CASE WHEN want < $blockSize THEN want ELSE $blockSize END AS t " +
                "WITH owner, e, at, start, j, b, b.ks[s..t] AS ks, b.ids[s..t] AS ids, b.types[s..t] AS types, b.others[s..t] AS others, " +
                "b.outgoing[s..t] AS outs, b.claimStarts[s..t + 1] AS starts " +
                "WITH owner, e, at, start, j, ks, ids, types, others, outs, starts, " +
                "b.claimIds[starts[0]..starts[-1]] AS cids, b.claimsVisibleFrom[starts[0]..starts[-1]] AS cvfs " +
                "WITH owner, e, at, start, j, [i IN range(0, size(ids) - 1) | [ks[i], ids[i], types[i], others[i], outs[i], " +
                "cids[starts[i] - starts[0]..starts[i + 1] - starts[0]], cvfs[starts[i] - starts[0]..starts[i + 1] - starts[0]]]] AS entries ORDER BY owner, j " +
                "WITH owner, e, at * $blockSize + start AS upToAfter, collect(entries) AS parts " +
                "WITH owner, e, upToAfter, reduce(x = [], part IN parts | x + part) AS window " +
                "UNWIND (CASE WHEN size(window) = 0 THEN [null] ELSE window END) AS entry " +
                "OPTIONAL MATCH (other:Entity {key: CASE WHEN $related AND entry IS NOT NULL THEN $partition + '|' + entry[3] END}) " +
                "RETURN owner, e.relationshipCount AS total, upToAfter, 0 AS pastBefore, entry[0] AS k, entry[1] AS id, " +
                "CASE WHEN entry IS NULL THEN null ELSE {id: entry[1], type: entry[2], " +
                "fromId: CASE WHEN entry[4] THEN e.id ELSE entry[3] END, toId: CASE WHEN entry[4] THEN entry[3] ELSE e.id END, " +
                "claimIds: [p_i IN range(0, size(entry[5]) - 1) WHERE entry[6][p_i] <= $horizon | entry[5][p_i]]} END AS row, " +
                Related(EntityMap("other")) + " AS related " +
                "UNION ALL " + SortedRelationships("NOT " + AllReadable) + PageTail(RelationshipMap("item"), EntityMap("other")));
        }

        /// <summary>Deletes the partition's relationship blocks before the links and their order are written again.</summary>
        public string DeleteBlocks { get; }

        /// <summary>Rows: <c>key, partition, entity, block</c> and the block's entries as parallel lists (<c>WriteRows.RelationshipBlocks</c>).</summary>
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
