namespace GraphApi.Knowledge.Model;

/// <summary>Two claims from independent origins that agree.</summary>
/// <param name="ClaimA">The ordinally smaller claim id.</param>
public sealed record Corroboration(string Id, string ClaimA, string ClaimB, string Reason)
{
    public static string IdFor(string a, string b) => $"corroboration/{a}|{b}";
}
