using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Search;
using GraphApi.Knowledge.Text;

namespace GraphApi.Knowledge.Stores.Embedded;

/// <summary>
/// An immutable, fully indexed view of one <see cref="KnowledgeGraph"/>: dictionaries by id, by kind, by entity and
/// by source, adjacency lists and the search indexes, so no lookup scans the whole graph. Built once per import and
/// swapped in whole by <see cref="EmbeddedKnowledgeStore"/>.
/// </summary>
internal sealed partial class KnowledgeIndex
{
    public KnowledgeIndex(KnowledgeGraph graph)
    {
        Graph = graph;
        Nodes = new Dictionary<string, IGraphNode>(StringComparer.Ordinal);
        foreach (var node in graph.Entities.Cast<IGraphNode>().Concat(graph.Claims).Concat(graph.Sources).Concat(graph.Candidates))
        {
            Nodes[node.Id] = node;
        }

        Sources = graph.Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        FoldedNames = graph.Entities.ToDictionary(e => e.Id, e => (IReadOnlyList<string>)[.. e.AllNames().Select(ArabicNormalizer.Fold)], StringComparer.Ordinal);
        EntitiesByKind = graph.Entities.GroupBy(e => e.Kind).ToDictionary(g => g.Key, g => (IReadOnlyList<Entity>)[.. g]);

        // Same order as SortKeys.MentionByEntity / MentionBySource (offsets are zero-padded there), without building the keys.
        MentionsByEntity = graph.Mentions.GroupBy(m => m.EntityId, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<Mention>)[.. g.OrderBy(m => m.SourceId, StringComparer.Ordinal).ThenBy(m => m.Start).ThenBy(m => m.End).ThenBy(m => m.Id, StringComparer.Ordinal)],
            StringComparer.Ordinal);
        MentionsBySource = graph.Mentions.GroupBy(m => m.SourceId, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<Mention>)[.. g.OrderBy(m => m.Start).ThenBy(m => m.End).ThenBy(m => m.EntityId, StringComparer.Ordinal).ThenBy(m => m.Id, StringComparer.Ordinal)],
            StringComparer.Ordinal);
        EntitiesBySource = graph.Mentions.GroupBy(m => m.SourceId, StringComparer.Ordinal).ToDictionary(
            g => g.Key, g => (IReadOnlySet<string>)g.Select(m => m.EntityId).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        SourcesByEntity = graph.Mentions.GroupBy(m => m.EntityId, StringComparer.Ordinal).ToDictionary(
            g => g.Key, g => (IReadOnlySet<string>)g.Select(m => m.SourceId).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

        var byRole = new Dictionary<(string, ClaimRole), SortedDictionary<string, Claim>>();
        foreach (var claim in graph.Claims)
        {
            foreach (var (entityId, role) in claim.EntityRoles())
            {
                foreach (var key in new[] { (entityId, role), (entityId, ClaimRole.Any) })
                {
                    if (!byRole.TryGetValue(key, out var set))
                    {
                        byRole[key] = set = new SortedDictionary<string, Claim>(StringComparer.Ordinal);
                    }

                    set[claim.Id] = claim;
                }
            }
        }

        ClaimsByEntityRole = byRole.ToDictionary(p => p.Key, p => (IReadOnlyList<Claim>)[.. p.Value.Values]);
        ClaimsBySource = graph.Claims.GroupBy(c => c.SourceId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (IReadOnlyList<Claim>)[.. g], StringComparer.Ordinal);
        CandidatesBySource = graph.Candidates
            .SelectMany(c => c.Occurrences.Select(o => (o.SourceId, Candidate: c)))
            .GroupBy(p => p.SourceId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Candidate>)[.. g.Select(p => p.Candidate).DistinctBy(c => c.Id)], StringComparer.Ordinal);

        ConflictsByClaim = ByClaim(graph.Conflicts, c => c.ClaimA, c => c.ClaimB, Comparer<Conflict>.Create((x, y) => string.CompareOrdinal(x.Id, y.Id)));
        CorroborationsByClaim = ByClaim(graph.Corroborations, c => c.ClaimA, c => c.ClaimB, Corroboration.OrderById);
        ConflictingEntities = graph.Claims.Where(c => ConflictsByClaim.ContainsKey(c.Id))
            .SelectMany(c => c.EntityRoles().Select(r => r.EntityId)).ToHashSet(StringComparer.Ordinal);

        var edges = new Dictionary<string, List<RelationshipEdge>>(StringComparer.Ordinal);
        foreach (var relationship in graph.Relationships)
        {
            Edge(edges, relationship.FromId, new RelationshipEdge(relationship, relationship.FromId, relationship.ToId, RelationshipDirection.Outgoing));
            if (relationship.ToId != relationship.FromId)
            {
                Edge(edges, relationship.ToId, new RelationshipEdge(relationship, relationship.ToId, relationship.FromId, RelationshipDirection.Incoming));
            }
        }

        EdgesByEntity = edges.ToDictionary(
            p => p.Key,
            p => (IReadOnlyList<RelationshipEdge>)[.. p.Value.OrderBy(SortKeys.Relationship, StringComparer.Ordinal).ThenBy(e => e.Relationship.Id, StringComparer.Ordinal)],
            StringComparer.Ordinal);

        Search = KnowledgeSearch.For(graph);
    }

    public KnowledgeGraph Graph { get; }

    public Dictionary<string, IGraphNode> Nodes { get; }

    public Dictionary<string, Source> Sources { get; }

    public Dictionary<EntityKind, IReadOnlyList<Entity>> EntitiesByKind { get; }

    /// <summary>Every name of each entity, folded once, for <c>nameContains</c> filters.</summary>
    public Dictionary<string, IReadOnlyList<string>> FoldedNames { get; }

    public Dictionary<string, IReadOnlyList<Mention>> MentionsByEntity { get; }

    public Dictionary<string, IReadOnlyList<Mention>> MentionsBySource { get; }

    public Dictionary<string, IReadOnlySet<string>> EntitiesBySource { get; }

    public Dictionary<string, IReadOnlySet<string>> SourcesByEntity { get; }

    public Dictionary<(string EntityId, ClaimRole Role), IReadOnlyList<Claim>> ClaimsByEntityRole { get; }

    public Dictionary<string, IReadOnlyList<Claim>> ClaimsBySource { get; }

    /// <summary>The candidates occurring in each source, ordered by id.</summary>
    public Dictionary<string, IReadOnlyList<Candidate>> CandidatesBySource { get; }

    public Dictionary<string, IReadOnlyList<Conflict>> ConflictsByClaim { get; }

    public Dictionary<string, IReadOnlyList<Corroboration>> CorroborationsByClaim { get; }

    public HashSet<string> ConflictingEntities { get; }

    public Dictionary<string, IReadOnlyList<RelationshipEdge>> EdgesByEntity { get; }

    public KnowledgeSearch Search { get; }

    public int MentionCount(string entityId) => MentionsByEntity.TryGetValue(entityId, out var m) ? m.Count : 0;

    public IReadOnlyList<Claim> ClaimsFor(string entityId, ClaimRole role) =>
        ClaimsByEntityRole.TryGetValue((entityId, role), out var claims) ? claims : [];

    private static void Edge(Dictionary<string, List<RelationshipEdge>> edges, string entityId, RelationshipEdge edge)
    {
        if (!edges.TryGetValue(entityId, out var list))
        {
            edges[entityId] = list = [];
        }

        list.Add(edge);
    }

    /// <summary>Each claim's pairs in id order (<paramref name="order"/>: corroborations are ordered without writing their ids).</summary>
    private static Dictionary<string, IReadOnlyList<T>> ByClaim<T>(IEnumerable<T> items, Func<T, string> a, Func<T, string> b, IComparer<T> order) =>
        items.SelectMany(i => new[] { (Claim: a(i), Item: i), (Claim: b(i), Item: i) })
            .GroupBy(p => p.Claim, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<T>)[.. g.Select(p => p.Item).Order(order)], StringComparer.Ordinal);
}
