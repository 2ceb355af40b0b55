using System.Security.Cryptography;
using System.Text;
using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Search;
using GraphApi.Knowledge.Stores;
using GraphApi.Knowledge.Stores.Embedded;
using GraphApi.Knowledge.Tests.Stores;

namespace GraphApi.Knowledge.Neo4j.Tests;

/// <summary>
/// Issue 14 on the property-graph model: the search indexes live in the API process, built once per import stamp. A
/// store that did not import (a replica) must still never show a passage whose text changed under it: the page's texts
/// are read from Neo4j, and a content hash that differs from the indexed one makes it rebuild and search again. The
/// indexes are built whole (names and passages) by the refresh the server's poller runs in the background, and again
/// by a store's own import when it had built them, so no search meets a build (issue 11's soak on 10k articles).
/// </summary>
public sealed class SearchRefreshTests
{
    private const string Query = "حبوب";

    [Fact]
    public async Task A_replica_never_shows_a_passage_whose_source_another_process_changed()
    {
        var options = RealServer.Options();
        await using var replica = Neo4jKnowledgeStore.Connect(options);
        await using var importer = Neo4jKnowledgeStore.Connect(options);
        var before = KnowledgeStoreContractTests.FixtureGraph;
        await importer.ReplaceGraphAsync(before);
        var first = await replica.SearchPassagesAsync(Query, PassageFilter.None, PageRequest.All, ReadScope.Everything);
        var stamp = replica.SearchIndexStamp;
        Assert.NotNull(stamp);

        var (after, word) = Edited(before, first.Items.First());
        await importer.ReplaceGraphAsync(after);
        var second = await replica.SearchPassagesAsync(Query, PassageFilter.None, PageRequest.All, ReadScope.Everything);

        var expected = await new EmbeddedKnowledgeStore(after).SearchPassagesAsync(Query, PassageFilter.None, PageRequest.All, ReadScope.Everything);
        Assert.Equal(Describe(expected), Describe(second));
        Assert.Contains(second.Items, p => p.Text.Contains(word, StringComparison.Ordinal));
        Assert.NotEqual(stamp, replica.SearchIndexStamp);
    }

    [Fact]
    public async Task A_replica_finds_new_words_once_it_refreshes_and_builds_nothing_when_the_stamp_holds()
    {
        var options = RealServer.Options();
        await using var replica = Neo4jKnowledgeStore.Connect(options);
        await using var importer = Neo4jKnowledgeStore.Connect(options);
        var before = KnowledgeStoreContractTests.FixtureGraph;
        await importer.ReplaceGraphAsync(before);
        var (after, word) = Edited(before, (await replica.SearchPassagesAsync(Query, PassageFilter.None, PageRequest.All, ReadScope.Everything)).Items.First());
        Assert.False(await replica.RefreshAsync());

        await importer.ReplaceGraphAsync(after);
        Assert.True(await replica.RefreshAsync());

        var found = await replica.SearchPassagesAsync(word, PassageFilter.None, PageRequest.All, ReadScope.Everything);
        Assert.Equal(Describe(await new EmbeddedKnowledgeStore(after).SearchPassagesAsync(word, PassageFilter.None, PageRequest.All, ReadScope.Everything)), Describe(found));
        Assert.NotEmpty(found.Items);
    }

    [Fact]
    public async Task A_refresh_builds_the_passage_index_whole_so_a_passage_search_reads_only_its_page()
    {
        var options = RealServer.Options();
        await using var replica = Neo4jKnowledgeStore.Connect(options);
        await using var importer = Neo4jKnowledgeStore.Connect(options);
        await importer.ReplaceGraphAsync(KnowledgeStoreContractTests.FixtureGraph);
        Assert.False(replica.SearchIndexesBuilt);

        Assert.True(await replica.RefreshAsync());
        Assert.True(replica.SearchIndexesBuilt);
        Assert.False(await replica.RefreshAsync());

        var before = replica.RoundTrips;
        var found = await replica.SearchPassagesAsync(Query, PassageFilter.None, PageRequest.All, ReadScope.Everything);
        Assert.NotEmpty(found.Items);
        Assert.Equal(1, replica.RoundTrips - before);
    }

    [Fact]
    public async Task A_store_that_had_built_its_indexes_rebuilds_them_within_its_own_import()
    {
        var options = RealServer.Options();
        await using var store = Neo4jKnowledgeStore.Connect(options);
        var before = KnowledgeStoreContractTests.FixtureGraph;
        await store.ReplaceGraphAsync(before);
        Assert.Null(store.SearchIndexStamp);
        var (after, word) = Edited(before, (await store.SearchPassagesAsync(Query, PassageFilter.None, PageRequest.All, ReadScope.Everything)).Items.First());
        var stamp = store.SearchIndexStamp;

        await store.ReplaceGraphAsync(after);
        Assert.NotEqual(stamp, store.SearchIndexStamp);
        Assert.Equal(await store.GetImportStampAsync(), store.SearchIndexStamp);

        var trips = store.RoundTrips;
        var found = await store.SearchPassagesAsync(word, PassageFilter.None, PageRequest.All, ReadScope.Everything);
        Assert.Equal(1, store.RoundTrips - trips);
        Assert.Equal(Describe(await new EmbeddedKnowledgeStore(after).SearchPassagesAsync(word, PassageFilter.None, PageRequest.All, ReadScope.Everything)), Describe(found));
    }

    /// <summary>
    /// The graph with one word of <paramref name="passage"/>'s sentence (not the query) replaced by a made-up word of the
    /// same length, so every offset stays valid, and the source's content hash updated.
    /// </summary>
    private static (KnowledgeGraph Graph, string Word) Edited(KnowledgeGraph graph, Passage passage)
    {
        var source = graph.Sources.Single(s => s.Id == passage.SourceId);
        var target = passage.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .First(w => w.Length >= 4 && w.All(char.IsLetter) && !w.Contains(Query, StringComparison.Ordinal));
        var at = source.Text.IndexOf(target, passage.Start, StringComparison.Ordinal);
        var word = new string('ث', target.Length - 1) + "ق";
        var text = string.Concat(source.Text.AsSpan(0, at), word, source.Text.AsSpan(at + target.Length));
        var edited = source with { Text = text, ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))) };
        return (graph with { Sources = [.. graph.Sources.Select(s => s.Id == source.Id ? edited : s)] }, word);
    }

    private static List<string> Describe(PassagePage page) =>
        [.. page.Edges.Select(e => $"{e.Cursor} {e.Node.SourceId} {e.Node.Start}-{e.Node.End} {e.Node.Score} {e.Node.Text}")];
}
