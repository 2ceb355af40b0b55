using System.Diagnostics;
using System.Globalization;
using System.Text;
using GraphApi.Benchmarks.Corpus;
using GraphApi.Testing.Corpus;
using GraphApi.Benchmarks.Scale;
using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Neo4j;
using GraphApi.Knowledge.Stores;

namespace GraphApi.Benchmarks.Neo4j;

/// <summary>
/// <c>neo4j-search --partitions scale-1000,scale-10000 [--rounds 4] [--iterations 50] [--seeds SEEDS]</c> (NEO4J_* from
/// the environment; the partitions <c>scripts/bench/neo4j-scale.sh</c> writes): search on the Neo4j store at each
/// corpus size. Times the first call (reading entities, claims and sources from Neo4j and building the in-process
/// index), then the p50 of entity search, search over every kind and the scale run's passage searches (first page of
/// 10), interleaving the partitions round by round; prints the ratio largest / smallest partition.
/// </summary>
public static class Neo4jSearchCommand
{
    public static async Task<int> RunAsync(CommandArguments arguments)
    {
        var partitions = arguments.Require("partitions", "comma-separated Neo4j partitions, smallest first").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var rounds = arguments.GetInt("rounds", 4);
        var iterations = arguments.GetInt("iterations", 50);
        var seeds = await SeedKnowledge.LoadAsync(arguments.Get("seeds")).ConfigureAwait(false);
        var targets = new List<Target>();
        foreach (var partition in partitions)
        {
            var store = Neo4jKnowledgeStore.Connect(Neo4jStoreOptions.FromEnvironment() with { Partition = partition });
            var health = await store.GetHealthAsync().ConfigureAwait(false);
            if (!health.Ready)
            {
                throw new InvalidOperationException($"partition {partition} holds no imported graph ({health.Detail}); import it with scripts/bench/neo4j-scale.sh");
            }

            var watch = Stopwatch.StartNew();
            await store.SearchAsync("x", [NodeKind.Claim], 1, ReadScope.Everything).ConfigureAwait(false); // builds the name and the document indexes
            var build = watch.Elapsed.TotalSeconds;
            var hub = (await store.ListEntitiesAsync(EntityFilter.None, EntityOrder.MentionCount, PageRequest.FirstN(1), ReadScope.Everything).ConfigureAwait(false)).Items.Single();
            var name = hub.NameAr ?? hub.Name;
            var operations = new List<(string Label, Func<Task<int>> Run)>
            {
                ("entity search", async () => (await store.SearchAsync(name, null, 10, ReadScope.Everything).ConfigureAwait(false)).Count),
                ("search every kind", async () => (await store.SearchAsync(name, [NodeKind.Person, NodeKind.Institution, NodeKind.Event, NodeKind.Place, NodeKind.Program, NodeKind.Claim, NodeKind.Source], 10, ReadScope.Everything).ConfigureAwait(false)).Count),
            };
            operations.AddRange(PassageQueries.For(seeds, hub).Select(q => ("passages: " + q.Label, (Func<Task<int>>)(async () =>
                (await store.SearchPassagesAsync(q.Text, PassageFilter.None, PageRequest.FirstN(10), ReadScope.Everything).ConfigureAwait(false)).Edges.Count))));
            targets.Add(new Target(partition, health.Sources, build, store, operations, [.. operations.Select(_ => new List<double>())]));
        }

        for (var round = 0; round <= rounds; round++)
        {
            foreach (var target in targets)
            {
                for (var op = 0; op < target.Operations.Count; op++)
                {
                    for (var i = 0; i < iterations; i++)
                    {
                        var start = Stopwatch.GetTimestamp();
                        await target.Operations[op].Run().ConfigureAwait(false);
                        if (round > 0)
                        {
                            target.Samples[op].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                        }
                    }
                }
            }
        }

        Console.WriteLine(Table(targets));
        foreach (var target in targets)
        {
            await target.Store.DisposeAsync().ConfigureAwait(false);
        }

        return 0;
    }

    private static string Table(List<Target> targets)
    {
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder("Search on the Neo4j store, p50 ms (first call: read from Neo4j and build the index):\n\n");
        text.AppendLine("| partition | articles | first call s | " + string.Join(" | ", targets[0].Operations.Select(o => o.Label)) + " |");
        text.AppendLine("|---|---:|---:|" + string.Concat(targets[0].Operations.Select(_ => "---:|")));
        foreach (var t in targets)
        {
            text.AppendLine(string.Create(inv, $"| {t.Partition} | {t.Articles} | {t.BuildSeconds:0.0} | ") + string.Join(" | ", t.Samples.Select(s => Median(s).ToString("0.000", inv))) + " |");
        }

        if (targets.Count > 1)
        {
            var (first, last) = (targets[0], targets[^1]);
            text.AppendLine();
            text.AppendLine(string.Create(inv, $"p50 ratio {last.Articles} / {first.Articles} articles (target ≤ 2): ")
                + string.Join("; ", first.Operations.Select((o, i) => string.Create(inv, $"{o.Label} {Median(last.Samples[i]) / Median(first.Samples[i]):0.00}"))));
        }

        return text.ToString();
    }

    private static double Median(List<double> samples)
    {
        var sorted = samples.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private sealed record Target(string Partition, int Articles, double BuildSeconds, Neo4jKnowledgeStore Store, List<(string Label, Func<Task<int>> Run)> Operations, List<double>[] Samples);
}
