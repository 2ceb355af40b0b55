using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Search;
using GraphApi.Knowledge.Stores;

namespace GraphApi.Knowledge.Neo4j;

/// <summary>
/// Search runs in this process, with the embedded store's own <see cref="KnowledgeSearch"/> (the same matching rules,
/// scores and passage ranking) over records read from Neo4j; Neo4j 3.1 has no full-text index. The indexes (entity
/// names, then claim texts, source titles and passages, which need every claim and every source body and keep no
/// article text once built) are built once per import stamp, whole, and swapped in only when complete: by
/// <see cref="RefreshAsync"/> when it sees a new stamp (the server's stamp poller calls it at start-up and every
/// interval, in the background) and after this store's own imports when they had been built. The previous indexes
/// serve meanwhile. A search that finds none built yet (a store used without the poller, as the tests do) builds what
/// it needs, or waits for the build under way. Their hits, and the texts of a passage page, are read from Neo4j, one
/// query per page. Every record is read with its <c>visibleFrom</c>, and each <see cref="ReadScope"/> searches the view
/// built from what it may read (<see cref="ScopedSearch"/>); the records read back go through the scope's Cypher
/// filter too.
/// </summary>
public sealed partial class Neo4jKnowledgeStore
{
    private readonly SemaphoreSlim indexGate = new(1, 1);
    private volatile SearchIndexes? searchIndexes;
    private volatile bool searchIndexesBuilt;

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string text, IReadOnlyCollection<NodeKind>? kinds, int first, ReadScope scope, CancellationToken cancellationToken = default)
    {
        var indexes = searchIndexes ?? await BuildSearchIndexesAsync(null, withDocuments: false, cancellationToken).ConfigureAwait(false);
        if (kinds is null || !kinds.Any(k => k is NodeKind.Claim or NodeKind.Source))
        {
            return (indexes.Documents ?? indexes.Names).For(scope).Search(text, kinds, first);
        }

        var documents = indexes.Documents ?? await BuildDocumentIndexAsync(indexes, cancellationToken).ConfigureAwait(false);
        var hits = documents.For(scope).Search(text, kinds, first);

        // The document index holds claims as stubs and sources without their texts; the hits' records come from Neo4j.
        var read = hits.Where(h => h.Node is not Entity).Select(h => h.Node.Id).ToList();
        if (read.Count == 0)
        {
            return hits;
        }

        var nodes = (await GetNodesAsync(read, scope, cancellationToken).ConfigureAwait(false)).OfType<IGraphNode>().ToDictionary(n => n.Id, StringComparer.Ordinal);
        return [.. hits.Where(h => h.Node is Entity || nodes.ContainsKey(h.Node.Id)).Select(h => h.Node is Entity ? h : h with { Node = nodes[h.Node.Id] })];
    }

    /// <summary>
    /// Passages from the in-process index, with the page's texts read from Neo4j. When a source read back no longer has
    /// the text the index was built from (another process imported and this one has not refreshed yet), the indexes are
    /// rebuilt from the current import and the search runs again.
    /// </summary>
    public async Task<PassagePage> SearchPassagesAsync(string text, PassageFilter filter, PageRequest page, ReadScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(filter);
        for (var attempt = 0; ; attempt++)
        {
            var indexes = searchIndexes ?? await BuildSearchIndexesAsync(null, withDocuments: true, cancellationToken).ConfigureAwait(false);
            var documents = indexes.Documents ?? await BuildDocumentIndexAsync(indexes, cancellationToken).ConfigureAwait(false);
            var result = documents.For(scope).FindPassages(text, filter, page);
            if (result.Matches.Count == 0)
            {
                return new PassagePage([], result.HasNextPage, result.HasPreviousPage);
            }

            var sources = (await GetNodesAsync(result.SourceIds, scope, cancellationToken).ConfigureAwait(false)).OfType<Source>()
                .ToDictionary(s => s.Id, StringComparer.Ordinal);
            if (result.IsCurrentFor(sources))
            {
                return result.ToPage(sources);
            }

            if (attempt > 0)
            {
                // Imports kept changing these sources between two reads: show the passages that are still as indexed.
                return ToCurrentPage(result, sources);
            }

            await RebuildSearchIndexesAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Reads the partition's import stamp and, when the in-memory indexes were not built whole from it, builds them
    /// (names and documents) before swapping them in; searches meanwhile use the previous ones. True when it built.
    /// </summary>
    public async Task<bool> RefreshAsync(CancellationToken cancellationToken = default)
    {
        var stamp = await GetImportStampAsync(cancellationToken).ConfigureAwait(false);
        if (searchIndexes is { Documents: not null } current && current.Stamp == stamp)
        {
            return false;
        }

        await BuildSearchIndexesAsync(stamp, withDocuments: true, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>The import stamp the in-memory search indexes were built from (null before the first build).</summary>
    public string? SearchIndexStamp => searchIndexes?.Stamp;

    /// <summary>
    /// True once this process has built its search indexes whole (names and documents) at least once; readiness waits
    /// for it, so that no request meets the first build. Later rebuilds keep the previous indexes serving.
    /// </summary>
    public bool SearchIndexesBuilt => searchIndexesBuilt;

    private static PassagePage ToCurrentPage(PassageResult result, Dictionary<string, Source> sources)
    {
        var current = result with { Matches = [.. result.Matches.Where(m => sources.TryGetValue(m.SourceId, out var s) && s.ContentHash == m.SourceHash)] };
        return current.ToPage(sources);
    }

    /// <summary>Builds the indexes of the current import whole (a passage page met a source changed since they were built).</summary>
    private Task RebuildSearchIndexesAsync(CancellationToken cancellationToken) =>
        BuildSearchIndexesAsync(null, withDocuments: true, cancellationToken, current: false);

    /// <summary>
    /// After this store's own import: rebuilds the indexes from it when they had been built, the old ones serving
    /// meanwhile. Neo4j going away at that moment forgets them instead; the poller or the next search builds them.
    /// </summary>
    private async Task RefreshSearchIndexesAfterImportAsync(CancellationToken cancellationToken)
    {
        if (searchIndexes is null)
        {
            return;
        }

        try
        {
            await RebuildSearchIndexesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (StoreUnavailableException)
        {
            InvalidateSearchIndexes();
        }
    }

    /// <summary>
    /// The indexes of <paramref name="stamp"/> (null: those built, if any, when <paramref name="current"/>; else the
    /// stamp read now), built under the gate and swapped in once complete, the documents too when asked for.
    /// </summary>
    private async Task<SearchIndexes> BuildSearchIndexesAsync(string? stamp, bool withDocuments, CancellationToken cancellationToken, bool current = true)
    {
        await indexGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // The stamp is read before the entities, so an import finishing in between is seen again at the next refresh.
            if (!current)
            {
                stamp = await GetImportStampAsync(cancellationToken).ConfigureAwait(false);
            }

            if (searchIndexes is { } built && (stamp is null || built.Stamp == stamp))
            {
                if (withDocuments && built.Documents is null)
                {
                    built.Documents = await ReadDocumentIndexAsync(built.Names, cancellationToken).ConfigureAwait(false);
                    searchIndexesBuilt = true;
                }

                return built;
            }

            stamp ??= await GetImportStampAsync(cancellationToken).ConfigureAwait(false);
            var q = await QueriesAsync(cancellationToken).ConfigureAwait(false);
            var entities = (await ReadAsync(q.Reads.SearchEntities, Parameters(), cancellationToken).ConfigureAwait(false))
                .Select(r => (RowReader.Entity(r["entity"]), VisibleFrom(r))).ToList();
            var names = Warmed(new ScopedSearch(entities, [], []));
            var indexes = new SearchIndexes(stamp, names)
            {
                Documents = withDocuments ? await ReadDocumentIndexAsync(names, cancellationToken).ConfigureAwait(false) : null,
            };
            searchIndexes = indexes;
            searchIndexesBuilt |= withDocuments;
            return indexes;
        }
        finally
        {
            indexGate.Release();
        }
    }

    /// <summary>The document index of <paramref name="indexes"/>, built now (or by the build under way) when missing.</summary>
    private async Task<ScopedSearch> BuildDocumentIndexAsync(SearchIndexes indexes, CancellationToken cancellationToken)
    {
        await indexGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (indexes.Documents is { } built)
            {
                return built;
            }

            // A rebuild swapped in newer indexes while this search waited: search those when they are whole.
            if (searchIndexes is { Documents: { } newer })
            {
                return newer;
            }

            indexes.Documents = await ReadDocumentIndexAsync(indexes.Names, cancellationToken).ConfigureAwait(false);
            searchIndexesBuilt = true;
            return indexes.Documents;
        }
        finally
        {
            indexGate.Release();
        }
    }

    /// <summary>Claim texts, source titles and passages over every claim and source of the partition (no article text kept).</summary>
    private async Task<ScopedSearch> ReadDocumentIndexAsync(ScopedSearch names, CancellationToken cancellationToken)
    {
        var q = await QueriesAsync(cancellationToken).ConfigureAwait(false);
        var claimRows = await ReadAsync(q.Reads.SearchClaims, Parameters(), cancellationToken).ConfigureAwait(false);
        var sourceRows = await ReadAsync(q.Reads.SearchSources, Parameters(), cancellationToken).ConfigureAwait(false);
        var claims = claimRows.Select(r => (new Claim
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
            Attribution = new Attribution(Enum.Parse<AttributionKind>((string)r["attributionKind"]!)),
            Modality = Enum.Parse<Modality>((string)r["modality"]!),
        }, VisibleFrom(r))).ToList();
        var sources = sourceRows.Select(r => (RowReader.Source(r["source"]), VisibleFrom(r))).ToList();
        return Warmed(new ScopedSearch(names.Entities, claims, sources, keepSourceTexts: false));
    }

    /// <summary>
    /// Builds the in-memory index of every reader and the one of today's public readers now, as part of the build (in
    /// the background), rather than at the first search that asks for them: tokenizing 10k articles' sentences is most
    /// of the build's processor time. A public view of a later horizon (an embargo ended since) is built at its first search.
    /// </summary>
    private static ScopedSearch Warmed(ScopedSearch search)
    {
        _ = search.For(ReadScope.Everything);
        _ = search.For(ReadScope.PublicAt(DateTimeOffset.UtcNow));
        return search;
    }

    /// <summary>Forgets the in-memory indexes after this store's own import; the next search rebuilds them.</summary>
    private void InvalidateSearchIndexes() => searchIndexes = null;

    /// <summary>The <c>visibleFrom</c> a search row was read with (<see cref="Visibility.GraphVisibility"/>); never readable without one.</summary>
    private static long VisibleFrom(IReadOnlyDictionary<string, object?> row) =>
        row.GetValueOrDefault("visibleFrom") is { } instant
            ? Convert.ToInt64(instant, System.Globalization.CultureInfo.InvariantCulture)
            : Visibility.GraphVisibility.Never;

    /// <summary>The in-memory indexes built from one import stamp, each with a view per scope.</summary>
    private sealed class SearchIndexes(string? stamp, ScopedSearch names)
    {
        public string? Stamp { get; } = stamp;

        /// <summary>Entity names only.</summary>
        public ScopedSearch Names { get; } = names;

        /// <summary>Names, claim texts, source titles and passages, built at the first search that needs them.</summary>
        public ScopedSearch? Documents { get; set; }
    }
}
