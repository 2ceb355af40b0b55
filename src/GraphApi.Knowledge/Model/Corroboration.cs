namespace GraphApi.Knowledge.Model;

/// <summary>Two claims from independent origins that agree, with a reason a person can read.</summary>
/// <remarks>
/// A figure that N articles repeat agrees with every other: N²/2 corroborations. The comparison therefore gives each
/// one its reason as words to write when first read (by the API, an export or a store's write) rather than as a string
/// made at once; the reason is the same either way, and equality compares it.
/// </remarks>
public sealed record Corroboration
{
    private readonly Func<string>? reasonOf;
    private string? reason;

    /// <param name="claimA">The ordinally smaller claim id.</param>
    public Corroboration(string id, string claimA, string claimB, string reason)
        : this(id, claimA, claimB) => this.reason = reason;

    /// <summary>A corroboration whose reason is written on first read, by <paramref name="reasonOf"/> (which must be pure).</summary>
    public Corroboration(string id, string claimA, string claimB, Func<string> reasonOf)
        : this(id, claimA, claimB) => this.reasonOf = reasonOf;

    private Corroboration(string id, string claimA, string claimB) => (Id, ClaimA, ClaimB) = (id, claimA, claimB);

    public string Id { get; }

    /// <summary>The ordinally smaller claim id.</summary>
    public string ClaimA { get; }

    public string ClaimB { get; }

    /// <summary>Why the two agree. Reading it from several threads at once may write it more than once, always the same.</summary>
    public string Reason => reason ??= reasonOf!();

    public static string IdFor(string a, string b) => $"corroboration/{a}|{b}";

    public bool Equals(Corroboration? other) =>
        other is not null && Id == other.Id && ClaimA == other.ClaimA && ClaimB == other.ClaimB && Reason == other.Reason;

    public override int GetHashCode() => HashCode.Combine(Id, ClaimA, ClaimB);
}
