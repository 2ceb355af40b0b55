using System.Diagnostics;
using GraphApi.Testing.Corpus;
using GraphApi.Knowledge.Import;
using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Stores;
using GraphApi.Knowledge.Stores.Embedded;

namespace GraphApi.Benchmarks.Scale;

/// <summary>
/// Imports one corpus into the embedded store and times store queries on it. Runs inside the child process the
/// scale command starts for each size; the seeds are imported first so the JIT is warm before the clock starts.
/// </summary>
public static class ScaleRun
{
    private const int Repetitions = 300;

    public static async Task<ScaleMeasurement> MeasureAsync(string corpus, string seeds, CancellationToken cancellationToken = default)
    {
        var warmup = await new ImportPipeline().ImportCorpusAsync(seeds, cancellationToken).ConfigureAwait(false);
        await new EmbeddedKnowledgeStore().ReplaceGraphAsync(warmup.Graph ?? throw new InvalidOperationException("the seeds do not import"), cancellationToken).ConfigureAwait(false);
        warmup = null;
        GC.Collect();

        var watch = Stopwatch.StartNew();
        var outcome = await new ImportPipeline().ImportCorpusAsync(corpus, cancellationToken).ConfigureAwait(false);
        var importSeconds = watch.Elapsed.TotalSeconds;
        var graph = outcome.Graph ?? throw new InvalidOperationException(
            $"{corpus} does not import ({outcome.Errors.Count} errors), first: {outcome.Errors[0]}");

        watch.Restart();
        var store = new EmbeddedKnowledgeStore();
        await store.ReplaceGraphAsync(graph, cancellationToken).ConfigureAwait(false);
        var storeSeconds = watch.Elapsed.TotalSeconds;

        var hub = graph.Mentions.GroupBy(m => m.EntityId, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First();
        var hubEntity = graph.Entities.First(e => e.Id == hub.Key);
        var searchText = hubEntity.NameAr ?? hubEntity.Name;
        var passageSearches = new List<PassageLatency>();
        foreach (var (label, text) in PassageQueries.For(await SeedKnowledge.LoadAsync(seeds, cancellationToken).ConfigureAwait(false), hubEntity))
        {
            var found = (await store.SearchPassagesAsync(text, PassageFilter.None, PageRequest.FirstN(10), ReadScope.Everything, cancellationToken).ConfigureAwait(false)).Edges.Count;
            var latency = await TimeAsync(() => store.SearchPassagesAsync(text, PassageFilter.None, PageRequest.FirstN(10), ReadScope.Everything, cancellationToken)).ConfigureAwait(false);
            passageSearches.Add(new PassageLatency(label, text, found, latency));
        }

        var heap = GC.GetTotalMemory(forceFullCollection: true);
        var measurement = new ScaleMeasurement
        {
            Articles = graph.Sources.Count,
            Mentions = graph.Mentions.Count,
            Claims = graph.Claims.Count,
            Relationships = graph.Relationships.Count,
            Hub = hub.Key,
            HubMentions = hub.Count(),
            ImportSeconds = importSeconds,
            StoreSeconds = storeSeconds,
            HeapBytes = heap,
            PeakWorkingSetBytes = Process.GetCurrentProcess().PeakWorkingSet64,
            SearchEntities = await TimeAsync(() => store.SearchAsync(searchText, null, 10, ReadScope.Everything, cancellationToken)).ConfigureAwait(false),
            SearchAllKinds = await TimeAsync(() => store.SearchAsync(searchText, [NodeKind.Person, NodeKind.Institution, NodeKind.Place, NodeKind.Event, NodeKind.Program, NodeKind.Claim, NodeKind.Source], 10, ReadScope.Everything, cancellationToken)).ConfigureAwait(false),
            HubMentionsPage = await TimeAsync(() => store.GetMentionsByEntityAsync([hub.Key], PageRequest.FirstN(10), ReadScope.Everything, cancellationToken)).ConfigureAwait(false),
            HubRelationshipsPage = await TimeAsync(() => store.GetRelationshipsAsync([hub.Key], null, RelationshipDirection.Both, PageRequest.FirstN(10), ReadScope.Everything, cancellationToken)).ConfigureAwait(false),
            HubClaimsPage = await TimeAsync(() => store.GetClaimsForEntitiesAsync([hub.Key], ClaimRole.Any, PageRequest.FirstN(10), ReadScope.Everything, cancellationToken)).ConfigureAwait(false),
            Passages = CountSentences(graph),
            PassageSearches = passageSearches,
        };
        GC.KeepAlive(store);
        return measurement;
    }

    /// <summary>The sentences of every body: what the passage index holds (less the few without a word).</summary>
    private static int CountSentences(KnowledgeGraph graph) =>
        graph.Sources.Sum(s => s.Body.Sum(b => Knowledge.Text.SentenceLocator.Sentences(s.Text, b).Count()));

    private static async Task<LatencySummary> TimeAsync<T>(Func<Task<T>> query)
    {
        for (var i = 0; i < 20; i++)
        {
            await query().ConfigureAwait(false);
        }

        var samples = new double[Repetitions];
        for (var i = 0; i < Repetitions; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await query().ConfigureAwait(false);
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }

        Array.Sort(samples);
        return new LatencySummary(samples[Repetitions / 2], samples[(int)(Repetitions * 0.99)]);
    }
}
