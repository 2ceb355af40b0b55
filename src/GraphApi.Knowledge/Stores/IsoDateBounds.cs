namespace GraphApi.Knowledge.Stores;

/// <summary>
/// The date rule of every filter with date bounds (<see cref="ClaimFilter"/>, <see cref="PassageFilter"/>): dates and
/// bounds are ISO prefixes (YYYY, YYYY-MM, YYYY-MM-DD), compared on the shorter length, so "2020" includes
/// "2020-11-17" and a bound of "2020-11" includes all of November. Something without a date never matches a bound.
/// </summary>
public static class IsoDateBounds
{
    /// <summary>True when <paramref name="date"/> lies within [from, to]; null bounds are open.</summary>
    public static bool Contains(string? date, string? from, string? to)
    {
        if (from is null && to is null)
        {
            return true;
        }

        if (date is null or SortKeys.Undated)
        {
            return false;
        }

        static int Compare(string a, string b)
        {
            var n = Math.Min(a.Length, b.Length);
            return string.CompareOrdinal(a[..n], b[..n]);
        }

        return (from is null || Compare(date, from) >= 0) && (to is null || Compare(date, to) <= 0);
    }
}
