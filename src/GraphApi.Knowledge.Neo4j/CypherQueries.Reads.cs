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
    /// <summary>The longest path whose search depth is written into the text; longer bounds use the unbounded search with a length filter.</summary>
    public const int MaxBoundedPathHops = 8;

    private const string Padded = "right('0000000000' + toString({0}), 10)";

    private static string Pad(string expression) => string.Format(System.Globalization.CultureInfo.InvariantCulture, Padded, expression);

    internal sealed class ReadQueries
    {
        public ReadQueries(CypherQueries q)
        {
            Nodes = q.Add(
                "UNWIND $keys AS key OPTIONAL MATCH (e:Entity {key: key}) OPTIONAL MATCH (c:Claim {key: key}) OPTIONAL MATCH (s:Source {key: key}) " +
                "RETURN key, " + OrNull("e", EntityMap("e")) + " AS entity, " + OrNull("c", ClaimMap("c")) + " AS claim, " + OrNull("s", SourceMap("s")) + " AS source");

            SearchEntities = q.Add("MATCH (e:Entity) WHERE e.partition = $partition RETURN " + EntityMap("e") + " AS entity");
            SearchClaims = q.Add(
                "MATCH (c:Claim) WHERE c.partition = $partition RETURN c.id AS id, c.kind AS kind, c.text AS text, c.textAr AS textAr, c.role AS role, c.roleAr AS roleAr");
            SearchSources = q.Add(
                "MATCH (s:Source) WHERE s.partition = $partition RETURN s.id AS id, s.title AS title, s.titleEn AS titleEn, s.fileName AS fileName");

            var entityOrders = Enum.GetValues<EntityOrder>();
            Entities = Each(entityOrders, order => q.PagedBoth(
                "MATCH (e:Entity) WHERE e.partition = $partition AND " + EntityFilters + EntityItem(q, order), EntityMap("item")));
            EntitiesInSource = Each(entityOrders, order => q.PagedBoth(
                "MATCH (:Source {key: $sourceKey})-[:MENTIONS]->(e:Entity) WITH DISTINCT e WHERE " + EntityFilters + EntityItem(q, order), EntityMap("item")));

            var claimOrders = Enum.GetValues<ClaimOrder>();
            ClaimsOfEntity = Each(Enum.GetValues<ClaimRole>(), role => Each(claimOrders, order => q.PagedBoth(
                "MATCH (:Entity {key: $entityKey})<-[:" + RoleTypes(role) + "]-(c:Claim) WITH DISTINCT c" + ClaimItem(order), ClaimMap("item"))));
            ClaimsOfSource = Each(claimOrders, order => q.PagedBoth(
                "MATCH (:Source {key: $sourceKey})<-[:READ_FROM]-(c:Claim) WITH DISTINCT c" + ClaimItem(order), ClaimMap("item")));
            ClaimsOfMetric = Each(claimOrders, order => q.PagedBoth(
                "MATCH (c:Claim) USING INDEX c:Claim(metric) WHERE c.metric = $metric AND c.partition = $partition WITH DISTINCT c" + ClaimItem(order), ClaimMap("item")));
            Claims = Each(claimOrders, order => q.PagedBoth(
                "MATCH (c:Claim) WHERE c.partition = $partition WITH DISTINCT c" + ClaimItem(order), ClaimMap("item")));

            const string SourceItem =
                " WHERE ($language IS NULL OR s.language = $language) " +
                "AND ($outletKey IS NULL OR (s)-[:PUBLISHED_BY]->(:Entity {key: $outletKey})) " +
                "AND ($entityKey IS NULL OR (s)-[:MENTIONS]->(:Entity {key: $entityKey})) " +
                "WITH null AS owner, s AS item, '' AS k, s.id AS id";
            SourcesMentioning = q.PagedBoth("MATCH (:Entity {key: $entityKey})<-[:MENTIONS]-(s:Source) WITH DISTINCT s" + SourceItem, SourceMap("item"));
            SourcesOfOutlet = q.PagedBoth("MATCH (:Entity {key: $outletKey})<-[:PUBLISHED_BY]-(s:Source) WITH DISTINCT s" + SourceItem, SourceMap("item"));
            Sources = q.PagedBoth("MATCH (s:Source) WHERE s.partition = $partition WITH s" + SourceItem, SourceMap("item"));

            Relationships = q.PagedBoth(
                "UNWIND $keys AS owner MATCH (e:Entity {key: owner}) " +
                "OPTIONAL MATCH (e)-[r:" + GraphModel.AnyRelationshipType + "]-(o:Entity) " +
                "WHERE ($types IS NULL OR type(r) IN $types) AND (startNode(r) = endNode(r) OR $direction = 'Both' " +
                "OR ($direction = 'Outgoing' AND startNode(r) = e) OR ($direction = 'Incoming' AND endNode(r) = e)) " +
                "WITH owner, r AS item, toLower(replace(type(r), '_', '-')) + $separator + o.id AS k, r.id AS id",
                RelationshipMap("item"));

            Paths = Each(Enumerable.Range(1, MaxBoundedPathHops), hops => q.Add(Path(q.Dialect, "*.." + hops.ToString(System.Globalization.CultureInfo.InvariantCulture), bounded: true)));
            UnboundedPath = q.Add(Path(q.Dialect, "*", bounded: false));

            MentionsOfEntities = q.PagedBoth(
                "UNWIND $keys AS owner MATCH (e:Entity {key: owner}) OPTIONAL MATCH (e)<-[m:MENTIONS]-(s:Source) " +
                "WITH owner, m AS item, s.id + $separator + " + Pad("m.start") + " + $separator + " + Pad("m.end") + " AS k, m.id AS id",
                MentionMap("item"));
            MentionsInSources = q.PagedBoth(
                "UNWIND $keys AS owner MATCH (s:Source {key: owner}) OPTIONAL MATCH (s)-[m:MENTIONS]->(e:Entity) " +
                "WITH owner, m AS item, " + Pad("m.start") + " + $separator + " + Pad("m.end") + " + $separator + e.id AS k, m.id AS id",
                MentionMap("item"));
            ClaimsOfEntities = Each(Enum.GetValues<ClaimRole>(), role => q.PagedBoth(
                "UNWIND $keys AS owner MATCH (e:Entity {key: owner}) OPTIONAL MATCH (e)<-[:" + RoleTypes(role) + "]-(c:Claim) " +
                "WITH DISTINCT owner, c WITH owner, c AS item, '' AS k, c.id AS id",
                ClaimMap("item")));

            Conflicts = q.PagedBoth(
                "MATCH (a:Claim)-[x:CONFLICTS_WITH]->(:Claim) WHERE a.partition = $partition WITH null AS owner, x AS item, '' AS k, x.id AS id",
                ClaimLinkMap("item"));
            ConflictsOfClaims = q.Add(ClaimLinks("CONFLICTS_WITH"));
            CorroborationsOfClaims = q.Add(ClaimLinks("CORROBORATES"));

            ExportEntities = SearchEntities;
            ExportSources = q.Add("MATCH (s:Source) WHERE s.partition = $partition RETURN " + SourceMap("s") + " AS source");
            ExportClaims = q.Add("MATCH (c:Claim) WHERE c.partition = $partition RETURN " + ClaimMap("c") + " AS claim");
            ExportMentions = q.Add("MATCH (s:Source) WHERE s.partition = $partition MATCH (s)-[m:MENTIONS]->(:Entity) RETURN " + MentionMap("m") + " AS mention");
            ExportRelationships = q.Add(
                "MATCH (e:Entity) WHERE e.partition = $partition MATCH (e)-[r:" + GraphModel.AnyRelationshipType + "]->(:Entity) RETURN " + RelationshipMap("r") + " AS relationship");
            ExportConflicts = q.Add("MATCH (c:Claim) WHERE c.partition = $partition MATCH (c)-[x:CONFLICTS_WITH]->(:Claim) RETURN " + ClaimLinkMap("x") + " AS link");
            ExportCorroborations = q.Add("MATCH (c:Claim) WHERE c.partition = $partition MATCH (c)-[x:CORROBORATES]->(:Claim) RETURN " + ClaimLinkMap("x") + " AS link");
        }

        /// <summary>Entities, claims and sources by key, one row per key asked.</summary>
        public string Nodes { get; }

        /// <summary>Every entity of the partition, for the name index the API keeps in memory.</summary>
        public string SearchEntities { get; }

        public string SearchClaims { get; }

        public string SearchSources { get; }

        public IReadOnlyDictionary<EntityOrder, Paged> Entities { get; }

        public IReadOnlyDictionary<EntityOrder, Paged> EntitiesInSource { get; }

        public IReadOnlyDictionary<ClaimRole, IReadOnlyDictionary<ClaimOrder, Paged>> ClaimsOfEntity { get; }

        public IReadOnlyDictionary<ClaimOrder, Paged> ClaimsOfSource { get; }

        public IReadOnlyDictionary<ClaimOrder, Paged> ClaimsOfMetric { get; }

        public IReadOnlyDictionary<ClaimOrder, Paged> Claims { get; }

        public Paged SourcesMentioning { get; }

        public Paged SourcesOfOutlet { get; }

        public Paged Sources { get; }

        public Paged Relationships { get; }

        /// <summary>The shortest-path query searching up to 1, 2, … <see cref="MaxBoundedPathHops"/> hops.</summary>
        public IReadOnlyDictionary<int, string> Paths { get; }

        public string UnboundedPath { get; }

        public Paged MentionsOfEntities { get; }

        public Paged MentionsInSources { get; }

        public IReadOnlyDictionary<ClaimRole, Paged> ClaimsOfEntities { get; }

        public Paged Conflicts { get; }

        public string ConflictsOfClaims { get; }

        public string CorroborationsOfClaims { get; }

        public string ExportEntities { get; }

        public string ExportSources { get; }

        public string ExportClaims { get; }

        public string ExportMentions { get; }

        public string ExportRelationships { get; }

        public string ExportConflicts { get; }

        public string ExportCorroborations { get; }

        private const string Conflicted = "(e)<-[:SUBJECT|OBJECT|ABOUT|SPEAKER]-(:Claim)-[:CONFLICTS_WITH]-(:Claim)";

        /// <summary>Kind (a label, as a parameter), folded-name substring and conflict filters of entity lists.</summary>
        private const string EntityFilters =
            "($kind IS NULL OR $kind IN labels(e)) " +
            "AND ($needle IS NULL OR any(name IN e.foldedNames WHERE name CONTAINS $needle)) " +
            "AND ($hasConflicts IS NULL OR ($hasConflicts AND " + Conflicted + ") OR (NOT $hasConflicts AND NOT " + Conflicted + "))";

        /// <summary>The sort keys of <c>SortKeys.Entity</c>: folded name, nothing (id order), or the mention count descending.</summary>
        private static string EntityItem(CypherQueries q, EntityOrder order) =>
            " WITH null AS owner, e AS item, " + order switch
            {
                EntityOrder.Name => "e.sortName",
                EntityOrder.Id => "''",
                EntityOrder.MentionCount => Pad("2147483647 - " + q.Degree("(e)<-[:MENTIONS]-()")),
                _ => throw new ArgumentOutOfRangeException(nameof(order), order, "not an entity order"),
            } + " AS k, e.id AS id";

        /// <summary>The claim filters after the start, the effective date (claim date, else source date) and the sort keys of <c>SortKeys.Claim</c>.</summary>
        private static string ClaimItem(ClaimOrder order) =>
            " WHERE ($kind IS NULL OR c.kind = $kind) AND ($metric IS NULL OR c.metric = $metric) " +
            "AND ($sourceKey IS NULL OR (c)-[:READ_FROM]->(:Source {key: $sourceKey})) " +
            "AND ($speakerKey IS NULL OR (c)-[:SPEAKER]->(:Entity {key: $speakerKey})) " +
            "AND ($hasConflicts IS NULL OR ($hasConflicts AND (c)-[:CONFLICTS_WITH]-(:Claim)) OR (NOT $hasConflicts AND NOT (c)-[:CONFLICTS_WITH]-(:Claim))) " +
            "MATCH (c)-[:READ_FROM]->(cs:Source) " +
            "WITH c, cs, coalesce(c.date, cs.published, $undated) AS date " +
            "WHERE ($dateFrom IS NULL OR (date <> $undated AND left(date, size($dateFrom)) >= left($dateFrom, size(date)))) " +
            "AND ($dateTo IS NULL OR (date <> $undated AND left(date, size($dateTo)) <= left($dateTo, size(date)))) " +
            "WITH null AS owner, c AS item, " + order switch
            {
                ClaimOrder.Id => "''",
                ClaimOrder.Date => "date",
                ClaimOrder.Source => "cs.id",
                _ => throw new ArgumentOutOfRangeException(nameof(order), order, "not a claim order"),
            } + " AS k, c.id AS id";

        /// <summary>
        /// All shortest paths over typed links walked in either direction, keeping the one whose hops come first in
        /// relationship order (type, other id, relationship id) at each step, as a breadth-first walk in that order finds it.
        /// Neo4j 3.1's path finder fails on a typed pattern when it runs on Java 9 or later (a linkage error inside the
        /// server), so on 3.x the types are a predicate over the path's relationships, which the finder applies while it
        /// expands.
        /// </summary>
        private static string Path(CypherDialect dialect, string length, bool bounded)
        {
            var typed = dialect != CypherDialect.Neo4j3;
            var filters = new List<string>();
            if (!typed)
            {
                filters.Add("all(r IN relationships(p) WHERE type(r) IN $types)");
            }

            if (!bounded)
            {
                filters.Add("length(p) <= $maxHops");
            }

            return "MATCH (a:Entity {key: $fromKey}) MATCH (b:Entity {key: $toKey}) " +
                "MATCH p = allShortestPaths((a)-[" + (typed ? ":" + GraphModel.AnyRelationshipType : string.Empty) + length + "]-(b))" +
                (filters.Count > 0 ? " WHERE " + string.Join(" AND ", filters) : string.Empty) + " " +
                "WITH p, reduce(acc = '', i IN range(0, length(p) - 1) | acc + toLower(replace(type(relationships(p)[i]), '_', '-')) + $separator + " +
                "nodes(p)[i + 1].id + $separator + relationships(p)[i].id + $hopSeparator) AS k ORDER BY k LIMIT 1 " +
                "UNWIND range(0, length(p) - 1) AS i " +
                "WITH i, nodes(p)[i] AS f, nodes(p)[i + 1] AS t, relationships(p)[i] AS r " +
                "RETURN i, f.id AS fromId, t.id AS toId, " + RelationshipMap("r") + " AS relationship ORDER BY i";
        }

        private static string ClaimLinks(string type) =>
            "UNWIND $keys AS owner MATCH (c:Claim {key: owner})-[x:" + type + "]-(:Claim) WITH DISTINCT owner, x ORDER BY x.id " +
            "RETURN owner, " + ClaimLinkMap("x") + " AS link";
    }
}
