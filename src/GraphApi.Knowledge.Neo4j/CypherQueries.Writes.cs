using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Neo4j;

/// <summary>
/// The writes of an import. Entities are MERGEd on their key with their kind's label; a source is written with its
/// mentions, outlet, chain and claims in the transaction of its batch (its old links deleted and created again, its
/// claims MERGEd so that their identity survives); typed links between entities are replaced in one transaction;
/// conflicts and corroborations, which grow with the square of a figure's repetitions, are compared with what the
/// partition holds by digest and only those that changed are written, in batches, each pair deleted and created in one
/// transaction. Rows come from <see cref="WriteRows"/>.
/// </summary>
internal sealed partial class CypherQueries
{
    internal sealed class WriteQueries
    {
        public WriteQueries(CypherQueries q)
        {
            UpsertEntities = Each(Enum.GetValues<EntityKind>(), kind =>
            {
                var others = GraphModel.KindLabels.Where(l => l != GraphModel.KindLabel(kind)).ToList();
                return q.Add(
                    "UNWIND $rows AS r MERGE (e:Entity {key: r.key}) SET e += r.props, e:" + GraphModel.KindLabel(kind) +
                    (others.Count > 0 ? " REMOVE e:" + string.Join(':', others) : string.Empty));
            });
            ExistingEntities = q.Add(
                "MATCH (e:Entity) WHERE e.partition = $partition RETURN e.id AS id, e.mentionOrderDigest AS digest, size(coalesce(e.mentionBlocks, [])) AS blocks");
            DeleteEntities = q.Add("UNWIND $keys AS key MATCH (e:Entity {key: key}) DETACH DELETE e");

            ExistingSources = q.Add("MATCH (s:Source) WHERE s.partition = $partition RETURN s.id AS id, s.digest AS digest");
            UpsertSources = q.Add("UNWIND $rows AS r MERGE (s:Source {key: r.key}) SET s = r.props");
            DetachSources = q.Add("UNWIND $keys AS key MATCH (s:Source {key: key})-[x:MENTIONS|PUBLISHED_BY|CHAIN]->() DELETE x");
            CreateMentions = q.Add(
                "UNWIND $rows AS r MATCH (s:Source {key: r.source}) UNWIND r.entities AS g MATCH (e:Entity {key: g.entity}) " +
                "UNWIND g.mentions AS props CREATE (s)-[m:MENTIONS]->(e) SET m = props");
            CreatePublishedBy = q.Add(
                "UNWIND $rows AS r MATCH (s:Source {key: r.source}) MATCH (e:Entity {key: r.entity}) CREATE (s)-[:PUBLISHED_BY]->(e)");
            CreateChain = q.Add(
                "UNWIND $rows AS r MATCH (s:Source {key: r.source}) MATCH (e:Entity {key: r.entity}) CREATE (s)-[x:CHAIN]->(e) SET x = r.props");

            UpsertClaims = q.Add(
                "UNWIND $rows AS r MERGE (c:Claim {key: r.key}) SET c = r.props " +
                "WITH c OPTIONAL MATCH (c)-[x:" + string.Join('|', ClaimLinkTypes) + "]->() DELETE x");
            LinkClaims = Each(ClaimLinkTypes, type => q.Add(
                "UNWIND $rows AS r MATCH (c:Claim {key: r.claim}) MATCH (x:" + (type is "READ_FROM" or "EVIDENCE" ? GraphModel.Source : GraphModel.Entity) +
                " {key: r.target}) CREATE (c)-[y:" + type + "]->(x) SET y = r.props"));
            DeleteStaleClaims = q.Add(
                "UNWIND $rows AS r MATCH (s:Source {key: r.source})<-[:READ_FROM]-(c:Claim) WHERE NOT c.id IN r.claimIds DETACH DELETE c");
            DeleteClaimsOfSources = q.Add("UNWIND $keys AS key MATCH (s:Source {key: key})<-[:READ_FROM]-(c:Claim) DETACH DELETE c");
            DeleteSources = q.Add("UNWIND $keys AS key MATCH (s:Source {key: key}) DETACH DELETE s");

            DeleteEntityRelationships = q.Add(
                "MATCH (e:Entity) WHERE e.partition = $partition MATCH (e)-[x:" + GraphModel.AnyRelationshipType + "|PUBLISHED_BY]->(:Entity) DELETE x");
            CreateEntityRelationships = Each(GraphModel.RelationshipTypes, type => q.Add(
                "UNWIND $rows AS r MATCH (a:Entity {key: r.from}) MATCH (b:Entity {key: r.to}) CREATE (a)-[x:" + type + "]->(b) SET x = r.props"));
            CreatePublishers = q.Add(
                "UNWIND $rows AS r MATCH (d:Entity {key: r.source}) MATCH (e:Entity {key: r.entity}) CREATE (d)-[:PUBLISHED_BY]->(e)");
            ExistingClaimPairs = q.Add(
                "MATCH (a:Claim) WHERE a.partition = $partition MATCH (a)-[x:CONFLICTS_WITH|CORROBORATES]->(b:Claim) " +
                "RETURN type(x) AS type, x.id AS id, x.digest AS digest, a.key AS a, b.key AS b");
            DeleteClaimPairs = q.Add(
                "UNWIND $rows AS r MATCH (a:Claim {key: r.a})-[x:CONFLICTS_WITH|CORROBORATES]->(b:Claim {key: r.b}) WHERE x.id = r.id DELETE x");
            CreateConflicts = q.Add(
                "UNWIND $rows AS r MATCH (a:Claim {key: r.a}) UNWIND r.pairs AS p MATCH (b:Claim {key: p.b}) CREATE (a)-[x:CONFLICTS_WITH]->(b) SET x = p.props");
            CreateCorroborations = q.Add(
                "UNWIND $rows AS r MATCH (a:Claim {key: r.a}) UNWIND r.pairs AS p MATCH (b:Claim {key: p.b}) CREATE (a)-[x:CORROBORATES]->(b) SET x = p.props");
            SetGeneratedBy = q.Add("UNWIND $rows AS r MATCH (c:Claim {key: r.key}) SET c.wasGeneratedBy = r.run");
            SetMentionOrder = q.Add(
                "UNWIND $rows AS r MATCH (e:Entity {key: r.key}) SET e.mentionBlocks = r.firsts, e.mentionSources = r.count, e.mentionOrderDigest = r.digest, " +
                "e.mentionsVisibleFrom = r.visibleFrom");
            UpsertMentionBlocks = q.Add("UNWIND $rows AS r MERGE (b:MentionBlock {key: r.key}) SET b = r.props");
            DeleteMentionBlocks = q.Add("UNWIND $keys AS key MATCH (b:MentionBlock {key: key}) DELETE b");

            UpsertCandidates = q.Add(
                "UNWIND $rows AS r MERGE (c:Candidate {key: r.key}) SET c = r.props WITH c OPTIONAL MATCH (c)-[x:OCCURS_IN]->() DELETE x");
            CreateOccurrences = q.Add(
                "UNWIND $rows AS r MATCH (c:Candidate {key: r.candidate}) MATCH (s:Source {key: r.source}) CREATE (c)-[x:OCCURS_IN]->(s) SET x = r.props");
            DeleteStaleCandidates = q.Add("MATCH (c:Candidate) WHERE c.partition = $partition AND NOT c.id IN $ids DETACH DELETE c");
        }

        /// <summary>The relationships from a claim, in the order they are written: its source, the entities in each role, its attribution's affiliation, its evidence.</summary>
        public static IReadOnlyList<string> ClaimLinkTypes { get; } = ["READ_FROM", "SUBJECT", "OBJECT", "SPEAKER", "ABOUT", "AFFILIATION", "EVIDENCE"];

        /// <summary>MERGEs entities and adds to their properties (<c>+=</c>, nulls remove), so the mention order they carry stays until it is rewritten.</summary>
        public IReadOnlyDictionary<EntityKind, string> UpsertEntities { get; }

        /// <summary>The entities of the partition with the digest and block count of their mention order.</summary>
        public string ExistingEntities { get; }

        public string DeleteEntities { get; }

        /// <summary>The sources of the partition with the digest of what was written for each.</summary>
        public string ExistingSources { get; }

        public string UpsertSources { get; }

        /// <summary>Deletes a source's mentions, outlet and chain before they are written again.</summary>
        public string DetachSources { get; }

        /// <summary>
        /// A row per source, its mentions grouped by entity: each source and each entity it mentions is looked up once,
        /// not once per mention (a source names few entities many times).
        /// </summary>
        public string CreateMentions { get; }

        public string CreatePublishedBy { get; }

        public string CreateChain { get; }

        /// <summary>MERGEs claims and deletes the relationships they start, which <see cref="LinkClaims"/> then writes.</summary>
        public string UpsertClaims { get; }

        public IReadOnlyDictionary<string, string> LinkClaims { get; }

        /// <summary>Deletes the claims read from a rewritten source that its new content no longer holds.</summary>
        public string DeleteStaleClaims { get; }

        public string DeleteClaimsOfSources { get; }

        public string DeleteSources { get; }

        public string DeleteEntityRelationships { get; }

        public IReadOnlyDictionary<string, string> CreateEntityRelationships { get; }

        /// <summary>A document's <c>PUBLISHED_BY</c> to the entity that issued it (a source's outlet is the same type from a <c>:Source</c>).</summary>
        public string CreatePublishers { get; }

        /// <summary>The conflicts and corroborations of the partition: type, id, the digest of their properties, and the keys of both claims.</summary>
        public string ExistingClaimPairs { get; }

        /// <summary>Deletes conflicts and corroborations by id, found from their two claims' keys.</summary>
        public string DeleteClaimPairs { get; }

        /// <summary>
        /// A row per left claim with its pairs (<c>{a, pairs: [{b, props}]}</c>): a figure that n articles repeat makes
        /// n(n-1)/2 pairs among n claims, so each claim is looked up once per batch rather than once per pair.
        /// </summary>
        public string CreateConflicts { get; }

        /// <summary>Rows as <see cref="CreateConflicts"/>.</summary>
        public string CreateCorroborations { get; }

        /// <summary>Points the claims of sources that were not rewritten at the new import run.</summary>
        public string SetGeneratedBy { get; }

        /// <summary>The first source id of each block of an entity's mention order, the number of sources, its digest and the latest <c>visibleFrom</c> of its sources.</summary>
        public string SetMentionOrder { get; }

        public string UpsertMentionBlocks { get; }

        public string DeleteMentionBlocks { get; }

        /// <summary>MERGEs candidates and deletes their occurrences, which <see cref="CreateOccurrences"/> then writes.</summary>
        public string UpsertCandidates { get; }

        public string CreateOccurrences { get; }

        /// <summary>Deletes the candidates this import no longer finds (accepted, rejected, or gone with their article).</summary>
        public string DeleteStaleCandidates { get; }
    }
}
