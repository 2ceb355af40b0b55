using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Extraction;

/// <summary>
/// Words a known entity is reported to have said: the speaker, how the article attributes them, and the content as
/// words [<see cref="First"/>, <see cref="End"/>) or, for a quotation, the quoted passage with its marks.
/// </summary>
/// <param name="Speaker">Null when the words are the press's or unnamed reports' (they still attribute a figure).</param>
/// <param name="Span">The evidence in the original text: the quotation, or the reported clause.</param>
/// <param name="Cue">The reporting verb, participle or preposition as written.</param>
/// <param name="CueAt">The word of <paramref name="Cue"/>.</param>
internal sealed record Report(Entity? Speaker, Attribution Attribution, int First, int End, Model.TextSpan Span, string Cue, double Confidence, int CueAt);
