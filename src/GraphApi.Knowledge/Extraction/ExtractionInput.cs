using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Extraction;

/// <summary>What extraction reads of one article: its text and hash, its body spans, the linker's mentions, and the
/// provenance its claims take (as-of date, origin, import run).</summary>
/// <param name="AsOf">The publication date (sources.yaml, else the page's dateline); the as-of date of its figures.</param>
/// <param name="Origin">The article's own origin for corroboration (its reporting chain's root, else its source id).</param>
public sealed record ExtractionInput(
    string FileName,
    string Text,
    string ContentHash,
    IReadOnlyList<TextSpan> Body,
    IReadOnlyList<Mention> Mentions,
    string? AsOf,
    string Origin,
    string RunId);
