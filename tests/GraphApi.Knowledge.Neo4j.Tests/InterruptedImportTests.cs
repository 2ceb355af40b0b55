using System.Diagnostics;
using GraphApi.Knowledge.Export;
using System.Text.Json;
using GraphApi.Knowledge.Import;
using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Stores;
using GraphApi.Testing;
using Xunit.Abstractions;

namespace GraphApi.Knowledge.Neo4j.Tests;

/// <summary>
/// Issue 7, an import killed at a random point on Neo4j: the importer CLI (<c>--neo4j</c>) is killed after a seeded
/// random delay, re-run, and the canonical dump of what Neo4j then holds must equal the seeds' own. The importer is
/// the real process writing over Bolt, so the kill lands between or inside its per-source transactions.
/// </summary>
public sealed class InterruptedImportTests(ITestOutputHelper output)
{
    [Fact]
    public async Task An_import_killed_at_a_random_point_then_rerun_leaves_exactly_the_corpus_graph()
    {
        var options = RealServer.Options();
        var expected = CanonicalDump.Write(
            (await new ImportPipeline().ImportCorpusAsync(Path.Combine(Repository.Root, "seeds"))).GraphOrThrow());
        await using var store = Neo4jKnowledgeStore.Connect(options);

        var clock = Stopwatch.StartNew();
        Assert.Equal(0, await RunImporterAsync(options.Partition, killAfter: null));
        var whole = clock.Elapsed;

        // Kills spread over the second half of a whole run (the first half is process start and validation).
        var random = new Random(20261122);
        for (var attempt = 0; attempt < 4; attempt++)
        {
            await store.ReplaceGraphAsync(KnowledgeGraph.Empty);
            var delay = whole * (0.45 + (0.5 * random.NextDouble()));
            var killed = await RunImporterAsync(options.Partition, delay);
            var health = await store.GetHealthAsync();
            output.WriteLine($"attempt {attempt}: killed after {delay.TotalMilliseconds:0} ms of a {whole.TotalMilliseconds:0} ms run (exit {killed}); Neo4j then held {health.Entities} entities, {health.Sources} sources, {health.Claims} claims");

            Assert.Equal(0, await RunImporterAsync(options.Partition, killAfter: null));
            Assert.Equal(expected, await CanonicalDump.WriteAsync(store));
        }
    }

    /// <summary>
    /// The same at every point a write can fail: for each write transaction k of an import, the k-th fails midway
    /// (half its statements sent, then a server error, so the server rolls it back). Every source then holds either its
    /// complete previous content or its complete new content, never a mix; and the next import leaves exactly the corpus.
    /// One source per transaction here, and every source differs from the previous graph, so every one is written.
    /// </summary>
    [Fact]
    public async Task A_write_failing_at_any_transaction_leaves_whole_sources_and_the_rerun_completes()
    {
        var options = RealServer.Options() with { WriteBatchSize = 1 };
        var seeds = (await new ImportPipeline().ImportCorpusAsync(Path.Combine(Repository.Root, "seeds"))).GraphOrThrow();
        var removed = "source/002_dd3754d337638b4a";
        var reworded = "source/003_ac3f4d661c3c58c8";
        var previous = seeds with
        {
            Sources = [.. seeds.Sources.Where(s => s.Id != removed).Select(s => s with { Title = "previous title: " + s.Title })],
            Mentions = [.. seeds.Mentions.Where(m => m.SourceId != removed)],
            Claims = [.. seeds.Claims.Where(c => c.SourceId != removed).Select(c => c.SourceId == reworded ? c with { Text = "previous wording: " + c.Text } : c)],
        };

        await using var healthy = Neo4jKnowledgeStore.Connect(options);
        await healthy.ReplaceGraphAsync(previous);
        var counting = new FailingCypherRunner(healthy.Runner, failAt: 0);
        await new Neo4jKnowledgeStore(counting, options).ReplaceGraphAsync(seeds);
        var transactions = counting.Writes;
        Assert.True(transactions > seeds.Sources.Count, $"an import of five sources took {transactions} write transactions");

        for (var failAt = 1; failAt <= transactions; failAt++)
        {
            await healthy.ReplaceGraphAsync(previous);
            var failing = new Neo4jKnowledgeStore(new FailingCypherRunner(healthy.Runner, failAt), options);
            await Assert.ThrowsAsync<GraphApi.Bolt.Neo4jException>(() => failing.ReplaceGraphAsync(seeds));

            foreach (var source in seeds.Sources)
            {
                var stored = await SourceContentAsync(healthy, source.Id);
                Assert.True(
                    stored == Content(seeds, source.Id) || stored == Content(previous, source.Id),
                    $"write {failAt} of {transactions} failed and left {source.Id} half-written");
            }

            await healthy.ReplaceGraphAsync(seeds);
            Assert.Equal(CanonicalDump.Write(seeds), await CanonicalDump.WriteAsync(healthy));
        }

        output.WriteLine($"failed each of the {transactions} write transactions in turn; no half-written source, every re-run complete");
    }

    private static string Content(KnowledgeGraph graph, string sourceId) => JsonSerializer.Serialize(new
    {
        source = graph.Sources.Where(s => s.Id == sourceId).Select(s => s.Id + "|" + s.Title),
        mentions = graph.Mentions.Where(m => m.SourceId == sourceId).Select(m => m.Id).Order(StringComparer.Ordinal),
        claims = graph.Claims.Where(c => c.SourceId == sourceId).OrderBy(c => c.Id, StringComparer.Ordinal).Select(c => c.Id + "|" + c.Text),
    });

    private static async Task<string> SourceContentAsync(Neo4jKnowledgeStore store, string sourceId)
    {
        var source = (await store.GetNodesAsync([sourceId], ReadScope.Everything))[0];
        var mentions = (await store.GetMentionsBySourceAsync([sourceId], PageRequest.All, ReadScope.Everything))[sourceId].Items;
        var claims = (await store.ListClaimsAsync(new ClaimFilter(SourceId: sourceId), ClaimOrder.Id, PageRequest.All, ReadScope.Everything)).Items;
        return Content(
            KnowledgeGraph.Empty with
            {
                Sources = source is Source s ? [s] : [],
                Mentions = [.. mentions],
                Claims = [.. claims],
            },
            sourceId);
    }

    private static async Task<int> RunImporterAsync(string partition, TimeSpan? killAfter)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { ImporterPath(), Path.Combine(Repository.Root, "seeds"), "--neo4j" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NEO4J_PARTITION"] = partition;

        // A killed importer cannot release the import lock; a short lease lets the next import take it over soon.
        start.Environment["NEO4J_IMPORT_LOCK_LEASE"] = "00:00:03";
        using var process = Process.Start(start)!;
        var drain = Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        if (killAfter is { } delay)
        {
            await Task.Delay(delay);
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        await process.WaitForExitAsync(bound.Token);
        var streams = await drain;
        return killAfter is null && process.ExitCode != 0
            ? throw new Xunit.Sdk.XunitException($"the importer failed with exit {process.ExitCode}:\n{streams[0]}\n{streams[1]}")
            : process.ExitCode;
    }

    /// <summary>The importer built in the same configuration as this test assembly (the solution build builds both).</summary>
    private static string ImporterPath()
    {
        var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = framework.Parent!.Name;
        var path = Path.Combine(Repository.Root, "src", "GraphApi.Importer", "bin", configuration, framework.Name, "GraphApi.Importer.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build the importer ({configuration}) first: {path} is missing.", path);
    }
}
