namespace GraphApi.Knowledge.Model;

/// <summary>
/// One sentence of an article body that matches a full-text search. Offsets are UTF-16 and absolute into the source's
/// <see cref="Source.Text"/>, so <c>Text[Start..End]</c> is <see cref="Text"/>.
/// </summary>
/// <param name="Score">The share of the sentence's words that the query accounts for, in (0, 1]; see docs/search.md.</param>
/// <param name="Highlights">The matched words (a whole phrase as one span), absolute offsets, in order.</param>
public sealed record Passage(string SourceId, int Start, int End, string Text, double Score, IReadOnlyList<TextSpan> Highlights);
