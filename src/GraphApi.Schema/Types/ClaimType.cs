using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;
using GraphApi.Knowledge.Model;
using GraphApi.Schema.Loading;

namespace GraphApi.Schema.Types;

/// <summary>
/// <c>Claim</c>: a curated fact read from one article, with its evidence, agreements and contradictions, and its
/// W3C PROV provenance (wasAttributedTo, wasDerivedFrom, wasGeneratedBy).
/// </summary>
internal static class ClaimType
{
    public static ObjectType Create()
    {
        var type = new ObjectType("Claim", "A fact as one source states it, with the verbatim quotes it rests on.");
        type.Implements(new TypeReference("Node"));
        return type
            .Field("id", ScalarType.ID.AsNonNull(), c => Of(c).Id)
            .Field("kind", new TypeReference("ClaimKind").AsNonNull(), c => Of(c).Kind)
            .Field("text", ScalarType.String, c => Of(c).Text, description: "The claim in English.")
            .Field("textAr", ScalarType.String, c => Of(c).TextAr, description: "The claim in the source's Arabic.")
            .Field("subject", new TypeReference("Entity"), resolveAsync: async c => await KnowledgeLoaders.NodeOrNull(c, Of(c).SubjectId).ConfigureAwait(false))
            .Field("object", new TypeReference("Entity"), resolveAsync: async c => await KnowledgeLoaders.NodeOrNull(c, Of(c).ObjectId).ConfigureAwait(false))
            .Field("speaker", new TypeReference("Entity"), resolveAsync: async c => await KnowledgeLoaders.NodeOrNull(c, Of(c).SpeakerId).ConfigureAwait(false), description: "The voice the article relays: a named person or body, unnamed sources, a cited report, or the outlet when the page speaks for itself.")
            .Field("attribution", new TypeReference("Attribution").AsNonNull(), c => Of(c).Attribution, description: "How the article attributes the claim: says who, belonging to what body, in which words.")
            .Field("modality", new TypeReference("Modality").AsNonNull(), c => Of(c).Modality, description: "Stated as a fact, as a possibility or as something yet to happen.")
            .Field("about", EntityList(), resolveAsync: async c => await KnowledgeLoaders.Nodes(c, Of(c).About).ConfigureAwait(false), description: "Further entities a statement is about, in curated order.")
            .Field("predicate", ScalarType.String, c => Of(c).Predicate, description: "Relations only: holds-role, part-of, member-of, chair-of, participant-in, host-of, cooperates-with, …")
            .Field("role", ScalarType.String, c => Of(c).Role, description: "holds-role only: the title as the source gives it, in English.")
            .Field("roleAr", ScalarType.String, c => Of(c).RoleAr)
            .Field("quantity", new TypeReference("Quantity"), c => Of(c).Quantity)
            .Field("period", new TypeReference("Period"), c => Period.Of(Of(c).PeriodFrom, Of(c).PeriodTo))
            .Field("date", ScalarType.String, c => Of(c).Date, description: "ISO prefix: when a statement was made, or when the fact happened; null when the page does not say.")
            .Field("dateAsWritten", new TypeReference("Phrase"), c => Of(c).DateAsWritten, description: "The date as the article words it when it is vague or relative (\"earlier this year\"), anchored in the source.")
            .Field("note", ScalarType.String, c => Of(c).Note, description: "The curator's note: a suspected typo, a tension inside the article, a reading choice.")
            .Field("source", new TypeReference("Source").AsNonNull(), resolveAsync: async c => await KnowledgeLoaders.Node(c, Of(c).SourceId).ConfigureAwait(false), description: "The article the claim was read from.")
            .Field("origin", ScalarType.String.AsNonNull(), c => Of(c).Origin, description: "The independent origin used to count corroboration (an interview, a report, the article itself).")
            .Field("evidence", new TypeReference("Evidence").AsNonNull().AsList().AsNonNull(), c => Of(c).Evidence, description: "The verbatim quotes the claim rests on, in curated order.")
            .Field("conflicts", new TypeReference("Conflict").AsNonNull().AsList().AsNonNull(), resolveAsync: async c =>
                await KnowledgeLoaders.ConflictsForClaim(c, Of(c).Id).ConfigureAwait(false) ?? [], description: "Contradictions this claim takes part in, with their reasons, ordered by id.")
            .Field("conflictsWith", ClaimList(), resolveAsync: async c =>
            {
                var conflicts = await KnowledgeLoaders.ConflictsForClaim(c, Of(c).Id).ConfigureAwait(false) ?? [];
                return await KnowledgeLoaders.Nodes(c, conflicts.Select(x => Other(x.ClaimA, x.ClaimB, Of(c).Id))).ConfigureAwait(false);
            }, description: "The claims this one contradicts, in conflict id order.")
            .Field("corroborations", new TypeReference("Corroboration").AsNonNull().AsList().AsNonNull(), resolveAsync: async c =>
                await KnowledgeLoaders.CorroborationsForClaim(c, Of(c).Id).ConfigureAwait(false) ?? [], description: "Agreements with claims from independent origins, ordered by id.")
            .Field("corroboratedBy", ClaimList(), resolveAsync: async c =>
            {
                var corroborations = await KnowledgeLoaders.CorroborationsForClaim(c, Of(c).Id).ConfigureAwait(false) ?? [];
                return await KnowledgeLoaders.Nodes(c, corroborations.Select(x => Other(x.ClaimA, x.ClaimB, Of(c).Id))).ConfigureAwait(false);
            }, description: "Claims from independent origins that agree, in corroboration id order.")
            .Field("importRun", new TypeReference("ImportRun"), resolveAsync: async c => await KnowledgeLoaders.ImportRun(c, Of(c).WasGeneratedBy).ConfigureAwait(false), description: "The import that generated the claim; null if the graph was replaced since.")
            .Field("wasAttributedTo", new TypeReference("Entity"), resolveAsync: async c => await KnowledgeLoaders.NodeOrNull(c, Of(c).WasAttributedTo).ConfigureAwait(false), description: "PROV-O wasAttributedTo: the speaker.")
            .Field("wasDerivedFrom", ScalarType.ID.AsNonNull().AsList().AsNonNull(), c => Of(c).WasDerivedFrom, description: "PROV-O wasDerivedFrom: the evidence ids, then the ids of the sources they quote.")
            .Field("wasGeneratedBy", ScalarType.ID.AsNonNull(), c => Of(c).WasGeneratedBy, description: "PROV-O wasGeneratedBy: the import run's id.");
    }

    private static string Other(string a, string b, string self) => a == self ? b : a;

    private static GraphQLType EntityList() => new TypeReference("Entity").AsNonNull().AsList().AsNonNull();

    private static GraphQLType ClaimList() => new TypeReference("Claim").AsNonNull().AsList().AsNonNull();

    private static Claim Of(ResolveContext context) => (Claim)context.Source!;
}
