namespace GraphApi.Knowledge.Stores;

/// <summary>
/// Applies a <see cref="PageRequest"/> to a list already in its documented order, where each item's position is
/// its <see cref="PageCursor"/>. Shared by stores so every implementation pages identically.
/// </summary>
public static class Paging
{
    public static Page<T> Apply<T>(IReadOnlyList<T> ordered, Func<T, PageCursor> cursorOf, PageRequest request)
    {
        request.Validate();
        var start = 0;
        var end = ordered.Count;
        if (request.After is not null)
        {
            var after = PageCursor.Decode(request.After);
            start = LowerBound(ordered, cursorOf, after, inclusive: false);
        }

        if (request.Before is not null)
        {
            var before = PageCursor.Decode(request.Before);
            end = Math.Max(start, LowerBound(ordered, cursorOf, before, inclusive: true));
        }

        var hasPrevious = start > 0 && request.After is not null;
        var hasNext = end < ordered.Count && request.Before is not null;
        if (request.First is { } first && end - start > first)
        {
            end = start + first;
            hasNext = true;
        }

        if (request.Last is { } last && end - start > last)
        {
            start = end - last;
            hasPrevious = true;
        }

        var edges = new List<PageEdge<T>>(end - start);
        for (var i = start; i < end; i++)
        {
            edges.Add(new PageEdge<T>(cursorOf(ordered[i]).Encode(), ordered[i]));
        }

        return new Page<T>(edges, ordered.Count, hasNext, hasPrevious);
    }

    /// <summary>The first index whose cursor is greater than (or, when inclusive, at least) the given one; binary search.</summary>
    private static int LowerBound<T>(IReadOnlyList<T> ordered, Func<T, PageCursor> cursorOf, PageCursor cursor, bool inclusive)
    {
        int low = 0, high = ordered.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            var c = cursorOf(ordered[mid]).CompareTo(cursor);
            if (c < 0 || (c == 0 && !inclusive))
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
