namespace GraphApi.Knowledge.Neo4j;

/// <summary>
/// Cursor paging inside Cypher, the same cut as <c>Stores.Paging</c>. A list query ends by binding, per row, an owner
/// (the batched id, or null), the item, its sort key <c>k</c> and its id; the tail then sorts by (k, id) in the
/// partition, counts the whole list and the items before <c>$after</c> and from <c>$before</c> on, and returns at most
/// <c>$take</c> items of the window (the page and one more, to know whether another page follows). Neo4j 3.1 has no
/// index-backed ordering, so this sort is where a list is ordered; it touches the list, never the partition.
/// </summary>
internal sealed partial class CypherQueries
{
    /// <summary>
    /// The tail after <c>WITH owner, item, k, id</c> (and <c>other</c> with <paramref name="related"/>). Rows:
    /// <c>owner, total, upToAfter, pastBefore, k, id, row</c> (and <c>related</c>), in ascending order; the window's first
    /// <c>$take</c> items, or its last when <c>$fromEnd</c> (a <c>last</c> without <c>first</c>). An owner with no item in
    /// its window gets one row with a null <c>row</c>, so that its counts arrive.
    /// </summary>
    /// <param name="bindRelated">
    /// A clause that binds <c>other</c> from <c>item</c> after the window (an <c>OPTIONAL MATCH</c>), for lists whose head
    /// does not reach the related node: only the page's items then follow the relationship to it.
    /// </param>
    private static string PageTail(string projection, string? related = null, string? bindRelated = null) =>
        PageTail(projection, related, related is not null && bindRelated is null, bindRelated);

    private static string PageTail(string projection, string? related, bool carried, string? bindRelated) =>
        " WITH owner, item, k, id, " + (carried ? "other, " : "") +
        "item IS NOT NULL AND ($afterKey IS NULL OR k > $afterKey OR (k = $afterKey AND id > $afterId)) AS afterOk, " +
        "item IS NOT NULL AND ($beforeKey IS NULL OR k < $beforeKey OR (k = $beforeKey AND id < $beforeId)) AS beforeOk " +
        "ORDER BY k, id" +
        " WITH owner, count(item) AS total, " +
        "sum(CASE WHEN item IS NOT NULL AND NOT afterOk THEN 1 ELSE 0 END) AS upToAfter, " +
        "sum(CASE WHEN afterOk AND NOT beforeOk THEN 1 ELSE 0 END) AS pastBefore, " +
        "collect(CASE WHEN afterOk AND beforeOk THEN [k, id, item" + (carried ? ", other" : "") + "] END) AS window" +
        " WITH owner, total, upToAfter, pastBefore, CASE WHEN $fromEnd THEN window[-$take..] ELSE window[0..$take] END AS window" +
        " UNWIND (CASE WHEN size(window) = 0 THEN [null] ELSE window END) AS entry" +
        " WITH owner, total, upToAfter, pastBefore, entry[0] AS k, entry[1] AS id, entry[2] AS item" + (carried ? ", entry[3] AS other" : "") + (bindRelated is null ? "" : " " + bindRelated) +
        " RETURN owner, total, upToAfter, pastBefore, k, id, " + OrNull("item", projection) + " AS row" +
        (related is null ? "" : ", " + Related(related) + " AS related");

    /// <summary>The node an item refers to (<c>other</c>), projected only when the reader shows it (<c>$related</c>, from <c>PageRequest.WithRelated</c>).</summary>
    private static string Related(string projection) => "CASE WHEN other IS NULL OR NOT $related THEN null ELSE " + projection + " END";

    /// <summary>A list query: its head, which binds <c>owner, item, k, id</c>, and the paging tail.</summary>
    private string Paged(string head, string projection) => Add(head + PageTail(projection));

    /// <summary>
    /// A list query whose head also binds <c>other</c>, a node each item refers to, returned as <c>related</c> with the
    /// page (<see cref="Page{T}.Related"/>), so that reading it does not cost another round trip.
    /// </summary>
    private string Paged(string head, string projection, string related) => Add(head + PageTail(projection, related));

    /// <summary>
    /// A list query whose page's items reach a node of their own by <paramref name="bindRelated"/> (binding <c>other</c>
    /// after the window), returned as <c>related</c> like the overload above, when <c>$related</c>.
    /// </summary>
    private string Paged(string head, string projection, string related, string bindRelated) => Add(head + PageTail(projection, related, bindRelated));
}
