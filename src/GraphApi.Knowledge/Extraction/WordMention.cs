using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Extraction;

/// <summary>A known entity named by words [First, End) of an <see cref="ArticleText"/>; null entity when two entities share the name.</summary>
internal sealed record WordMention(Entity? Entity, int First, int End);
