using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;
using GraphApi.Knowledge.Model;

namespace GraphApi.Schema.Types;

/// <summary><c>Extraction</c>: how an unreviewed claim was read from an article that no curator has read.</summary>
internal static class ExtractionType
{
    public static ObjectType Create() => new ObjectType("Extraction", "How an unreviewed claim was extracted from an article without curated claims. Curated claims have none.")
        .Field("method", ScalarType.String.AsNonNull(), c => Of(c).Method, description: "quantity-pattern (a metric pattern of knowledge/metrics.yaml matched a number) or reported-speech (a known entity is the subject of a reporting verb).")
        .Field("confidence", ScalarType.Float.AsNonNull(), c => Of(c).Confidence, description: "0 to 1, from the strength of the cue (docs/extraction.md); a ranking aid for review, not a probability.")
        .Field("cue", ScalarType.String.AsNonNull(), c => Of(c).Cue, description: "What matched: the metric and its pattern, or the reporting verb as written.");

    private static ClaimExtraction Of(ResolveContext context) => (ClaimExtraction)context.Source!;
}
