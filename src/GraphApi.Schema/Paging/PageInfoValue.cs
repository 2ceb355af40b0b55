using GraphApi.Knowledge.Stores;

namespace GraphApi.Schema.Paging;

/// <summary>The value behind a <c>PageInfo</c> object, taken from a page of any item type.</summary>
internal sealed record PageInfoValue(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor)
{
    public static PageInfoValue Of<T>(Page<T> page) => new(page.HasNextPage, page.HasPreviousPage, page.StartCursor, page.EndCursor);
}
