namespace GraphApi.Knowledge.Model;

/// <summary>Two claims from independent origins that agree, with a reason a person can read.</summary>
/// <remarks>
/// A figure that N articles repeat agrees with every other: N²/2 corroborations. The comparison therefore makes each one
/// from its two claims alone: its id (<see cref="IdFor"/>) and its reason are written when first read (by the API, an
/// export or a store's write), not when the pair is found. The id and reason are the same either way, and
/// <see cref="OrderById"/> orders pairs by id without writing the ids.
/// </remarks>
public sealed record Corroboration
{
    private const string IdPrefix = "corroboration/";
    private const char IdSeparator = '|';

    private readonly Func<string, string, string>? reasonOf;
    private string? id;
    private string? reason;

    /// <param name="claimA">The ordinally smaller claim id.</param>
    public Corroboration(string id, string claimA, string claimB, string reason)
        : this(claimA, claimB) => (this.id, this.reason) = (id, reason);

    /// <summary>
    /// A corroboration whose id is <see cref="IdFor"/> its claims and whose reason is written on first read, by
    /// <paramref name="reasonOf"/> from the two claim ids (it must be pure; one writer serves every pair of a group).
    /// </summary>
    /// <param name="claimA">The ordinally smaller claim id.</param>
    public Corroboration(string claimA, string claimB, Func<string, string, string> reasonOf)
        : this(claimA, claimB) => this.reasonOf = reasonOf;

    private Corroboration(string claimA, string claimB) => (ClaimA, ClaimB) = (claimA, claimB);

    /// <summary>Orders corroborations by id (ordinally), comparing the claim ids of those whose id is not written yet.</summary>
    public static IComparer<Corroboration> OrderById { get; } = Comparer<Corroboration>.Create(CompareIds);

    /// <summary>The id; reading it from several threads at once may write it more than once, always the same.</summary>
    public string Id => id ??= IdFor(ClaimA, ClaimB);

    /// <summary>The ordinally smaller claim id.</summary>
    public string ClaimA { get; }

    public string ClaimB { get; }

    /// <summary>Why the two agree. Reading it from several threads at once may write it more than once, always the same.</summary>
    public string Reason => reason ??= reasonOf!(ClaimA, ClaimB);

    /// <summary>Whether the id is <see cref="IdFor"/> the claims (a pair the comparison made), written or not.</summary>
    private bool IdFromClaims => reasonOf is not null;

    public static string IdFor(string a, string b) => $"{IdPrefix}{a}{IdSeparator}{b}";

    public bool Equals(Corroboration? other) =>
        other is not null && ClaimA == other.ClaimA && ClaimB == other.ClaimB && Id == other.Id && Reason == other.Reason;

    public override int GetHashCode() => HashCode.Combine(ClaimA, ClaimB);

    private static int CompareIds(Corroboration? x, Corroboration? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        // A pair the comparison made has IdFor(ClaimA, ClaimB) as its id whether or not it is written yet; a pair read
        // back from a store carries its id as stored.
        return x.IdFromClaims && y.IdFromClaims
            ? CompareJoined(x.ClaimA, x.ClaimB, y.ClaimA, y.ClaimB)
            : string.CompareOrdinal(x.Id, y.Id);
    }

    /// <summary>The ordinal order of <c>a1|b1</c> and <c>a2|b2</c>, without writing either.</summary>
    internal static int CompareJoined(string a1, string b1, string a2, string b2)
    {
        var common = Math.Min(a1.Length, a2.Length);
        var order = a1.AsSpan(0, common).SequenceCompareTo(a2.AsSpan(0, common));
        if (order != 0)
        {
            return order;
        }

        if (a1.Length == a2.Length)
        {
            return string.CompareOrdinal(b1, b2);
        }

        // One first id is a prefix of the other: go on character by character past the separator.
        var (length1, length2) = (a1.Length + 1 + b1.Length, a2.Length + 1 + b2.Length);
        for (var i = common; i < Math.Min(length1, length2); i++)
        {
            var (c1, c2) = (At(a1, b1, i), At(a2, b2, i));
            if (c1 != c2)
            {
                return c1 - c2;
            }
        }

        return length1 - length2;

        static char At(string a, string b, int i) => i < a.Length ? a[i] : i == a.Length ? IdSeparator : b[i - a.Length - 1];
    }
}
