using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;
using GraphApi.Knowledge.Model;
using GraphApi.Schema.Loading;

namespace GraphApi.Schema.Types;

/// <summary>The values behind a claim: <c>Evidence</c>, <c>Attribution</c>, <c>Phrase</c>, <c>Quantity</c>, <c>Conflict</c>, <c>Corroboration</c> and <c>ImportRun</c>.</summary>
internal static class ProvenanceTypes
{
    public static IEnumerable<NamedType> Create() => [Evidence(), Attribution(), Phrase(), Quantity(), Conflict(), Corroboration(), ImportRun(), SourceHash()];

    private static ObjectType Evidence() => new ObjectType("Evidence", "A verbatim quote anchored in a source. Offsets are UTF-16 indices into Source.text, end exclusive.")
        .Field("id", ScalarType.ID.AsNonNull(), c => Of<Evidence>(c).Id)
        .Field("quote", ScalarType.String.AsNonNull(), c => Of<Evidence>(c).Quote)
        .Field("en", ScalarType.String, c => Of<Evidence>(c).En, description: "English rendering of the quote.")
        .Field("start", ScalarType.Int.AsNonNull(), c => Of<Evidence>(c).Start)
        .Field("end", ScalarType.Int.AsNonNull(), c => Of<Evidence>(c).End)
        .Field("sentence", ScalarType.String.AsNonNull(), c => Of<Evidence>(c).Sentence, description: "The sentence of the source containing the quote.")
        .Field("verified", ScalarType.Boolean.AsNonNull(), c => Of<Evidence>(c).Verified, description: "True when the quote was found verbatim at start..end.")
        .Field("source", new TypeReference("Source").AsNonNull(), resolveAsync: async c => await KnowledgeLoaders.Node(c, Of<Evidence>(c).SourceId).ConfigureAwait(false))
        .Field("sourceHash", ScalarType.String.AsNonNull(), c => Of<Evidence>(c).SourceHash, description: "SHA-256 of the source file the offsets refer to; compare with Source.contentHash.");

    private static ObjectType Attribution() => new ObjectType("Attribution", "Who a claim is attributed to, as the article words it. The attributing words are verbatim and anchored in the claim's source like a quote.")
        .Field("kind", new TypeReference("AttributionKind").AsNonNull(), c => Of<Attribution>(c).Kind)
        .Field("affiliation", new TypeReference("Entity"), resolveAsync: async c => await KnowledgeLoaders.NodeOrNull(c, Of<Attribution>(c).AffiliationId).ConfigureAwait(false),
            description: "The body the voice belongs to: the directorate of anonymous sources, the issuer of a report, a named speaker's institution.")
        .Field("text", ScalarType.String, c => Of<Attribution>(c).Phrase?.Text, description: "The attributing words of the article, verbatim (\"وبحسب مصادر في المديرية\"); null for the outlet's own voice.")
        .Field("en", ScalarType.String, c => Of<Attribution>(c).Phrase?.En, description: "The attributing words in English.")
        .Field("start", ScalarType.Int, c => Of<Attribution>(c).Phrase?.Start, description: "UTF-16 offset of text in the claim's Source.text; null without text.")
        .Field("end", ScalarType.Int, c => Of<Attribution>(c).Phrase?.End, description: "Exclusive end offset of text.");

    private static ObjectType Phrase() => new ObjectType("Phrase", "A short verbatim phrase of the claim's source, anchored like a quote (offsets into Source.text, end exclusive).")
        .Field("text", ScalarType.String.AsNonNull(), c => Of<Phrase>(c).Text)
        .Field("en", ScalarType.String, c => Of<Phrase>(c).En)
        .Field("start", ScalarType.Int.AsNonNull(), c => Of<Phrase>(c).Start)
        .Field("end", ScalarType.Int.AsNonNull(), c => Of<Phrase>(c).End);

    private static ObjectType Quantity() => new ObjectType("Quantity", "A counted or measured value as one source states it. Keyless: a value with no id, so client caches (Apollo, Relay, urql) keep it inside the object that holds it.")
        .Field("metric", ScalarType.String.AsNonNull(), c => Of<Quantity>(c).Metric, description: "Curated slug; claims on one metric are compared for conflicts.")
        .Field("value", ScalarType.Float.AsNonNull(), c => (double)Of<Quantity>(c).Value)
        .Field("qualifier", new TypeReference("QuantityQualifier").AsNonNull(), c => Of<Quantity>(c).Qualifier)
        .Field("unit", ScalarType.String, c => Of<Quantity>(c).Unit)
        .Field("since", ScalarType.String, c => Of<Quantity>(c).Since, description: "The baseline (\"since 2002\"), ISO date or year.")
        .Field("asOf", ScalarType.String, c => Of<Quantity>(c).AsOf, description: "When the count held, ISO date or year; null when unknown.");

    private static ObjectType Conflict() => new ObjectType("Conflict", "Two claims that cannot both hold. Both stay in the graph; compare their evidence.")
        .Field("id", ScalarType.ID.AsNonNull(), c => Of<Conflict>(c).Id)
        .Field("reason", ScalarType.String.AsNonNull(), c => Of<Conflict>(c).Reason)
        .Field("flags", ScalarType.String.AsNonNull().AsList().AsNonNull(), c => Of<Conflict>(c).Flags,
            description: "What kind of disagreement, sorted: magnitude-outlier (values of one metric 5× or more apart), as-of-unknown, anonymous-source, relayed-report, not-asserted.")
        .Field("left", new TypeReference("Claim").AsNonNull(), resolveAsync: async c => await KnowledgeLoaders.Node(c, Of<Conflict>(c).ClaimA).ConfigureAwait(false), description: "The claim with the ordinally smaller id.")
        .Field("right", new TypeReference("Claim").AsNonNull(), resolveAsync: async c => await KnowledgeLoaders.Node(c, Of<Conflict>(c).ClaimB).ConfigureAwait(false))
        .Field("claims", new TypeReference("Claim").AsNonNull().AsList().AsNonNull(), resolveAsync: async c => await KnowledgeLoaders.Nodes(c, [Of<Conflict>(c).ClaimA, Of<Conflict>(c).ClaimB]).ConfigureAwait(false), description: "left and right.");

    private static ObjectType Corroboration() => new ObjectType("Corroboration", "Two claims from independent origins that agree.")
        .Field("id", ScalarType.ID.AsNonNull(), c => Of<Corroboration>(c).Id)
        .Field("reason", ScalarType.String.AsNonNull(), c => Of<Corroboration>(c).Reason)
        .Field("claims", new TypeReference("Claim").AsNonNull().AsList().AsNonNull(), resolveAsync: async c => await KnowledgeLoaders.Nodes(c, [Of<Corroboration>(c).ClaimA, Of<Corroboration>(c).ClaimB]).ConfigureAwait(false));

    private static ObjectType ImportRun() => new ObjectType("ImportRun", "PROV activity: the import that generated the graph. The id depends only on the importer version and source hashes.")
        .Field("id", ScalarType.ID.AsNonNull(), c => Of<ImportRun>(c).Id)
        .Field("startedAt", ScalarType.String.AsNonNull(), c => Of<ImportRun>(c).StartedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture), description: "ISO 8601 time the import started.")
        .Field("importerVersion", ScalarType.String.AsNonNull(), c => Of<ImportRun>(c).ImporterVersion)
        .Field("sourceHashes", new TypeReference("SourceHash").AsNonNull().AsList().AsNonNull(), c =>
            Of<ImportRun>(c).SourceHashes.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new KeyValuePair<string, string>(p.Key, p.Value)).ToList(),
            description: "The SHA-256 of every source file read, ordered by file name.");

    private static ObjectType SourceHash() => new ObjectType("SourceHash", "A source file and the SHA-256 of its bytes at import time. Keyless: a value with no id, so client caches (Apollo, Relay, urql) keep it inside the object that holds it.")
        .Field("fileName", ScalarType.String.AsNonNull(), c => ((KeyValuePair<string, string>)c.Source!).Key)
        .Field("sha256", ScalarType.String.AsNonNull(), c => ((KeyValuePair<string, string>)c.Source!).Value);

    private static T Of<T>(ResolveContext context) => (T)context.Source!;
}
