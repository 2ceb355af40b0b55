namespace GraphApi.Bolt;

/// <summary>
/// Keeps the bookmarks that sessions share for causal consistency: each transaction waits for the bookmarks the manager
/// holds, and replaces the ones it started from with the one it produced.
/// </summary>
public interface IBookmarkManager
{
    ValueTask<IReadOnlyList<string>> GetBookmarksAsync(CancellationToken cancellationToken);

    ValueTask UpdateBookmarksAsync(IReadOnlyList<string> previous, IReadOnlyList<string> next, CancellationToken cancellationToken);
}
