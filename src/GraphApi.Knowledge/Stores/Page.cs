namespace GraphApi.Knowledge.Stores;

/// <summary>One page of an ordered list (a GraphQL connection).</summary>
/// <param name="TotalCount">The number of items matching the filter, before cursors and counts apply.</param>
public sealed record Page<T>(IReadOnlyList<PageEdge<T>> Edges, int TotalCount, bool HasNextPage, bool HasPreviousPage)
{
    public static Page<T> Empty { get; } = new([], 0, false, false);

    public IEnumerable<T> Items => Edges.Select(e => e.Node);

    public string? StartCursor => Edges.Count == 0 ? null : Edges[0].Cursor;

    public string? EndCursor => Edges.Count == 0 ? null : Edges[^1].Cursor;
}
