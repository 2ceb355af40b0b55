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
            configure: f => f.Argument("entityId", ScalarType.ID).Argument("first", ScalarType.Int).Argument("after", ScalarType.String))
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

    private static async Task<Page<TimelineEntry>> EntityTimelineAsync(ResolveContext context, string id, PageRequest request)
    {
        // Two levels of reads: the entity's claims and relationships, then every node they name together with the entity
        // itself (an id that is not an entity has neither, and gets an empty timeline).
        var claimsTask = KnowledgeLoaders.ClaimsForEntity(context, id, ClaimRole.Any, PageRequest.All);
        var relationshipsTask = KnowledgeLoaders.Relationships(context, id, [], RelationshipDirection.Both, PageRequest.All);
        var claims = (await claimsTask.ConfigureAwait(false))?.Items.ToList() ?? [];
        var relatedIds = ((await relationshipsTask.ConfigureAwait(false))?.Items ?? []).Select(e => e.OtherId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var entityTask = KnowledgeLoaders.Node(context, id);
        var relatedTask = KnowledgeLoaders.Nodes(context, relatedIds);
        var sourcesTask = KnowledgeLoaders.Nodes(context, claims.Select(c => c.SourceId).Distinct(StringComparer.Ordinal));
        if (await entityTask.ConfigureAwait(false) is not Entity entity)
        {
            return Page<TimelineEntry>.Empty;
        }

        var related = (await relatedTask.ConfigureAwait(false)).OfType<Entity>();
        var sources = (await sourcesTask.ConfigureAwait(false)).OfType<Source>().ToDictionary(s => s.Id, StringComparer.Ordinal);

        var items = DatedEvents(related.Prepend(entity)).ToList();
        foreach (var claim in claims)
        {
            var date = SortKeys.EffectiveDate(claim, sources.GetValueOrDefault(claim.SourceId));
            if (date != SortKeys.Undated)
            {
                items.Add(new TimelineEntry(date, TimelineItemKind.Claim, claim));
            }
        }

        items.Sort(CompareTimeline);
        return Knowledge.Stores.Paging.Apply(items, TimelineCursor, request);
    }

    /// <summary>
    /// The corpus's timeline: the (curated, few) dated events merged with one page of dated claims in the store's date order,
    /// which is the timeline's order too, so the timeline's cursor resumes both lists.
    /// </summary>
    private static async Task<Page<TimelineEntry>> CorpusTimelineAsync(ResolveContext context, PageRequest request)
    {
        var store = Store(context);
        var first = request.First ?? DefaultTimelineItems;
        var after = request.After is null ? (PageCursor?)null : PageCursor.Decode(request.After);
        var claimsTask = store.ListClaimsAsync(new ClaimFilter(DateTo: LatestDate), ClaimOrder.Date, PageRequest.FirstN(first, request.After), Scope(context), context.CancellationToken);
        var events = await store.ListEntitiesAsync(new EntityFilter(Kind: EntityKind.Event), EntityOrder.Id, PageRequest.All, Scope(context), context.CancellationToken).ConfigureAwait(false);
        var claims = await claimsTask.ConfigureAwait(false);

        var dated = DatedEvents(events.Items).ToList();
        var eventsAfter = dated.Where(e => after is not { } cursor || TimelineCursor(e).CompareTo(cursor) > 0).ToList();
        // In date order a claim's cursor carries its effective date (SortKeys.Claim), so its source need not be loaded.
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
