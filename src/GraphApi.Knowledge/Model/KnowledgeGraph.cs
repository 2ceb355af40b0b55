namespace GraphApi.Knowledge.Model;

/// <summary>
/// An immutable snapshot of everything one import produced. Every list is sorted by id (ordinal), so two
/// imports of the same corpus are equal item by item.
/// </summary>
public sealed record KnowledgeGraph
{
    public required IReadOnlyList<Entity> Entities { get; init; }

    public required IReadOnlyList<Source> Sources { get; init; }

    public required IReadOnlyList<Claim> Claims { get; init; }

    public required IReadOnlyList<Mention> Mentions { get; init; }

    public required IReadOnlyList<Relationship> Relationships { get; init; }

    public required IReadOnlyList<Conflict> Conflicts { get; init; }

    public required IReadOnlyList<Corroboration> Corroborations { get; init; }

    public required ImportRun Run { get; init; }

    /// <summary>Names found by extraction that no entity has, sorted by id; they wait for review.</summary>
    public IReadOnlyList<Candidate> Candidates { get; init; } = [];

    /// <summary>Things worth a look that do not stop the import (an entity never mentioned, a source without metadata).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    public static KnowledgeGraph Empty { get; } = new()
    {
        Entities = [],
        Sources = [],
        Claims = [],
        Mentions = [],
        Relationships = [],
        Conflicts = [],
        Corroborations = [],
        Run = new ImportRun("run/empty", DateTimeOffset.UnixEpoch, "0", new Dictionary<string, string>()),
    };
}
