using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Stores;

namespace GraphApi.Knowledge.Neo4j;

/// <summary>
/// The reads of the store contract. Each starts where the model lets it start small: a node by its key (unique
/// index), the partition's entities or claims (index on <c>partition</c>), or claims of a metric (index on
/// <c>metric</c>); it then follows relationships (mentions, roles, evidence, typed links, conflicts), filters, sorts
/// and pages in Cypher (<see cref="PageTail"/>), and returns only the page. Batched reads start from <c>UNWIND $keys</c>
/// and page each owner's list separately.
/// </summary>
internal sealed partial class CypherQueries
{

    private const string Padded = "right('0000000000' + toString({0}), 10)";

    private static string Pad(string expression) => string.Format(System.Globalization.CultureInfo.InvariantCulture, Padded, expression);

    /// <summary>
    /// A claim list from one start, in four texts: with or without the pattern filters (source, speaker, conflicts), and
    /// with or without the claim's source, which only the effective date (the date order and the date filters) and the
    /// source order need. A list that asks for none of them reads neither (<see cref="ReadQueries"/>' claim filters say why).
    /// Each brings the page's claims' sources along (<c>related</c>) when the reader shows them (<c>$related</c>), so that
    /// <c>claims { nodes { source { ... } } }</c> costs no second round trip.
    /// </summary>
    internal sealed class ClaimListQueries
    {
        private readonly string[] texts;

        public ClaimListQueries(CypherQueries q, string head) =>
            texts =
            [
                .. from patterns in new[] { false, true }
                   from dated in new[] { false, true }
                   select q.Paged(head + ReadQueries.ClaimItem(patterns, dated), ClaimMap("item"), SourceMap("other"), OwnSource),
            ];

        /// <summary>The page's claims' own sources (<c>related</c>), when the reader shows them (<c>$related</c>) and may read them.</summary>
        private const string OwnSource = "OPTIONAL MATCH (item)-[:READ_FROM]->(other:Source) WHERE $related AND other.visibleFrom <= $horizon";

        /// <summary>
        /// The text for a list filtered by source, speaker or conflicts when <paramref name="patternFilters"/>, and sorted
        /// or filtered by its date, or sorted by source, when <paramref name="dated"/>.
        /// </summary>
        public string For(bool patternFilters, bool dated) => texts[(patternFilters ? 2 : 0) + (dated ? 1 : 0)];
    }

    internal sealed class ReadQueries
    {
        public ReadQueries(CypherQueries q)
        {
            Nodes = q.Add(
                "UNWIND $keys AS key OPTIONAL MATCH (e:Entity {key: key}) WHERE e.visibleFrom <= $horizon " +
                "OPTIONAL MATCH (c:Claim {key: key}) WHERE c.visibleFrom <= $horizon OPTIONAL MATCH (s:Source {key: key}) WHERE s.visibleFrom <= $horizon " +
                "OPTIONAL MATCH (d:Candidate {key: key}) WITH key, e, c, s, CASE WHEN " + CandidateReadable("d") + " THEN d END AS d " +
                "RETURN key, " + OrNull("e", EntityMap("e")) + " AS entity, " + OrNull("c", ClaimMap("c")) + " AS claim, " + OrNull("s", SourceMap("s")) + " AS source, " +
                OrNull("d", CandidateMap("d")) + " AS candidate");

            SearchEntities = q.Add("MATCH (e:Entity) WHERE e.partition = $partition RETURN " + EntityMap("e") + " AS entity, e.visibleFrom AS visibleFrom");
            SearchClaims = q.Add(
                "MATCH (c:Claim) WHERE c.partition = $partition RETURN c.id AS id, c.kind AS kind, c.text AS text, c.textAr AS textAr, c.role AS role, c.roleAr AS roleAr, " +
                "c.attributionKind AS attributionKind, c.modality AS modality, c.visibleFrom AS visibleFrom");
            SearchSources = q.Add("MATCH (s:Source) WHERE s.partition = $partition RETURN " + SourceMap("s") + " AS source, s.visibleFrom AS visibleFrom");

            const string InPartition = "MATCH (e:Entity) WHERE e.partition = $partition AND e.visibleFrom <= $horizon AND ";
            const string InSource = "MATCH (src:Source {key: $sourceKey})-[:MENTIONS]->(e:Entity) WHERE src.visibleFrom <= $horizon WITH DISTINCT e WHERE ";
            Entities = q.Paged(InPartition + EntityFilters + EntityItem(q), EntityMap("item"));
            EntitiesByConflicts = q.Paged(InPartition + EntityFilters + EntityConflictFilter + EntityItem(q), EntityMap("item"));
            EntitiesInSource = q.Paged(InSource + EntityFilters + EntityItem(q), EntityMap("item"));
            EntitiesInSourceByConflicts = q.Paged(InSource + EntityFilters + EntityConflictFilter + EntityItem(q), EntityMap("item"));

            ClaimsOfEntity = new ClaimListQueries(
                q,
                "MATCH (:Entity {key: $entityKey})<-[r:" + AnyRole + "]-(c:Claim) WHERE type(r) IN $roleTypes AND c.visibleFrom <= $horizon WITH DISTINCT c");
            ClaimsOfSource = new ClaimListQueries(q, "MATCH (:Source {key: $sourceKey})<-[:READ_FROM]-(c:Claim) WHERE c.visibleFrom <= $horizon WITH DISTINCT c");

            // Partition and kind (or metric) in one indexed property: Neo4j 3.1 has no composite index, and an index on the
            // kind alone returns every partition's claims of that kind (3,376 quantity claims for 718 with four partitions).
            ClaimsOfMetric = new ClaimListQueries(
                q,
                "MATCH (c:Claim) USING INDEX c:Claim(metricKey) WHERE c.metricKey = $metricKey AND c.visibleFrom <= $horizon WITH DISTINCT c");
            ClaimsOfKind = new ClaimListQueries(
                q,
                "MATCH (c:Claim) USING INDEX c:Claim(kindKey) WHERE c.kindKey = $kindKey AND c.visibleFrom <= $horizon WITH DISTINCT c");
            ClaimsOfReview = new ClaimListQueries(
                q,
                "MATCH (c:Claim) USING INDEX c:Claim(reviewed) WHERE c.reviewed = $reviewed AND c.partition = $partition AND c.visibleFrom <= $horizon WITH DISTINCT c");

            // No index hint: the planner takes the index on attributionKind or modality when it is there, and a partition
            // imported before those indexes existed still answers (from the partition's index).
            ClaimsOfAttribution = new ClaimListQueries(
                q,
                "MATCH (c:Claim) WHERE c.attributionKind = $attributionKind AND c.partition = $partition AND c.visibleFrom <= $horizon WITH DISTINCT c");
            ClaimsOfModality = new ClaimListQueries(
                q,
                "MATCH (c:Claim) WHERE c.modality = $modality AND c.partition = $partition AND c.visibleFrom <= $horizon WITH DISTINCT c");
            Claims = new ClaimListQueries(q, "MATCH (c:Claim) WHERE c.partition = $partition AND c.visibleFrom <= $horizon WITH DISTINCT c");

            const string CandidateItem = " WHERE ($kind IS NULL OR c.kind = $kind) WITH null AS owner, c AS item, '' AS k, c.id AS id";
            Candidates = q.Paged("MATCH (c:Candidate) WHERE c.partition = $partition AND " + CandidateReadable("c") + " WITH c" + CandidateItem, CandidateMap("item"));
            CandidatesInSource = q.Paged(
                "MATCH (src:Source {key: $sourceKey})<-[:OCCURS_IN]-(c:Candidate) WHERE src.visibleFrom <= $horizon WITH DISTINCT c" + CandidateItem, CandidateMap("item"));

            const string SourceItem =
                " WHERE s.visibleFrom <= $horizon AND ($language IS NULL OR s.language = $language) " +
                "AND ($outletKey IS NULL OR (s)-[:PUBLISHED_BY]->(:Entity {key: $outletKey})) " +
                "AND ($entityKey IS NULL OR (s)-[:MENTIONS]->(:Entity {key: $entityKey})) " +
                "WITH null AS owner, s AS item, '' AS k, s.id AS id";
            SourcesMentioning = q.Paged("MATCH (:Entity {key: $entityKey})<-[:MENTIONS]-(s:Source) WITH DISTINCT s" + SourceItem, SourceMap("item"));
            SourcesOfOutlet = q.Paged("MATCH (:Entity {key: $outletKey})<-[:PUBLISHED_BY]-(s:Source) WITH DISTINCT s" + SourceItem, SourceMap("item"));
            Sources = q.Paged("MATCH (s:Source) WHERE s.partition = $partition WITH s" + SourceItem, SourceMap("item"));

            Relationships = q.Paged(SortedRelationships(null), RelationshipMap("item"), EntityMap("other"));

            Path = q.Add(PathWalk(IKnowledgeStore.MaxPathHops));

            var sortedMentions =
                " OPTIONAL MATCH (e)<-[m:MENTIONS]-(s:Source) WHERE m.visibleFrom <= $horizon " +
                "WITH owner, m AS item, s.id + $separator + " + Pad("m.start") + " + $separator + " + Pad("m.end") + " AS k, m.id AS id, s AS other";
            MentionsOfEntities = q.Paged("UNWIND $keys AS owner MATCH (e:Entity {key: owner})" + sortedMentions, MentionMap("item"), SourceMap("other"));

            // Entities whose mentions the caller may all read (the latest visibleFrom of their sources, written with the
            // mention order, is within the horizon; an entity written before it was kept counts as hidden) walk the order;
            // the others sort their readable mentions, in the second part of the union.
            const string AllReadable = "coalesce(e.mentionsVisibleFrom, $never) <= $horizon";
            MentionsOfEntitiesForward = q.Add(
                "UNWIND $keys AS owner MATCH (e:Entity {key: owner}) WHERE " + AllReadable + " " +
                "WITH owner, e, coalesce(e.mentionBlocks, []) AS firsts " +
                "WITH owner, e, firsts, CASE WHEN $afterSource IS NULL THEN 0 ELSE size([f IN firsts WHERE f <= $afterSource]) - 1 END AS at " +
                "WITH owner, e, firsts, CASE WHEN at < 0 THEN 0 ELSE at END AS at " +
                "UNWIND range(at, CASE WHEN $blocks IS NULL THEN size(firsts) - 1 ELSE at + $blocks - 1 END) AS block " +
                "OPTIONAL MATCH (b:MentionBlock {key: owner + '|' + toString(block)}) " +
                "WITH owner, e, firsts, block, b ORDER BY owner, block " +
                "WITH owner, e, firsts, collect(b.ids) AS blocks " +
                "WITH owner, e, firsts, [sid IN reduce(ids = [], x IN blocks | ids + x) WHERE $afterSource IS NULL OR sid >= $afterSource][0..$sourceTake] AS sids " +
                "UNWIND (CASE WHEN size(sids) = 0 THEN [null] ELSE sids END) AS sid " +
                "OPTIONAL MATCH (s:Source {key: $sourcePrefix + sid})-[m:MENTIONS]->(e) WHERE m.visibleFrom <= $horizon " +
                "WITH owner, e, firsts, m AS item, s.id + $separator + " + Pad("m.start") + " + $separator + " + Pad("m.end") + " AS k, m.id AS id, s AS other " +
                "WITH owner, e, firsts, item, k, id, other, " +
                "item IS NOT NULL AND ($afterKey IS NULL OR k > $afterKey OR (k = $afterKey AND id > $afterId)) AS afterOk " +
                "ORDER BY k, id " +
                "WITH owner, " + q.Degree("(e)<-[:MENTIONS]-()") + " AS total, " +
                "CASE WHEN $afterSource IS NOT NULL AND size(firsts) > 0 AND firsts[0] < $afterSource THEN 1 ELSE 0 END AS earlier, " +
                "sum(CASE WHEN item IS NOT NULL AND NOT afterOk THEN 1 ELSE 0 END) AS skipped, " +
                "collect(CASE WHEN afterOk THEN [k, id, item, other] END)[0..$take] AS window " +
                "UNWIND (CASE WHEN size(window) = 0 THEN [null] ELSE window END) AS entry " +
                "WITH owner, total, earlier + skipped AS upToAfter, 0 AS pastBefore, entry[0] AS k, entry[1] AS id, entry[2] AS item, entry[3] AS other " +
                "RETURN owner, total, upToAfter, pastBefore, k, id, " + OrNull("item", MentionMap("item")) + " AS row, " + Related(SourceMap("other")) + " AS related " +
                "UNION ALL UNWIND $keys AS owner MATCH (e:Entity {key: owner}) WHERE NOT " + AllReadable + sortedMentions + PageTail(MentionMap("item"), SourceMap("other")));
            MentionsInSources = q.Paged(
                "UNWIND $keys AS owner MATCH (s:Source {key: owner}) OPTIONAL MATCH (s)-[m:MENTIONS]->(e:Entity) WHERE m.visibleFrom <= $horizon " +
                "WITH owner, m AS item, " + Pad("m.start") + " + $separator + " + Pad("m.end") + " + $separator + e.id AS k, m.id AS id",
                MentionMap("item"));
            ClaimsOfEntities = q.Paged(
                "UNWIND $keys AS owner MATCH (e:Entity {key: owner}) OPTIONAL MATCH (e)<-[r:" + AnyRole + "]-(c:Claim) WHERE type(r) IN $roleTypes AND c.visibleFrom <= $horizon " +
                "WITH DISTINCT owner, c WITH owner, c AS item, '' AS k, c.id AS id",
                ClaimMap("item"));

            Conflicts = q.Paged(
                "MATCH (a:Claim)-[x:CONFLICTS_WITH]->(:Claim) WHERE a.partition = $partition AND x.visibleFrom <= $horizon WITH null AS owner, x AS item, '' AS k, x.id AS id",
                ClaimLinkMap("item"));
            ConflictsOfClaims = q.Add(ClaimLinks("CONFLICTS_WITH"));
            CorroborationsOfClaims = q.Add(ClaimLinks("CORROBORATES"));

            ExportEntities = SearchEntities;
            // Search reads every source too, for titles and passages (Neo4jKnowledgeStore.Search.cs).
            ExportSources = q.Add("MATCH (s:Source) WHERE s.partition = $partition RETURN " + SourceMap("s") + " AS source");
            ExportClaims = q.Add("MATCH (c:Claim) WHERE c.partition = $partition RETURN " + ClaimMap("c") + " AS claim");
            ExportMentions = q.Add("MATCH (s:Source) WHERE s.partition = $partition MATCH (s)-[m:MENTIONS]->(:Entity) RETURN " + MentionMap("m") + " AS mention");
            ExportRelationships = q.Add(
                "MATCH (e:Entity) WHERE e.partition = $partition MATCH (e)-[r:" + GraphModel.AnyRelationshipType + "]->(:Entity) RETURN " + RelationshipMap("r") + " AS relationship");
            ExportConflicts = q.Add("MATCH (c:Claim) WHERE c.partition = $partition MATCH (c)-[x:CONFLICTS_WITH]->(:Claim) RETURN " + ClaimLinkMap("x") + " AS link");
            ExportCandidates = q.Add("MATCH (c:Candidate) WHERE c.partition = $partition RETURN " + CandidateMap("c") + " AS candidate");
            ExportCorroborations = q.Add("MATCH (c:Claim) WHERE c.partition = $partition MATCH (c)-[x:CORROBORATES]->(:Claim) RETURN " + ClaimLinkMap("x") + " AS link");
        }

        /// <summary>Entities, claims, sources and candidates by key, one row per key asked.</summary>
        public string Nodes { get; }

        /// <summary>Every entity of the partition, for the name index the API keeps in memory.</summary>
        public string SearchEntities { get; }

        /// <summary>Every claim of the partition as a search stub, with its <c>visibleFrom</c>.</summary>
        public string SearchClaims { get; }

        /// <summary>Every source of the partition, for the title and passage indexes, with its <c>visibleFrom</c>.</summary>
        public string SearchSources { get; }

        /// <summary>Entities of the partition; the order (<c>$order</c>: an <see cref="EntityOrder"/> name) picks the sort key.</summary>
        public string Entities { get; }

        /// <summary>The same, with or without a conflict the caller may read (<c>$hasConflicts</c>, not null).</summary>
        public string EntitiesByConflicts { get; }

        public string EntitiesInSource { get; }

        public string EntitiesInSourceByConflicts { get; }

        /// <summary>
        /// Claims by where they start (an entity in the roles <c>$roleTypes</c>, a source, a metric, the partition); the
        /// order (<c>$order</c>: a <see cref="ClaimOrder"/> name) picks the sort key.
        /// </summary>
        public ClaimListQueries ClaimsOfEntity { get; }

        public ClaimListQueries ClaimsOfSource { get; }

        /// <summary>Claims of one metric, from the index on <c>metricKey</c> (partition and metric).</summary>
        public ClaimListQueries ClaimsOfMetric { get; }

        /// <summary>Claims of one kind, from the index on <c>kindKey</c> (partition and kind).</summary>
        public ClaimListQueries ClaimsOfKind { get; }

        /// <summary>Claims by review state (<c>$reviewed</c>: false lists what extraction found), from the index on <c>reviewed</c>.</summary>
        public ClaimListQueries ClaimsOfReview { get; }

        /// <summary>Claims of one attribution kind (<c>$attributionKind</c>), from the index on <c>attributionKind</c> when the partition has it.</summary>
        public ClaimListQueries ClaimsOfAttribution { get; }

        /// <summary>Claims of one modality (<c>$modality</c>), from the index on <c>modality</c> when the partition has it.</summary>
        public ClaimListQueries ClaimsOfModality { get; }

        public ClaimListQueries Claims { get; }

        /// <summary>Candidates of the partition, or of the source <c>$sourceKey</c>, of the suggested kind <c>$kind</c> if given, ordered by id.</summary>
        public string Candidates { get; }

        public string CandidatesInSource { get; }

        public string SourcesMentioning { get; }

        public string SourcesOfOutlet { get; }

        public string Sources { get; }

        /// <summary>A page of each entity's relationships, each with the entity at its other end (<c>related</c>).</summary>
        public string Relationships { get; }

        /// <summary>The shortest-path walk, <see cref="IKnowledgeStore.MaxPathHops"/> levels of which the first <c>$maxHops</c> run.</summary>
        public string Path { get; }

        public string MentionsOfEntities { get; }

        /// <summary>
        /// A forward page (first, after) of each entity's mentions without sorting them all: the entity's mention order
        /// (<c>:MentionBlock</c>s of sorted source ids) gives the next sources after the cursor, at most one more than the
        /// page needs; only their mentions of the entity are read and sorted. Total from the entity's degree. Each row
        /// brings the mention's source along (<c>related</c>), which a mention is almost always shown with. An entity with
        /// mentions the caller may not read is paged from its sorted readable mentions instead (the union's second part).
        /// </summary>
        public string MentionsOfEntitiesForward { get; }

        public string MentionsInSources { get; }

        /// <summary>The claims in which each entity plays one of the roles <c>$roleTypes</c>, ordered by id.</summary>
        public string ClaimsOfEntities { get; }

        public string Conflicts { get; }

        public string ConflictsOfClaims { get; }

        public string CorroborationsOfClaims { get; }

        public string ExportEntities { get; }

        public string ExportSources { get; }

        public string ExportClaims { get; }

        public string ExportMentions { get; }

        public string ExportRelationships { get; }

        public string ExportConflicts { get; }

        public string ExportCorroborations { get; }

        public string ExportCandidates { get; }

        /// <summary>True when one of the entity's claims has a conflict the caller may read.</summary>
        private const string Conflicted = "size([(e)<-[:SUBJECT|OBJECT|ABOUT|SPEAKER]-(:Claim)-[p_x:CONFLICTS_WITH]-(:Claim) WHERE p_x.visibleFrom <= $horizon | 1]) > 0";

        /// <summary>Kind (a label, as a parameter) and folded-name substring filters of entity lists.</summary>
        private const string EntityFilters =
            "($kind IS NULL OR $kind IN labels(e)) " +
            "AND ($needle IS NULL OR any(name IN e.foldedNames WHERE name CONTAINS $needle))";

        /// <summary>
        /// The conflict filter, in its own part after the cheap ones and only in the queries that filter on it: Neo4j 3.1
        /// walks a pattern filter's claims and conflicts for every row that reaches it even when <c>$hasConflicts</c> is null
        /// (the partition's 64 entities at 10k articles: 77k db hits for a list of 4 documents).
        /// </summary>
        private const string EntityConflictFilter =
            " WITH e WHERE ($hasConflicts AND " + Conflicted + ") OR (NOT $hasConflicts AND NOT " + Conflicted + ")";

        /// <summary>The sort keys of <c>SortKeys.Entity</c>: folded name, nothing (id order), or the mention count descending.</summary>
        private static string EntityItem(CypherQueries q) =>
            " WITH null AS owner, e AS item, CASE $order" +
            " WHEN '" + nameof(EntityOrder.Name) + "' THEN e.sortName" +
            " WHEN '" + nameof(EntityOrder.MentionCount) + "' THEN " + Pad("2147483647 - size([(e)<-[p_m:MENTIONS]-() WHERE p_m.visibleFrom <= $horizon | 1])") +
            " ELSE '' END AS k, e.id AS id";

        /// <summary>True when the claim has a conflict the caller may read.</summary>
        private const string ClaimConflicted = "size([(c)-[p_x:CONFLICTS_WITH]-(:Claim) WHERE p_x.visibleFrom <= $horizon | 1]) > 0";

        /// <summary>
        /// The claim filters after the start, the effective date (claim date, else source date) and the sort keys of
        /// <c>SortKeys.Claim</c>. The property filters come first: Neo4j 3.1 plans a pattern filter (source, speaker,
        /// conflicts) as a subquery run for every row that reaches it, even when its parameter is null, so the pattern
        /// filters are a part of their own (<see cref="ClaimPatternFilters"/>) that only the texts for a filtered list carry
        /// (<see cref="ClaimListQueries"/>): the quantity-claims list at 10k read every quantity claim's conflicts, source and
        /// speaker for filters no one had asked for (16,130 db hits, 86 ms p50; without them 60 ms).
        /// </summary>
        private const string ClaimPropertyFilters =
            " WHERE ($kind IS NULL OR c.kind = $kind) AND ($metric IS NULL OR c.metric = $metric) " +
            "AND ($attributionKind IS NULL OR c.attributionKind = $attributionKind) AND ($modality IS NULL OR c.modality = $modality) " +
            "AND ($reviewed IS NULL OR c.reviewed = $reviewed) ";

        /// <summary>The pattern filters of a claim list: its source, its speaker, whether it has conflicts the caller may read.</summary>
        private const string ClaimPatternFilters =
            "WITH c WHERE ($sourceKey IS NULL OR (c)-[:READ_FROM]->(:Source {key: $sourceKey})) " +
            "AND ($speakerKey IS NULL OR (c)-[:SPEAKER]->(:Entity {key: $speakerKey})) " +
            "AND ($hasConflicts IS NULL OR ($hasConflicts AND " + ClaimConflicted + ") OR (NOT $hasConflicts AND NOT " + ClaimConflicted + ")) ";

        /// <summary>
        /// What follows a claim list's head: the filters, with or without the pattern filters, then the sort keys, from the
        /// claim's source when <paramref name="dated"/> (every claim has one), else by id alone.
        /// </summary>
        internal static string ClaimItem(bool patternFilters, bool dated) =>
            ClaimPropertyFilters + (patternFilters ? ClaimPatternFilters : "") + (dated ? ClaimDateAndKey : "WITH null AS owner, c AS item, '' AS k, c.id AS id");

        /// <summary>The effective date, the date filters and the sort keys.</summary>
        private const string ClaimDateAndKey =
            "MATCH (c)-[:READ_FROM]->(cs:Source) " +
            "WITH c, cs, coalesce(c.date, cs.published, $undated) AS date " +
            "WHERE ($dateFrom IS NULL OR (date <> $undated AND left(date, size($dateFrom)) >= left($dateFrom, size(date)))) " +
            "AND ($dateTo IS NULL OR (date <> $undated AND left(date, size($dateTo)) <= left($dateTo, size(date)))) " +
            "WITH null AS owner, c AS item, CASE $order" +
            " WHEN '" + nameof(ClaimOrder.Date) + "' THEN date" +
            " WHEN '" + nameof(ClaimOrder.Source) + "' THEN cs.id" +
            " ELSE '' END AS k, c.id AS id";

        /// <summary>
        /// A breadth-first walk over typed links in either direction, one level per hop (the text repeats the level
        /// <paramref name="levels"/> times, and a level runs while it is within <c>$maxHops</c>): each level expands the frontier along the relationship types (so a dense
        /// node's mentions and claims are never touched), keeps for each newly reached entity the path whose hop keys
        /// (type, other id, relationship id) come first, and stops expanding once the target is reached. Each level first expands each frontier entity into the target; if one
        /// touches it, those steps are the level's (the first in hop-key order is the path), and the frontier is not expanded
        /// any further: the last and widest level costs the target's links, not the frontier's degrees (at 100k articles a
        /// frontier holds the corpus's hubs, with hundreds of links each). This is the
        /// walk <c>ShortestPathAsync</c> documents, and it avoids Neo4j 3.1's typed path finder, which fails when the server
        /// runs on Java 9 or later.
        /// </summary>
        private static string PathWalk(int levels)
        {
            var text = new System.Text.StringBuilder(
                "MATCH (a:Entity {key: $fromKey}) WHERE a.visibleFrom <= $horizon MATCH (b:Entity {key: $toKey}) WHERE b.visibleFrom <= $horizon " +
                "WITH b, [a] AS seen, [{node: a, key: '', rels: [], nodes: [a]}] AS frontier, null AS found ");
            for (var level = 0; level < levels; level++)
            {
                var frontier = "(CASE WHEN found IS NULL AND size(frontier) > 0 AND $maxHops > " + level.ToString(System.Globalization.CultureInfo.InvariantCulture) +
                    " THEN frontier ELSE [null] END)";
                var step = (string f, string r, string x) => "{node: " + x + ", " +
                    "key: " + f + ".key + toLower(replace(type(" + r + "), '_', '-')) + $separator + " + x + ".id + $separator + " + r + ".id + $hopSeparator, " +
                    "rels: " + f + ".rels + [" + r + "], nodes: " + f + ".nodes + [" + x + "]}";
                text.Append(
                    "UNWIND " + frontier + " AS f0 WITH b, seen, found, frontier, f0, f0.node AS fn0 " +
                    "OPTIONAL MATCH (fn0)-[r0:" + GraphModel.AnyRelationshipType + "]-(b) WHERE r0.visibleFrom <= $horizon " +
                    "WITH b, seen, found, frontier, collect(CASE WHEN r0 IS NULL THEN null ELSE " + step("f0", "r0", "b") + " END) AS onto " +
                    "UNWIND (CASE WHEN size(onto) = 0 THEN " + frontier + " ELSE [null] END) AS f " +
                    "WITH b, seen, found, onto, f, f.node AS fn " +
                    "OPTIONAL MATCH (fn)-[r:" + GraphModel.AnyRelationshipType + "]-(x:Entity) WHERE r.visibleFrom <= $horizon AND NOT x IN seen " +
                    "WITH b, seen, found, onto, x, CASE WHEN x IS NULL THEN null ELSE " + step("f", "r", "x") + " END AS step " +
                    "WITH b, seen, found, onto, x, min(step.key) AS first, collect(step) AS steps " +
                    "WITH b, seen, found, onto, collect(head([s IN steps WHERE s.key = first])) AS frontier " +
                    "WITH b, seen, found, CASE WHEN size(onto) = 0 THEN frontier " +
                    "ELSE [s IN onto WHERE s.key = reduce(m = head(onto).key, o IN onto | CASE WHEN o.key < m THEN o.key ELSE m END)][0..1] END AS frontier " +
                    "WITH b, seen + [s IN frontier | s.node] AS seen, frontier, coalesce(found, head([s IN frontier WHERE s.node = b])) AS found ");
            }

            text.Append(
                "WITH found WHERE found IS NOT NULL " +
                "UNWIND range(0, size(found.rels) - 1) AS i " +
                "WITH i, found.nodes[i] AS f, found.nodes[i + 1] AS t, found.rels[i] AS r " +
                "RETURN i, f.id AS fromId, t.id AS toId, " + RelationshipMap("r") + " AS relationship ORDER BY i");
            return text.ToString();
        }

        private static string ClaimLinks(string type) =>
            "UNWIND $keys AS owner MATCH (c:Claim {key: owner})-[x:" + type + "]-(:Claim) WHERE x.visibleFrom <= $horizon WITH DISTINCT owner, x ORDER BY x.id " +
            "RETURN owner, " + ClaimLinkMap("x") + " AS link";
    }
}
