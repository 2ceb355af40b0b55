namespace GraphApi.Knowledge.Model;

/// <summary>An occurrence of a known entity's name in an article body.</summary>
/// <param name="Id"><c>mention/</c> + a hash of the source file, offsets and entity id.</param>
/// <param name="Start">UTF-16 offset into the source text, inclusive.</param>
/// <param name="End">Exclusive end offset.</param>
/// <param name="Text">The source text at Start..End.</param>
/// <param name="Sentence">The sentence containing the span.</param>
/// <param name="ImpliedBy">When the span names a part of this entity (<c>mentionsAlso</c>/<c>parent</c>), the entity actually named.</param>
public sealed record Mention(string Id, string SourceId, string EntityId, int Start, int End, string Text, string Sentence, string? ImpliedBy = null);
