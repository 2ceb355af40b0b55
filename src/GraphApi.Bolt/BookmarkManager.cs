namespace GraphApi.Bolt;

/// <summary>
/// The default bookmark manager: a set of bookmarks, optionally extended by a supplier on each read and reported to a
/// consumer on each change (for example to share bookmarks between processes).
/// </summary>
public sealed class BookmarkManager : IBookmarkManager
{
    private readonly Lock _lock = new();
    private readonly HashSet<string> _bookmarks;
    private readonly Func<CancellationToken, ValueTask<IReadOnlyList<string>>>? _supplier;
    private readonly Func<IReadOnlyList<string>, CancellationToken, ValueTask>? _consumer;

    public BookmarkManager(
        IEnumerable<string>? initialBookmarks = null,
        Func<CancellationToken, ValueTask<IReadOnlyList<string>>>? supplier = null,
        Func<IReadOnlyList<string>, CancellationToken, ValueTask>? consumer = null)
    {
        _bookmarks = new HashSet<string>(initialBookmarks ?? [], StringComparer.Ordinal);
        _supplier = supplier;
        _consumer = consumer;
    }

    public async ValueTask<IReadOnlyList<string>> GetBookmarksAsync(CancellationToken cancellationToken)
    {
        List<string> all;
        lock (_lock)
        {
            all = [.. _bookmarks];
        }

        if (_supplier is not null)
        {
            all = all.Union(await _supplier(cancellationToken).ConfigureAwait(false), StringComparer.Ordinal).ToList();
        }

        return all;
    }

    public async ValueTask UpdateBookmarksAsync(IReadOnlyList<string> previous, IReadOnlyList<string> next, CancellationToken cancellationToken)
    {
        if (next.Count == 0)
        {
            return;
        }

        List<string> snapshot;
        lock (_lock)
        {
            _bookmarks.ExceptWith(previous);
            _bookmarks.UnionWith(next);
            snapshot = [.. _bookmarks];
        }

        if (_consumer is not null)
        {
            await _consumer(snapshot, cancellationToken).ConfigureAwait(false);
        }
    }
}
