namespace GraphApi.Knowledge.Stores;

/// <summary>
/// Cursor paging as in the GraphQL Cursor Connections spec: <c>after</c>/<c>before</c> cut the ordered list, then
/// <c>first</c> keeps the head or <c>last</c> the tail. With neither <c>first</c> nor <c>last</c> every remaining item is returned.
/// </summary>
public sealed record PageRequest(int? First = null, string? After = null, int? Last = null, string? Before = null)
{
    public static PageRequest All { get; } = new();

    /// <summary>
    /// Whether the reader will show the nodes the items refer to (a mention's source, a relationship's other end). A store
    /// that reads them along with the page (<see cref="Page{T}.Related"/>) leaves them out when false; the page itself is
    /// the same either way.
    /// </summary>
    public bool WithRelated { get; init; } = true;

    public static PageRequest FirstN(int first, string? after = null) => new(first, after);

    /// <summary>Throws <see cref="ArgumentException"/> on negative counts or cursors that do not decode.</summary>
    public void Validate()
    {
        if (First < 0)
        {
            throw new ArgumentException($"first must not be negative (got {First}).", nameof(First));
        }

        if (Last < 0)
        {
            throw new ArgumentException($"last must not be negative (got {Last}).", nameof(Last));
        }

        _ = After is null ? default : PageCursor.Decode(After);
        _ = Before is null ? default : PageCursor.Decode(Before);
    }
}
