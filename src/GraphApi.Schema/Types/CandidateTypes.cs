using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;
using GraphApi.Knowledge.Model;
using GraphApi.Schema.Loading;

namespace GraphApi.Schema.Types;

/// <summary><c>Candidate</c> and <c>CandidateOccurrence</c>: names the linker does not know, found by extraction, waiting for review.</summary>
internal static class CandidateTypes
{
    public static IEnumerable<NamedType> Create() => [Candidate(), Occurrence()];

    private static ObjectType Candidate()
    {
        var type = new ObjectType("Candidate", "A name the corpus does not know yet, found by a cue (a title, an organisation head, an acronym) in an article without curated claims. Not an entity until a reviewer accepts it (importer: review --accept ID).");
        type.Implements(new TypeReference("Node"));
        return type
            .Field("id", ScalarType.ID.AsNonNull(), c => Of(c).Id, description: "candidate/<hash of kind and folded name>, stable across imports; pass it to review --accept or --reject.")
            .Field("name", ScalarType.String.AsNonNull(), c => Of(c).Name, description: "The name as its first occurrence writes it.")
            .Field("kind", new TypeReference("EntityKind").AsNonNull(), c => Of(c).Kind, description: "The kind the cue suggests.")
            .Field("cue", ScalarType.String.AsNonNull(), c => Of(c).Cue, description: "The cue that found it, e.g. \"organisation head: وزارة\" or \"title: السيد\".")
            .Field("confidence", ScalarType.Float.AsNonNull(), c => Of(c).Confidence, description: "0 to 1, the strongest cue's (docs/extraction.md).")
            .Field("occurrences", new TypeReference("CandidateOccurrence").AsNonNull().AsList().AsNonNull(), c => Of(c).Occurrences, description: "Where it occurs, ordered by source id then offset.");
    }

    private static ObjectType Occurrence() => new ObjectType("CandidateOccurrence", "An occurrence of a candidate: a span of Source.text in UTF-16 code units, end exclusive.")
        .Field("source", new TypeReference("Source").AsNonNull(), resolveAsync: async c => await KnowledgeLoaders.Node(c, OccurrenceOf(c).SourceId).ConfigureAwait(false))
        .Field("start", ScalarType.Int.AsNonNull(), c => OccurrenceOf(c).Start)
        .Field("end", ScalarType.Int.AsNonNull(), c => OccurrenceOf(c).End)
        .Field("text", ScalarType.String.AsNonNull(), c => OccurrenceOf(c).Text, description: "The source text at start..end.")
        .Field("sentence", ScalarType.String.AsNonNull(), c => OccurrenceOf(c).Sentence, description: "The sentence containing it.");

    private static Candidate Of(ResolveContext context) => (Candidate)context.Source!;

    private static CandidateOccurrence OccurrenceOf(ResolveContext context) => (CandidateOccurrence)context.Source!;
}
