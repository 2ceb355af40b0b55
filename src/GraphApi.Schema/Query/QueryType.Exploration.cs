using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;
using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Stores;
using GraphApi.Schema.Errors;
using GraphApi.Schema.Loading;
using GraphApi.Schema.Paging;
using GraphApi.Schema.Types;

namespace GraphApi.Schema.Query;

/// <summary>The exploration roots: timeline, conflicts, path and neighborhood.</summary>
internal static partial class QueryType
{
    public const int MaxPathHops = Knowledge.Stores.IKnowledgeStore.MaxPathHops;
    public const int MaxNeighborhoodDepth = 3;
    public const int DefaultNeighborhoodEdges = 25;
    public const int DefaultTimelineItems = 100;

    /// <summary>A date bound every ISO date satisfies, so a claim list filtered by it holds exactly the dated claims.</summary>
    private const string LatestDate = "9999";

    private static void AddExplorationFields(ObjectType query) => query
        .Field("timeline", new TypeReference("TimelineConnection").AsNonNull(), resolveAsync: TimelineAsync,
            description: "Dated events and claims, ordered by date, then id. With entityId, the entity's: the event itself, events it is related to, " +
                "and claims it plays any role in; without it, every dated event and claim of the corpus. A claim is dated by its date, else its " +
                $"source's publication date; undated claims are left out. first defaults to {DefaultTimelineItems}. Empty for an unknown id.",
            configure: f => f.Argument("entityId", ScalarType.ID).Forward(DefaultTimelineItems))
        .Field("conflicts", new TypeReference("Conflict").AsNonNull().AsList().AsNonNull(), resolveAsync: async c =>
                (await Store(c).GetConflictsAsync(PageRequest.All, Scope(c), c.CancellationToken).ConfigureAwait(false)).Items.ToList(),
            description: "Every contradiction between claims, ordered by id; each side carries its evidence.")
        .Field("path", new TypeReference("Path"), resolveAsync: async c =>
        {
            var maxHops = c.Argument<int?>("maxHops") ?? 4;
            if (maxHops < 0 || maxHops > MaxPathHops)
            {
                throw InputErrors.BadUserInput($"Argument \"maxHops\" of Query.path must be between 0 and {MaxPathHops} (got {maxHops}).");
            }

            return await Store(c).ShortestPathAsync(c.Argument<string>("from"), c.Argument<string>("to"), maxHops, Scope(c), c.CancellationToken).ConfigureAwait(false);
        },
            description: "A shortest connection between two entities over relationships walked in either direction, at most maxHops long; null when there is none " +
                "or an id is unknown. Among equally short paths, the one whose hops come first in relationship order (type, other id, id).",
            configure: f => f.Argument("from", ScalarType.ID.AsNonNull()).Argument("to", ScalarType.ID.AsNonNull()).Argument("maxHops", ScalarType.Int, 4))
        .Field("neighborhood", new TypeReference("Subgraph").AsNonNull(), resolveAsync: NeighborhoodAsync,
            description: "Entities within depth relationships of an entity, and the edges between them. Each entity contributes at most first edges " +
                "(in relationship order), so hubs stay bounded; truncated tells when edges were left out. Empty for an unknown id.",
            configure: f => f
                .Argument("id", ScalarType.ID.AsNonNull())
                .Argument("depth", ScalarType.Int, 1)
                .Argument("first", ScalarType.Int, DefaultNeighborhoodEdges, "Most edges followed from each entity."));

    private static async ValueTask<object?> TimelineAsync(ResolveContext context)
    {
        var request = PageArguments.Read(context, DefaultTimelineItems);
        var id = context.Argument<string?>("entityId");
        return id is null ? await CorpusTimelineAsync(context, request).ConfigureAwait(false) : await EntityTimelineAsync(context, id, request).ConfigureAwait(false);
    }

    /// <summary>
    /// An entity's timeline in one round trip: a page of its dated claims in the store's date order (a claim's cursor
    /// there carries its effective date, so no source is read), the entity itself, and its relationships with the
    /// entities at their other ends, whose events join the claims. An id that is not an entity gets an empty timeline.
    /// </summary>
    private static async Task<Page<TimelineEntry>> EntityTimelineAsync(ResolveContext context, string id, PageRequest request)
    {
        var store = Store(context);
        var scope = Scope(context);
        var first = request.First ?? DefaultTimelineItems;
        Task<Page<Claim>> claimsTask;
        Task<IReadOnlyDictionary<string, Page<RelationshipEdge>>> relationshipsTask;
        Task<IReadOnlyList<IGraphNode?>> entityTask;
        using (ReadBatch.Open())
        {
            claimsTask = store.ListClaimsAsync(new ClaimFilter(EntityId: id, DateTo: LatestDate), ClaimOrder.Date, PageRequest.FirstN(first, request.After) with { WithRelated = false }, scope, context.CancellationToken);
            relationshipsTask = store.GetRelationshipsAsync([id], null, RelationshipDirection.Both, PageRequest.All, scope, context.CancellationToken);
            entityTask = store.GetNodesAsync([id], scope, context.CancellationToken);
        }

        var claims = await claimsTask.ConfigureAwait(false);
        var relationships = (await relationshipsTask.ConfigureAwait(false)).GetValueOrDefault(id) ?? Page<RelationshipEdge>.Empty;
        if ((await entityTask.ConfigureAwait(false))[0] is not Entity entity)
        {
            return Page<TimelineEntry>.Empty;
        }

        // The other ends come with the relationships from a store that reads them along (Page.Related); the rest are read now.
        var relatedIds = relationships.Items.Select(e => e.OtherId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var brought = relationships.Related.OfType<Entity>().ToDictionary(e => e.Id, StringComparer.Ordinal);
        var missing = relatedIds.Where(r => !brought.ContainsKey(r)).ToList();
        var read = missing.Count == 0 ? [] : (await store.GetNodesAsync(missing, scope, context.CancellationToken).ConfigureAwait(false)).OfType<Entity>();
        var related = relatedIds.Select(r => brought.GetValueOrDefault(r)).OfType<Entity>().Concat(read);
        return MergeTimeline(DatedEvents(related.Prepend(entity)).ToList(), claims, request.After, first);
    }

    /// <summary>
    /// The corpus's timeline: the (curated, few) dated events merged with one page of dated claims in the store's date order,
    /// which is the timeline's order too, so the timeline's cursor resumes both lists.
    /// </summary>
    private static async Task<Page<TimelineEntry>> CorpusTimelineAsync(ResolveContext context, PageRequest request)
    {
        var store = Store(context);
        var first = request.First ?? DefaultTimelineItems;
        var claimsTask = store.ListClaimsAsync(new ClaimFilter(DateTo: LatestDate), ClaimOrder.Date, PageRequest.FirstN(first, request.After) with { WithRelated = false }, Scope(context), context.CancellationToken);
        var events = await store.ListEntitiesAsync(new EntityFilter(Kind: EntityKind.Event), EntityOrder.Id, PageRequest.All, Scope(context), context.CancellationToken).ConfigureAwait(false);
        var claims = await claimsTask.ConfigureAwait(false);
        return MergeTimeline(DatedEvents(events.Items).ToList(), claims, request.After, first);
    }

    /// <summary>
    /// A timeline page from every dated event and one page of dated claims in date order (<see cref="ClaimOrder.Date"/>,
    /// read with the same first and after): in that order a claim's cursor carries its effective date (SortKeys.Claim),
    /// so its source need not be loaded, and the timeline's cursor resumes both lists.
    /// </summary>
    private static Page<TimelineEntry> MergeTimeline(List<TimelineEntry> dated, Page<Claim> claims, string? after, int first)
    {
        var cursor = after is null ? (PageCursor?)null : PageCursor.Decode(after);
        var eventsAfter = dated.Where(e => cursor is not { } c || TimelineCursor(e).CompareTo(c) > 0).ToList();
        var merged = eventsAfter
            .Concat(claims.Edges.Select(e => new TimelineEntry(PageCursor.Decode(e.Cursor).SortKey, TimelineItemKind.Claim, e.Node)))
            .ToList();
        merged.Sort(CompareTimeline);
        var page = merged.Take(first).Select(e => new PageEdge<TimelineEntry>(TimelineCursor(e).Encode(), e)).ToList();
        return new Page<TimelineEntry>(
            page,
            dated.Count + claims.TotalCount,
            HasNextPage: merged.Count > first || claims.HasNextPage,
            HasPreviousPage: claims.HasPreviousPage || eventsAfter.Count < dated.Count);
    }

    private static IEnumerable<TimelineEntry> DatedEvents(IEnumerable<Entity> entities) => entities
        .Where(e => e.Kind == EntityKind.Event && e.Date is not null)
        .DistinctBy(e => e.Id)
        .Select(e => new TimelineEntry(e.Date!, TimelineItemKind.Event, e));

    private static PageCursor TimelineCursor(TimelineEntry entry) => new(entry.Date, entry.Node.Id);

    private static int CompareTimeline(TimelineEntry left, TimelineEntry right) => TimelineCursor(left).CompareTo(TimelineCursor(right));

    /// <summary>Breadth-first, one batched relationship call per depth level (the first with the centre), then the nodes no level brought along.</summary>
    private static async ValueTask<object?> NeighborhoodAsync(ResolveContext context)
    {
        var id = context.Argument<string>("id");
        var depth = context.Argument<int?>("depth") ?? 1;
        var first = context.Argument<int?>("first") ?? DefaultNeighborhoodEdges;
        if (depth < 0 || depth > MaxNeighborhoodDepth)
        {
            throw InputErrors.BadUserInput($"Argument \"depth\" of Query.neighborhood must be between 0 and {MaxNeighborhoodDepth} (got {depth}).");
        }

        if (first < 1 || first > PageArguments.MaxPageSize)
        {
            throw InputErrors.BadUserInput($"Argument \"first\" of Query.neighborhood must be between 1 and {PageArguments.MaxPageSize} (got {first}).");
        }

        // Each level reads the frontier's relationships with the entities at their other ends (Page.Related); the centre is
        // read in the same round trip as the first level (an id that is not an entity has no relationships, and is dropped
        // from the nodes). So only the nodes a store did not bring along are read at the end: depth round trips in all.
        var store = Store(context);
        var distance = new Dictionary<string, int>(StringComparer.Ordinal) { [id] = 0 };
        var known = new Dictionary<string, IGraphNode?>(StringComparer.Ordinal);
        var edges = new Dictionary<string, Relationship>(StringComparer.Ordinal);
        var truncated = false;
        var frontier = new List<string> { id };
        for (var level = 1; level <= depth && frontier.Count > 0; level++)
        {
            Task<IReadOnlyDictionary<string, Page<RelationshipEdge>>> pagesTask;
            Task<IReadOnlyList<IGraphNode?>>? centreTask = null;
            using (ReadBatch.Open())
            {
                pagesTask = store.GetRelationshipsAsync(frontier, null, RelationshipDirection.Both, PageRequest.FirstN(first), Scope(context), context.CancellationToken);
                if (level == 1)
                {
                    centreTask = store.GetNodesAsync([id], Scope(context), context.CancellationToken);
                }
            }

            var pages = await pagesTask.ConfigureAwait(false);
            if (centreTask is not null)
            {
                known[id] = (await centreTask.ConfigureAwait(false))[0];
            }

            var next = new List<string>();
            foreach (var from in frontier)
            {
                var page = pages.GetValueOrDefault(from) ?? Page<RelationshipEdge>.Empty;
                truncated |= page.HasNextPage;
                foreach (var node in page.Related)
                {
                    known.TryAdd(node.Id, node);
                }

                foreach (var edge in page.Items)
                {
                    edges.TryAdd(edge.Relationship.Id, edge.Relationship);
                    if (distance.TryAdd(edge.OtherId, level))
                    {
                        next.Add(edge.OtherId);
                    }
                }
            }

            frontier = next;
        }

        var ordered = distance.OrderBy(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).ToList();
        var missing = ordered.Where(n => !known.ContainsKey(n)).ToList();
        if (missing.Count > 0)
        {
            var read = await store.GetNodesAsync(missing, Scope(context), context.CancellationToken).ConfigureAwait(false);
            for (var i = 0; i < missing.Count; i++)
            {
                known[missing[i]] = read[i];
            }
        }

        var nodes = ordered.Select(n => known[n]).OfType<Entity>().ToList();
        var kept = distance.Keys.ToHashSet(StringComparer.Ordinal);
        var drawn = edges.Values.Where(r => kept.Contains(r.FromId) && kept.Contains(r.ToId)).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        return new Neighborhood(nodes, drawn, truncated);
    }
}
