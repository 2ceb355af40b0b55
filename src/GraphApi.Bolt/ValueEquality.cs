namespace GraphApi.Bolt;

/// <summary>Structural equality of PackStream values (maps, lists, scalars), for comparing auth tokens.</summary>
internal static class ValueEquality
{
    public static bool MapsEqual(IReadOnlyDictionary<string, object?> left, IReadOnlyDictionary<string, object?> right)
    {
        if (left.Count != right.Count)
        {
            return false;
        }

        foreach (var (key, value) in left)
        {
            if (!right.TryGetValue(key, out var other) || !ValuesEqual(value, other))
            {
                return false;
            }
        }

        return true;
    }

    public static bool ValuesEqual(object? left, object? right) => (left, right) switch
    {
        (null, null) => true,
        (null, _) or (_, null) => false,
        (IReadOnlyDictionary<string, object?> l, IReadOnlyDictionary<string, object?> r) => MapsEqual(l, r),
        (string l, string r) => string.Equals(l, r, StringComparison.Ordinal),
        (System.Collections.IEnumerable l, System.Collections.IEnumerable r) =>
            l.Cast<object?>().SequenceEqual(r.Cast<object?>(), Comparer.Instance),
        _ => left.Equals(right),
    };

    private sealed class Comparer : IEqualityComparer<object?>
    {
        public static readonly Comparer Instance = new();

        public new bool Equals(object? x, object? y) => ValuesEqual(x, y);

        public int GetHashCode(object? obj) => 0;
    }
}
