using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Stores;
using GraphApi.Knowledge.Stores.Embedded;

namespace GraphApi.Knowledge.Neo4j;

/// <summary>
/// Name search runs in this process, with the same <see cref="SearchIndex"/> (and so the same matching rules and
/// scores) as the embedded store, over entities read from Neo4j. The index is built once per import stamp, never per
/// request: at the first search, again when <see cref="RefreshAsync"/> sees a new stamp (a replica's poller calls it),
/// and after this store's own imports. Claim texts and source titles get their own index, built the first time a
/// search asks for those kinds; their hits are then read from Neo4j, one query for the page of hits.
/// </summary>
public sealed partial class Neo4jKnowledgeStore
{
    private static readonly NodeKind[] EntityKinds = [NodeKind.Person, NodeKind.Institution, NodeKind.Event, NodeKind.Place, NodeKind.Program];
    private readonly SemaphoreSlim indexGate = new(1, 1);
    private volatile SearchIndexes? searchIndexes;

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string text, IReadOnlyCollection<NodeKind>? kinds, int first, ReadScope scope, CancellationToken cancellationToken = default)
    {
        var wanted = kinds is { Count: > 0 } ? kinds : EntityKinds;
        var indexes = searchIndexes ?? await BuildSearchIndexesAsync(null, cancellationToken).ConfigureAwait(false);

        // Hits the caller may not read are dropped before the first ones are taken, so they never take a place.
        bool Keep(IGraphNode node) => wanted.Contains(node.NodeKind) && scope.CanRead(indexes.VisibleFrom(node.Id));
        var entities = wanted.Any(k => k is not (NodeKind.Claim or NodeKind.Source)) ? indexes.Entities.Find(text, Keep, first) : [];
        if (!wanted.Any(k => k is NodeKind.Claim or NodeKind.Source))
        {
            return entities;
        }

        var texts = indexes.Texts ?? await BuildTextIndexAsync(indexes, cancellationToken).ConfigureAwait(false);
        var hits = SearchIndex.Merge([entities, texts.Find(text, Keep, first)], first);

        // The text index holds ids and words only; the hits' records come from Neo4j.
        var stubs = hits.Where(h => h.Node is not Entity).Select(h => h.Node.Id).ToList();
        if (stubs.Count == 0)
        {
            return hits;
        }

        var nodes = (await GetNodesAsync(stubs, scope, cancellationToken).ConfigureAwait(false)).OfType<IGraphNode>().ToDictionary(n => n.Id, StringComparer.Ordinal);
        return [.. hits.Where(h => h.Node is Entity || nodes.ContainsKey(h.Node.Id)).Select(h => h.Node is Entity ? h : h with { Node = nodes[h.Node.Id] })];
    }

    /// <summary>
    /// Reads the partition's import stamp and, when it differs from the one the in-memory indexes were built from,
    /// rebuilds them before swapping them in (searches meanwhile use the previous ones). True when it rebuilt.
    /// </summary>
    public async Task<bool> RefreshAsync(CancellationToken cancellationToken = default)
    {
        var stamp = await GetImportStampAsync(cancellationToken).ConfigureAwait(false);
        var current = searchIndexes;
        if (current is not null && current.Stamp == stamp)
        {
            return false;
        }

        var rebuilt = await BuildSearchIndexesAsync(stamp, cancellationToken).ConfigureAwait(false);
        if (current?.Texts is not null)
        {
            await BuildTextIndexAsync(rebuilt, cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    /// <summary>The import stamp the in-memory search indexes were built from (null before the first build).</summary>
    public string? SearchIndexStamp => searchIndexes?.Stamp;

    private async Task<SearchIndexes> BuildSearchIndexesAsync(string? stamp, CancellationToken cancellationToken)
    {
        await indexGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (stamp is null && searchIndexes is { } built)
            {
                return built;
            }

            // The stamp is read before the entities, so an import finishing in between is seen again at the next refresh.
            stamp ??= await GetImportStampAsync(cancellationToken).ConfigureAwait(false);
            var q = await QueriesAsync(cancellationToken).ConfigureAwait(false);
            var found = await ReadAsync(q.Reads.SearchEntities, Parameters(), cancellationToken).ConfigureAwait(false);
            var entities = found.Select(r => RowReader.Entity(r["entity"])).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
            var indexes = new SearchIndexes(stamp, SearchIndex.ForEntities(KnowledgeGraph.Empty with { Entities = entities }));
            indexes.Remember(found, r => RowReader.String(RowReader.Map(r["entity"], "entity"), "id")!);
            searchIndexes = indexes;
            return indexes;
        }
        finally
        {
            indexGate.Release();
        }
    }

    private async Task<SearchIndex> BuildTextIndexAsync(SearchIndexes indexes, CancellationToken cancellationToken)
    {
        await indexGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (indexes.Texts is { } built)
            {
                return built;
            }

            var q = await QueriesAsync(cancellationToken).ConfigureAwait(false);
            var claimRows = await ReadAsync(q.Reads.SearchClaims, Parameters(), cancellationToken).ConfigureAwait(false);
            var sourceRows = await ReadAsync(q.Reads.SearchSources, Parameters(), cancellationToken).ConfigureAwait(false);
            indexes.Remember(claimRows, r => (string)r["id"]!);
            indexes.Remember(sourceRows, r => (string)r["id"]!);
            var claims = claimRows.Select(r => new Claim
            {
                Id = (string)r["id"]!,
                Kind = Enum.Parse<ClaimKind>((string)r["kind"]!),
                SourceId = string.Empty,
                Origin = string.Empty,
                WasGeneratedBy = string.Empty,
                Text = r["text"] as string,
                TextAr = r["textAr"] as string,
                Role = r["role"] as string,
                RoleAr = r["roleAr"] as string,
            }).OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
            var sources = sourceRows.Select(r => new Source
            {
                Id = (string)r["id"]!,
                FileName = (string)r["fileName"]!,
                Title = r["title"] as string,
                TitleEn = r["titleEn"] as string,
                Text = string.Empty,
                ContentHash = string.Empty,
            }).OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
            return indexes.Texts = SearchIndex.ForTexts(KnowledgeGraph.Empty with { Claims = claims, Sources = sources });
        }
        finally
        {
            indexGate.Release();
        }
    }

    /// <summary>Forgets the in-memory indexes after this store's own import; the next search rebuilds them.</summary>
    private void InvalidateSearchIndexes() => searchIndexes = null;

    /// <summary>The in-memory indexes built from one import stamp.</summary>
    private sealed class SearchIndexes(string? stamp, SearchIndex entities)
    {
        public string? Stamp { get; } = stamp;

        public SearchIndex Entities { get; } = entities;

        /// <summary>Claim texts and source titles, built at the first search that asks for them.</summary>
        public SearchIndex? Texts { get; set; }

        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, long> visibleFrom = new(StringComparer.Ordinal);

        /// <summary>The instant from which a record of the index is readable (<see cref="Visibility.GraphVisibility"/>); never for one it does not hold.</summary>
        public long VisibleFrom(string id) => visibleFrom.TryGetValue(id, out var instant) ? instant : Visibility.GraphVisibility.Never;

        /// <summary>Keeps the <c>visibleFrom</c> of each row read for the index.</summary>
        public void Remember(IEnumerable<IReadOnlyDictionary<string, object?>> rows, Func<IReadOnlyDictionary<string, object?>, string> id)
        {
            foreach (var row in rows)
            {
                visibleFrom[id(row)] = row.GetValueOrDefault("visibleFrom") is { } instant
                    ? Convert.ToInt64(instant, System.Globalization.CultureInfo.InvariantCulture)
                    : Visibility.GraphVisibility.Never;
            }
        }
    }
}
