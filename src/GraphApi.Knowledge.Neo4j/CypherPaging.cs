using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Stores;

namespace GraphApi.Knowledge.Neo4j;

/// <summary>
/// The C# half of paging in Cypher (<see cref="CypherQueries"/>' page tail): the parameters of a
/// <see cref="PageRequest"/>, and the page built from the rows that come back, with the same edges, counts and
/// <c>hasNextPage</c>/<c>hasPreviousPage</c> as <see cref="Paging.Apply"/> gives over the whole list.
/// </summary>
internal static class CypherPaging
{
    /// <summary>Only <c>last</c>: the page is the end of the window.</summary>
    public static bool FromEnd(PageRequest page) => page.Last is not null && page.First is null;

    public static void AddParameters(Dictionary<string, object?> parameters, PageRequest page)
    {
        page.Validate();
        var after = page.After is null ? (PageCursor?)null : PageCursor.Decode(page.After);
        var before = page.Before is null ? (PageCursor?)null : PageCursor.Decode(page.Before);
        parameters["afterKey"] = after?.SortKey;
        parameters["afterId"] = after?.Id;
        parameters["beforeKey"] = before?.SortKey;
        parameters["beforeId"] = before?.Id;

        // The page and one more item, which tells whether the list goes on.
        parameters["take"] = page.First is { } first ? first + 1L : page.Last is { } last ? last + 1L : int.MaxValue;
        parameters["fromEnd"] = FromEnd(page);
        parameters["related"] = page.WithRelated;
    }

    /// <summary>The page of one owner from its rows (none when the owner has no item at all).</summary>
    /// <param name="readRelated">Reads the rows' <c>related</c> column, for queries that return one.</param>
    public static Page<T> ToPage<T>(IReadOnlyList<IReadOnlyDictionary<string, object?>> rows, PageRequest page, Func<object?, T> read, Func<object?, IGraphNode>? readRelated = null)
    {
        if (rows.Count == 0)
        {
            return Page<T>.Empty;
        }

        var counts = rows[0];
        var edges = rows
            .Where(r => r["row"] is not null)
            .Select(r => new PageEdge<T>(new PageCursor((string)r["k"]!, (string)r["id"]!).Encode(), read(r["row"])))
            .ToList();
        var hasPrevious = page.After is not null && RowReader.Long(counts, "upToAfter") > 0;
        var hasNext = page.Before is not null && RowReader.Long(counts, "pastBefore") > 0;
        if (FromEnd(page))
        {
            if (edges.Count > page.Last)
            {
                edges.RemoveRange(0, edges.Count - page.Last.Value);
                hasPrevious = true;
            }
        }
        else
        {
            if (page.First is { } first && edges.Count > first)
            {
                edges.RemoveRange(first, edges.Count - first);
                hasNext = true;
            }

            if (page.Last is { } last && edges.Count > last)
            {
                edges.RemoveRange(0, edges.Count - last);
                hasPrevious = true;
            }
        }

        return new Page<T>(edges, checked((int)RowReader.Long(counts, "total")), hasNext, hasPrevious) { Related = Related(rows, readRelated) };
    }

    /// <summary>The distinct nodes of the rows' <c>related</c> column (<see cref="Page{T}.Related"/>), in the order met.</summary>
    private static IReadOnlyList<IGraphNode> Related(IReadOnlyList<IReadOnlyDictionary<string, object?>> rows, Func<object?, IGraphNode>? read)
    {
        if (read is null)
        {
            return [];
        }

        var related = new Dictionary<string, IGraphNode>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row["related"] is { } map)
            {
                var node = read(map);
                related.TryAdd(node.Id, node);
            }
        }

        return [.. related.Values];
    }

    /// <summary>One page per owner key, an empty page for owners without rows.</summary>
    public static IReadOnlyDictionary<string, Page<T>> ToPages<T>(
        IReadOnlyList<IReadOnlyDictionary<string, object?>> rows, IEnumerable<(string Id, string Key)> owners, PageRequest page, Func<object?, T> read, Func<object?, IGraphNode>? readRelated = null)
    {
        var byOwner = rows.GroupBy(r => (string)r["owner"]!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (IReadOnlyList<IReadOnlyDictionary<string, object?>>)[.. g], StringComparer.Ordinal);
        var pages = new Dictionary<string, Page<T>>(StringComparer.Ordinal);
        foreach (var (id, key) in owners)
        {
            pages.TryAdd(id, byOwner.TryGetValue(key, out var ownerRows) ? ToPage(ownerRows, page, read, readRelated) : Page<T>.Empty);
        }

        return pages;
    }
}
