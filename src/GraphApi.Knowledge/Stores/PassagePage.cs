using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Stores;

/// <summary>
/// One page of passages, best first. Unlike <see cref="Page{T}"/> it carries no total: counting every passage that
/// matches costs a walk over all of them, which is what ranked paging avoids.
/// </summary>
public sealed record PassagePage(IReadOnlyList<PageEdge<Passage>> Edges, bool HasNextPage, bool HasPreviousPage)
{
    public static PassagePage Empty { get; } = new([], false, false);

    public IEnumerable<Passage> Items => Edges.Select(e => e.Node);

    public string? StartCursor => Edges.Count == 0 ? null : Edges[0].Cursor;

    public string? EndCursor => Edges.Count == 0 ? null : Edges[^1].Cursor;
}
