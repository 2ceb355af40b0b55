using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;
using GraphApi.Knowledge.Model;
using GraphApi.Schema.Loading;

namespace GraphApi.Schema.Types;

/// <summary><c>Mention</c>: an occurrence of an entity's name in a source body.</summary>
internal static class MentionType
{
    public static ObjectType Create() => new ObjectType("Mention", "An occurrence of an entity's name in an article body. Offsets are UTF-16 indices into Source.text, end exclusive.")
        .Field("id", ScalarType.ID.AsNonNull(), c => Of(c).Id)
        .Field("source", new TypeReference("Source").AsNonNull(), resolveAsync: async c => await KnowledgeLoaders.Node(c, Of(c).SourceId).ConfigureAwait(false))
        .Field("entity", new TypeReference("Entity").AsNonNull(), resolveAsync: async c => await KnowledgeLoaders.Node(c, Of(c).EntityId).ConfigureAwait(false))
        .Field("start", ScalarType.Int.AsNonNull(), c => Of(c).Start)
        .Field("end", ScalarType.Int.AsNonNull(), c => Of(c).End)
        .Field("text", ScalarType.String.AsNonNull(), c => Of(c).Text, description: "The source text at start..end.")
        .Field("sentence", ScalarType.String.AsNonNull(), c => Of(c).Sentence, description: "The sentence containing the mention.")
        .Field("impliedBy", new TypeReference("Entity"), resolveAsync: async c => await KnowledgeLoaders.NodeOrNull(c, Of(c).ImpliedBy).ConfigureAwait(false),
            description: "When the span names a part of this entity (a general assembly of an organisation), the entity actually named.");

    private static Mention Of(ResolveContext context) => (Mention)context.Source!;
}
