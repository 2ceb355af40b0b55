namespace GraphApi.Knowledge.Model;

/// <summary>
/// A typed, directed edge between two entities, backed by the relation claims that state it
/// (or by the curated <c>parent</c> key, in which case <see cref="ClaimIds"/> is empty and the type is <c>part-of</c>).
/// </summary>
/// <param name="Id"><c>rel/</c> + type + from + to, so it is stable across imports.</param>
public sealed record Relationship(string Id, string Type, string FromId, string ToId, IReadOnlyList<string> ClaimIds)
{
    public static string IdFor(string type, string fromId, string toId) => $"rel/{type}/{fromId}/{toId}";
}
