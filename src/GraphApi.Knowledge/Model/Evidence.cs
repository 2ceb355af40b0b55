namespace GraphApi.Knowledge.Model;

/// <summary>
/// A verbatim quote anchored in a source: the exact words a claim rests on (PROV: the claim wasDerivedFrom it).
/// </summary>
public sealed record Evidence
{
    /// <summary><c>evidence/</c> + a hash of the claim id, source file and offsets.</summary>
    public required string Id { get; init; }

    public required string Quote { get; init; }

    /// <summary>English rendering of the quote.</summary>
    public string? En { get; init; }

    public required string SourceId { get; init; }

    /// <summary>UTF-16 offset of the quote's first code unit in the source text.</summary>
    public required int Start { get; init; }

    /// <summary>Exclusive end offset.</summary>
    public required int End { get; init; }

    /// <summary>The sentence of the source that contains the quote.</summary>
    public required string Sentence { get; init; }

    /// <summary>SHA-256 of the source file the offsets refer to, so a changed file is detectable.</summary>
    public required string SourceHash { get; init; }

    /// <summary>True when the quote was found verbatim at <see cref="Start"/>..<see cref="End"/>.</summary>
    public required bool Verified { get; init; }
}
