using System.Globalization;
using System.Text;
using GraphApi.Benchmarks.Corpus;
using GraphApi.Benchmarks.Scale;
using GraphApi.Knowledge.Import;
using GraphApi.Testing.Corpus;

namespace GraphApi.Benchmarks.Engines;

/// <summary>
/// <c>search-engines [--articles 1000,100000] [--dir /tmp/graphapi-corpus] [--seed 1] [--rounds 3] [--iterations 100] [--seeds SEEDS] [--details]</c>:
/// weighs Lucene.Net 4.8 with its ArabicAnalyzer against our own indexes (issue 14). Relevance on the seeds over the
/// named sets of tests/search/, then, for each corpus size (generated or reused as the scale command does), build
/// time and the p50 of the scale run's passage searches on both engines, with the ratio largest / smallest size.
/// <c>--details</c> lists every failure of either engine; <c>--articles 0</c> measures relevance only.
/// </summary>
public static class EngineComparisonCommand
{
    public static async Task<int> RunAsync(CommandArguments arguments)
    {
        var sizes = arguments.GetInts("articles", [1000, 100000]);
        var baseDir = arguments.Get("dir") ?? Path.Combine(Path.GetTempPath(), "graphapi-corpus");
        var seed = arguments.GetInt("seed", 1);
        var rounds = arguments.GetInt("rounds", 3);
        var iterations = arguments.GetInt("iterations", 100);
        var seeds = await SeedKnowledge.LoadAsync(arguments.Get("seeds")).ConfigureAwait(false);
        var seedGraph = (await new ImportPipeline().ImportCorpusAsync(seeds.Directory).ConfigureAwait(false)).GraphOrThrow();

        Console.WriteLine(EngineRelevance.Measure(seedGraph, details: arguments.Get("details") is not null));

        var results = new List<EngineSpeedResult>();
        foreach (var size in sizes.Where(s => s > 0))
        {
            var corpus = string.Create(CultureInfo.InvariantCulture, $"{baseDir}-{size}-seed{seed}");
            if (!Directory.Exists(Path.Combine(corpus, "sources")))
            {
                Console.Error.WriteLine($"generating {size} articles into {corpus}");
                await GenerateCommand.GenerateAsync(seeds.Directory, corpus, size, seed).ConfigureAwait(false);
            }

            Console.Error.WriteLine($"measuring {corpus}");
            var graph = (await new ImportPipeline().ImportCorpusAsync(corpus).ConfigureAwait(false)).GraphOrThrow();
            var hub = graph.Mentions.GroupBy(m => m.EntityId, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
            var queries = PassageQueries.For(seeds, graph.Entities.First(e => e.Id == hub));
            results.Add(EngineSpeed.Measure(graph, queries, rounds, iterations));
            graph = null;
            GC.Collect();
        }

        if (results.Count > 0)
        {
            Console.WriteLine(Table(results));
        }

        return 0;
    }

    private static string Table(IReadOnlyList<EngineSpeedResult> results)
    {
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder("Passage search, first page (10), p50 µs, ours / Lucene (passages found):\n\n");
        text.AppendLine("| articles | sentences | build s ours / Lucene | Lucene index MiB | " + string.Join(" | ", results[0].Queries.Select(q => q.Label)) + " |");
        text.AppendLine("|---:|---:|---:|---:|" + string.Concat(results[0].Queries.Select(_ => "---:|")));
        foreach (var r in results)
        {
            text.AppendLine(string.Create(inv, $"| {r.Articles} | {r.Sentences} | {r.OursBuildSeconds:0.0} / {r.LuceneBuildSeconds:0.0} | {r.LuceneIndexBytes / 1048576.0:0} | ")
                + string.Join(" | ", r.Queries.Select(q => string.Create(inv, $"{q.OursP50:0} ({q.OursFound}) / {q.LuceneP50:0} ({q.LuceneFound})"))) + " |");
        }

        if (results.Count > 1)
        {
            var (first, last) = (results[0], results[^1]);
            text.AppendLine();
            text.AppendLine(string.Create(inv, $"p50 ratio {last.Articles} / {first.Articles} articles (target ≤ 2), ours / Lucene:"));
            foreach (var (a, b) in first.Queries.Zip(last.Queries))
            {
                text.AppendLine(string.Create(inv, $"- {a.Label}: {b.OursP50 / a.OursP50:0.00} / {b.LuceneP50 / a.LuceneP50:0.00}"));
            }
        }

        return text.ToString();
    }
}
