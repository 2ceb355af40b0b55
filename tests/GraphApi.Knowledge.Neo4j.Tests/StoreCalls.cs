using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Stores;

namespace GraphApi.Knowledge.Neo4j.Tests;

/// <summary>
/// Drives every operation of the store through every variant its queries take (each order, direction, start, role,
/// path length and write), so that a recording runner sees every text the store can send: for the injection test
/// (with hostile values) and the Cypher 5 lint (with ordinary ones).
/// </summary>
internal static class StoreCalls
{
    private static readonly PageRequest[] Pages = [PageRequest.All, PageRequest.FirstN(2), new(Last: 2)];

    public static async Task ExerciseAsync(Neo4jKnowledgeStore store, string value)
    {
        var cursor = new PageCursor(value, value).Encode();
        await store.GetNodesAsync([value, value + "2"], ReadScope.Everything);
        await store.SearchAsync(value, [NodeKind.Person, NodeKind.Claim, NodeKind.Source], 5, ReadScope.Everything);
        await store.SearchPassagesAsync(value, new PassageFilter(value, value, value, value), PageRequest.FirstN(3), ReadScope.Everything);
        await store.GetImportRunAsync(value, ReadScope.Everything);
        await store.GetHealthAsync();
        await store.RefreshAsync();
        await store.ExportGraphAsync();
        foreach (var page in Pages.Concat([new PageRequest(First: 3, After: cursor), new PageRequest(Last: 1, Before: cursor), new PageRequest(First: 1, Before: cursor)]))
        {
            foreach (var order in Enum.GetValues<EntityOrder>())
            {
                await store.ListEntitiesAsync(new EntityFilter(EntityKind.Person, value, null, true), order, page, ReadScope.Everything);
                await store.ListEntitiesAsync(new EntityFilter(NameContains: value, SourceId: value, HasConflicts: false), order, page, ReadScope.Everything);
                await store.ListEntitiesAsync(new EntityFilter(EntityKind.Document), order, page, ReadScope.Everything);
                await store.ListEntitiesAsync(new EntityFilter(SourceId: value), order, page, ReadScope.Everything);
            }

            foreach (var order in Enum.GetValues<ClaimOrder>())
            {
                foreach (var role in Enum.GetValues<ClaimRole>())
                {
                    await store.ListClaimsAsync(new ClaimFilter(EntityId: value, Role: role, SourceId: value, SpeakerId: value, DateFrom: "2020", DateTo: "2021"), order, page, ReadScope.Everything);
                }

                await store.ListClaimsAsync(new ClaimFilter(EntityId: value, DateTo: "2021"), order, page, ReadScope.Everything);
                await store.ListClaimsAsync(new ClaimFilter(EntityId: value, HasConflicts: true), order, page, ReadScope.Everything);
                await store.ListClaimsAsync(new ClaimFilter(SpeakerId: value), order, page, ReadScope.Everything);
                await store.ListClaimsAsync(new ClaimFilter(Metric: value, HasConflicts: false), order, page, ReadScope.Everything);
                await store.ListClaimsAsync(new ClaimFilter(ClaimKind.Quantity, HasConflicts: false), order, page, ReadScope.Everything);
                await store.ListClaimsAsync(new ClaimFilter(Reviewed: false, HasConflicts: true), order, page, ReadScope.Everything);
                await store.ListClaimsAsync(new ClaimFilter(HasConflicts: true), order, page, ReadScope.Everything);
                await store.ListClaimsAsync(new ClaimFilter(ClaimKind.Quantity, SourceId: value, HasConflicts: true), order, page, ReadScope.Everything);
                await store.ListClaimsAsync(new ClaimFilter(Metric: value), order, page, ReadScope.Everything);
                await store.ListClaimsAsync(new ClaimFilter(ClaimKind.Quantity), order, page, ReadScope.Everything);
                await store.ListClaimsAsync(new ClaimFilter(AttributionKind: AttributionKind.Anonymous, Modality: Modality.Future), order, page, ReadScope.Everything);
                await store.ListClaimsAsync(new ClaimFilter(Modality: Modality.Future), order, page, ReadScope.Everything);
                await store.ListClaimsAsync(new ClaimFilter(AttributionKind: AttributionKind.Anonymous, HasConflicts: true), order, page, ReadScope.Everything);
                await store.ListClaimsAsync(new ClaimFilter(Modality: Modality.Future, HasConflicts: false), order, page, ReadScope.Everything);
                await store.ListClaimsAsync(new ClaimFilter(Reviewed: false), order, page, ReadScope.Everything);
                await store.ListClaimsAsync(new ClaimFilter(ClaimKind.Statement, Reviewed: true, SourceId: value), order, page, ReadScope.Everything);
                await store.ListClaimsAsync(ClaimFilter.None, order, page, ReadScope.Everything);
            }

            await store.ListCandidatesAsync(new CandidateFilter(Kind: EntityKind.Person), page, ReadScope.Everything);
            await store.ListCandidatesAsync(new CandidateFilter(value, EntityKind.Institution), page, ReadScope.Everything);

            await store.ListSourcesAsync(new SourceFilter(value, value, value), page, ReadScope.Everything);
            await store.ListSourcesAsync(new SourceFilter(MentionsEntityId: value, Language: value), page, ReadScope.Everything);
            await store.ListSourcesAsync(SourceFilter.None, page, ReadScope.Everything);
            foreach (var direction in Enum.GetValues<RelationshipDirection>())
            {
                await store.GetRelationshipsAsync([value], [value, "holds-role"], direction, page, ReadScope.Everything);
            }

            await store.GetRelationshipsAsync([value], null, RelationshipDirection.Both, page, ReadScope.Everything);

            await store.GetMentionsByEntityAsync([value], page, ReadScope.Everything);
            await store.GetMentionsByEntityAsync([value], page, ReadScope.PublicAt(DateTimeOffset.UnixEpoch));
            await store.GetMentionsBySourceAsync([value], page, ReadScope.Everything);
            foreach (var role in Enum.GetValues<ClaimRole>())
            {
                await store.GetClaimsForEntitiesAsync([value], role, page, ReadScope.Everything);
            }

            await store.GetConflictsAsync(page, ReadScope.Everything);
        }

        for (var hops = 0; hops <= IKnowledgeStore.MaxPathHops; hops++)
        {
            await store.ShortestPathAsync(value, value + "2", hops, ReadScope.Everything);
        }

        await store.ShortestPathAsync(value, value, 3, ReadScope.Everything);
        await store.GetConflictsForClaimsAsync([value], ReadScope.Everything);
        await store.GetCorroborationsAsync([value], ReadScope.Everything);
        await store.ReplaceGraphAsync(EveryShape(value));
    }

    /// <summary>
    /// A small graph that uses every entity kind, every predicate, every role of a claim, evidence from another source,
    /// an outlet and a reporting chain, a document's publisher, an attribution with its affiliation and phrase, a date as
    /// written, a note, a flagged conflict and a corroboration, an extracted claim and a candidate with occurrences in
    /// both sources; its texts are <paramref name="value"/>.
    /// </summary>
    public static KnowledgeGraph EveryShape(string value)
    {
        var entities = Enum.GetValues<EntityKind>()
            .Select(kind => new Entity { Id = kind.ToString().ToLowerInvariant() + "/x", Kind = kind, Name = value, Aliases = [value], Description = value })
            .Select(e => e.Kind == EntityKind.Document ? e with { PublisherId = "institution/x" } : e)
            .ToList();
        string Entity(EntityKind kind) => entities.Single(e => e.Kind == kind).Id;
        Source Source(string id) => new() { Id = id, FileName = id[7..] + ".txt", Title = value, Text = value + " " + value, ContentHash = "00", Body = [new TextSpan(0, 1)] };
        var sources = new List<Source>
        {
            Source("source/a") with { OutletId = Entity(EntityKind.Institution), Chain = [new ReportingLink(Entity(EntityKind.Person), "quotes", value)] },
            Source("source/b"),
        };
        Evidence Quote(string sourceId) => new() { Id = "evidence/" + sourceId, Quote = value, SourceId = sourceId, Start = 0, End = 1, Sentence = value, SourceHash = "00", Verified = true };
        Claim Claim(string id, ClaimKind kind) => new()
        {
            Id = id,
            Kind = kind,
            SourceId = "source/a",
            SubjectId = Entity(EntityKind.Person),
            ObjectId = Entity(EntityKind.Institution),
            SpeakerId = Entity(EntityKind.Person),
            Attribution = new Attribution(AttributionKind.Anonymous, Entity(EntityKind.Institution), new Phrase(value, value, 0, 1)),
            Modality = Modality.Possible,
            DateAsWritten = new Phrase(value, value, 1, 2),
            Note = value,
            About = [Entity(EntityKind.Place), Entity(EntityKind.Event)],
            Predicate = kind == ClaimKind.Relation ? "holds-role" : null,
            Text = value,
            Quantity = kind == ClaimKind.Quantity ? new Quantity(value, 207.5m, QuantityQualifier.MoreThan, value, "2002", "2020") : null,
            Evidence = [Quote("source/a"), Quote("source/b")],
            Origin = value,
            WasGeneratedBy = "run/x",
        };
        var claims = new List<Claim>
        {
            Claim("claim/a", ClaimKind.Relation),
            Claim("claim/b", ClaimKind.Quantity),
            Claim("claim/c", ClaimKind.Statement) with { SourceId = "source/b" },
            Claim("claim/x/b/1", ClaimKind.Statement) with { SourceId = "source/b", Extraction = new ClaimExtraction(ExtractionMethods.ReportedSpeech, 0.75, value) },
        };
        var candidate = new Candidate("candidate/x", value, EntityKind.Person, value, 0.7, [new CandidateOccurrence("source/a", 0, 1, value, value), new CandidateOccurrence("source/b", 0, 1, value, value)]);
        var relationships = Predicates.All
            .Select(p => new Relationship(Relationship.IdFor(p, Entity(EntityKind.Person), Entity(EntityKind.Institution)), p, Entity(EntityKind.Person), Entity(EntityKind.Institution), ["claim/a"]))
            .ToList();
        return KnowledgeGraph.Empty with
        {
            Entities = entities,
            Sources = sources,
            Claims = claims,
            Mentions = [new Mention("mention/a", "source/a", Entity(EntityKind.Person), 0, 1, value, value)],
            Relationships = relationships,
            Conflicts = [new Conflict(Conflict.IdFor("claim/a", "claim/b"), "claim/a", "claim/b", value) { Flags = [value, "magnitude-outlier"] }],
            Corroborations = [new Corroboration(Corroboration.IdFor("claim/a", "claim/c"), "claim/a", "claim/c", value)],
            Run = new ImportRun("run/x", DateTimeOffset.UnixEpoch, value, new Dictionary<string, string> { ["a.txt"] = "00" }),
            Candidates = [candidate],
        };
    }
}
