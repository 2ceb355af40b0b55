using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Search;
using GraphApi.Knowledge.Stores;

namespace GraphApi.Knowledge.Neo4j;

/// <summary>
/// Search on Neo4j: names, claim texts, titles and passages are answered by a <see cref="KnowledgeSearch"/> held in
/// this process, built from the entities, claims and sources Neo4j holds and rebuilt only when the import stamp
/// changes (one small read per call tells), never per request. Neo4j 3.1 has no full-text index, and the in-process
/// index gives exactly the embedded store's answers. Passage texts are read from Neo4j for the page's sources only.
/// </summary>
public sealed partial class Neo4jKnowledgeStore
{
    private readonly SemaphoreSlim searchBuild = new(1, 1);
    private volatile SearchSnapshot? search;

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string text, IReadOnlyCollection<NodeKind>? kinds, int first, CancellationToken cancellationToken = default) =>
        (await SearchIndexAsync(cancellationToken).ConfigureAwait(false)).Search(text, kinds, first);

    /// <summary>
    /// Passages from the in-process index, with the page's texts read from Neo4j. When a source read back no longer has
    /// the text the index was built from (an import finished in between), the index is rebuilt and the search run again.
    /// </summary>
    public async Task<PassagePage> SearchPassagesAsync(string text, PassageFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; ; attempt++)
        {
            var result = (await SearchIndexAsync(cancellationToken).ConfigureAwait(false)).FindPassages(text, filter, page);
            if (result.Matches.Count == 0)
            {
                return new PassagePage([], result.HasNextPage, result.HasPreviousPage);
            }

            var sources = (await GetNodesAsync(result.SourceIds, cancellationToken).ConfigureAwait(false)).OfType<Source>()
                .ToDictionary(s => s.Id, StringComparer.Ordinal);
            if (result.IsCurrentFor(sources) || attempt > 0)
            {
                return result.ToPage(sources);
            }

            search = null;
        }
    }

    /// <summary>The search index of the current import, rebuilt (by one caller, the others wait) when the stamp moved.</summary>
    private async Task<KnowledgeSearch> SearchIndexAsync(CancellationToken cancellationToken)
    {
        var rows = await ReadAsync(CypherQueries.ImportStamp, Parameters(), cancellationToken).ConfigureAwait(false);
        var stamp = rows.Count == 0 ? null : rows[0]["stamp"] as string;
        if (search is { } current && current.Stamp == stamp)
        {
            return current.Index;
        }

        await searchBuild.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (search is { } built && built.Stamp == stamp)
            {
                return built.Index;
            }

            var entities = await ReadAllAsync<Entity>("Entity", cancellationToken).ConfigureAwait(false);
            var claims = await ReadAllAsync<Claim>("Claim", cancellationToken).ConfigureAwait(false);
            var sources = await ReadAllAsync<Source>("Source", cancellationToken).ConfigureAwait(false);
            var index = new KnowledgeSearch(entities, claims, sources);
            search = new SearchSnapshot(stamp, index);
            return index;
        }
        finally
        {
            searchBuild.Release();
        }
    }

    private sealed record SearchSnapshot(string? Stamp, KnowledgeSearch Index);
}
