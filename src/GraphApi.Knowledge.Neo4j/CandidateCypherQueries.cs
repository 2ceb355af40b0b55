namespace GraphApi.Knowledge.Neo4j;

/// <summary>
/// The queries for candidates (names found by extraction, waiting for review), kept apart from <see cref="CypherQueries"/>
/// while the store's model is being reworked. A candidate is a <c>KgNode:Candidate</c> with its record as <c>json</c>,
/// its <c>candidateKind</c> and the <c>sourceIds</c> it occurs in, and an <c>OCCURS_IN</c> edge to each of those sources.
/// Like every other node it carries the write's <c>stamp</c>, so the reconcile step removes candidates a later import no
/// longer finds (a rejected or accepted one). Cypher 3.1 compatible; every value is a parameter.
/// </summary>
internal static class CandidateCypherQueries
{
    public const string Label = "Candidate";

    public const string Upsert =
        "UNWIND $rows AS r MERGE (n:KgNode {key: r.key}) SET n:Candidate, n += r.props, n.json = r.json, n.kind = 'Candidate', n.partition = $partition, n.stamp = $stamp";

    public const string LinkOccurrences =
        "UNWIND $rows AS r MATCH (c:KgNode {key: r.candidate}), (s:KgNode {key: r.source}) MERGE (c)-[o:OCCURS_IN]->(s) SET o.stamp = $stamp";

    public const string All = "MATCH (n:Candidate) WHERE n.partition = $partition RETURN n.json AS json";

    public const string OfSource = "MATCH (n:Candidate) WHERE n.partition = $partition AND $sourceId IN n.sourceIds RETURN n.json AS json";
}
