using GraphApi.Knowledge.Stores;

namespace GraphApi.Schema.Paging;

/// <summary>
/// Descending orders on top of the store's ascending ones. A descending list is the ascending list reversed, so
/// "first n after c" descending is "last n before c" ascending, read backwards; cursors stay the store's.
/// </summary>
internal static class PageOrdering
{
    public static PageRequest Reverse(PageRequest request) => new(request.Last, request.Before, request.First, request.After);

    public static Page<T> Reverse<T>(Page<T> page) =>
        new([.. page.Edges.Reverse()], page.TotalCount, page.HasPreviousPage, page.HasNextPage);

    /// <summary>
    /// Pages a list the schema filtered further (for example claims by metric): the edges keep the cursors the store
    /// gave them, so paging over the subset uses the same cursor order.
    /// </summary>
    public static Page<T> Repage<T>(IEnumerable<PageEdge<T>> filtered, PageRequest request)
    {
        var edges = filtered.ToList();
        var cursors = edges.ToDictionary(e => (object)e, e => PageCursor.Decode(e.Cursor), ReferenceEqualityComparer.Instance);
        var page = Knowledge.Stores.Paging.Apply(edges, e => cursors[e], request);
        return new Page<T>([.. page.Edges.Select(e => e.Node)], page.TotalCount, page.HasNextPage, page.HasPreviousPage);
    }
}
