namespace GraphApi.Knowledge.Model;

/// <summary>Two claims that cannot both hold, with a reason a person can read. Both claims stay in the graph.</summary>
/// <param name="ClaimA">The ordinally smaller claim id.</param>
public sealed record Conflict(string Id, string ClaimA, string ClaimB, string Reason)
{
    /// <summary>Machine-readable qualifiers of the disagreement, sorted (<c>magnitude-outlier</c>, …; see <c>ConflictFlags</c>).</summary>
    public IReadOnlyList<string> Flags { get; init; } = [];

    public static string IdFor(string a, string b) => $"conflict/{a}|{b}";
}
