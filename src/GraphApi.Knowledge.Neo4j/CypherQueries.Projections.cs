namespace GraphApi.Knowledge.Neo4j;

/// <summary>
/// How each record is read back: a map projection of the node or relationship with the ids at the ends of the
/// relationships that stand for its references (a claim's subject is its <c>SUBJECT</c> relationship, not a property).
/// <see cref="RowReader"/> turns these maps into model records. Variables inside the comprehensions start with
/// <c>p_</c> so that they never capture a variable of the enclosing query. Every projection takes the caller's
/// <c>$horizon</c>: a readable claim leaves out the quotes of hidden sources, and a readable relationship its hidden claims.
/// </summary>
internal sealed partial class CypherQueries
{
    /// <summary>An <c>:Entity</c>: its properties, its labels (the kind), its declared parent and place, and a document's publisher.</summary>
    private static string EntityMap(string n) =>
        n + " {.id, .name, .nameAr, .aliases, .description, .institutionType, .partMention, .mentionsAlso, .date, .datePrecision, .partOfNameOnly, " +
        "labels: labels(" + n + "), " +
        "parentId: head([(" + n + ")-[p_r:PART_OF]->(p_e:Entity) WHERE p_r.declared | p_e.id]), " +
        "placeId: head([(" + n + ")-[p_r:LOCATED_IN]->(p_e:Entity) WHERE p_r.declared | p_e.id]), " +
        "publisherId: head([(" + n + ")-[:PUBLISHED_BY]->(p_e:Entity) | p_e.id])}";

    /// <summary>A <c>:Claim</c>: its properties (with its review state and how it was extracted), its source, the entities in each role, its attribution's affiliation and its evidence.</summary>
    private static string ClaimMap(string n) =>
        n + " {.id, .kind, .predicate, .role, .roleAr, .text, .textAr, .metric, .valueText, .qualifier, .unit, .since, .asOf, " +
        ".periodFrom, .periodTo, .date, .origin, .wasGeneratedBy, " +
        ".attributionKind, .attributionText, .attributionEn, .attributionStart, .attributionEnd, .modality, " +
        ".dateAsWritten, .dateAsWrittenEn, .dateAsWrittenStart, .dateAsWrittenEnd, .note, " +
        ".reviewed, .extractionMethod, .extractionConfidence, .extractionCue, " +
        "affiliationId: head([(" + n + ")-[:AFFILIATION]->(p_e:Entity) | p_e.id]), " +
        "sourceId: head([(" + n + ")-[:READ_FROM]->(p_s:Source) | p_s.id]), " +
        "subjectId: head([(" + n + ")-[:SUBJECT]->(p_e:Entity) | p_e.id]), " +
        "objectId: head([(" + n + ")-[:OBJECT]->(p_e:Entity) | p_e.id]), " +
        "speakerId: head([(" + n + ")-[:SPEAKER]->(p_e:Entity) | p_e.id]), " +
        "about: [(" + n + ")-[p_r:ABOUT]->(p_e:Entity) | [p_r.position, p_e.id]], " +
        "evidence: [(" + n + ")-[p_r:EVIDENCE]->(p_s:Source) WHERE p_s.visibleFrom <= $horizon | p_r {.id, .quote, .en, .start, .end, .verified, .sourceHash, .sentence, .position, sourceId: p_s.id}]}";

    /// <summary>A <c>:Source</c>: its properties, its outlet and its reporting chain.</summary>
    private static string SourceMap(string n) =>
        n + " {.id, .fileName, .title, .titleEn, .published, .language, .url, .text, .contentHash, .bodyStarts, .bodyEnds, .visibility, .embargoUntil, " +
        "outletId: head([(" + n + ")-[:PUBLISHED_BY]->(p_e:Entity) | p_e.id]), " +
        "chain: [(" + n + ")-[p_r:CHAIN]->(p_e:Entity) | p_r {.position, .role, .note, entityId: p_e.id}]}";

    /// <summary>A <c>:Candidate</c>: its properties and its occurrences, each with the source it lies in.</summary>
    private static string CandidateMap(string n) =>
        n + " {.id, .name, .kind, .cue, .confidence, " +
        "occurrences: [(" + n + ")-[p_r:OCCURS_IN]->(p_s:Source) WHERE p_s.visibleFrom <= $horizon | p_r {.start, .end, .text, .sentence, .position, sourceId: p_s.id}]}";

    /// <summary>
    /// A candidate is readable when one of the sources it occurs in is (issue 16): computed from the sources' own
    /// <c>visibleFrom</c>, so it needs no instant of its own and follows a source's visibility without a rewrite.
    /// </summary>
    private static string CandidateReadable(string n) => "size([(" + n + ")-[:OCCURS_IN]->(p_v:Source) WHERE p_v.visibleFrom <= $horizon | 1]) > 0";

    /// <summary>A <c>MENTIONS</c> relationship with the source and entity it joins.</summary>
    private static string MentionMap(string r) =>
        r + " {.id, .start, .end, .text, .sentence, .impliedBy, sourceId: startNode(" + r + ").id, entityId: endNode(" + r + ").id}";

    /// <summary>A typed relationship between entities.</summary>
    private static string RelationshipMap(string r) =>
        r + " {.id, type: type(" + r + "), fromId: startNode(" + r + ").id, toId: endNode(" + r + ").id, " +
        "claimIds: [p_i IN range(0, size(coalesce(" + r + ".claimIds, [])) - 1) WHERE " + r + ".claimsVisibleFrom[p_i] <= $horizon | " + r + ".claimIds[p_i]]}";

    /// <summary>A <c>CONFLICTS_WITH</c> or <c>CORROBORATES</c> relationship, drawn from claim A to claim B.</summary>
    private static string ClaimLinkMap(string r) =>
        r + " {.id, .reason, .flags, claimA: startNode(" + r + ").id, claimB: endNode(" + r + ").id}";

    /// <summary>A projection that keeps null as null (a map projection of null is an error on some versions).</summary>
    private static string OrNull(string variable, string projection) => "CASE WHEN " + variable + " IS NULL THEN null ELSE " + projection + " END";
}
