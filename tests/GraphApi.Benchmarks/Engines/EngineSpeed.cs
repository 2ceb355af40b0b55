using System.Diagnostics;
using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Search;
using GraphApi.Knowledge.Stores;

namespace GraphApi.Benchmarks.Engines;

/// <summary>
/// Speed of both passage engines on one corpus: build time, then the first page (10) of each passage search, our
/// search step (<see cref="KnowledgeSearch.FindPassages"/>: positions, no text) against Lucene's search (positions
/// through doc values), interleaved query by query in rounds so both see the same machine.
/// </summary>
internal static class EngineSpeed
{
    public static EngineSpeedResult Measure(KnowledgeGraph graph, IReadOnlyList<(string Label, string Text)> queries, int rounds, int iterations)
    {
        var watch = Stopwatch.StartNew();
        var ours = KnowledgeSearch.For(graph);
        var oursBuild = watch.Elapsed.TotalSeconds;

        var folder = Path.Combine(Path.GetTempPath(), "graphapi-lucene-" + Guid.NewGuid().ToString("N"));
        try
        {
            watch.Restart();
            using var lucene = new LucenePassageEngine(graph.Sources, folder);
            var luceneBuild = watch.Elapsed.TotalSeconds;
            var luceneBytes = new DirectoryInfo(folder).EnumerateFiles().Sum(f => f.Length);

            var samples = queries.ToDictionary(q => q.Label, _ => (Ours: new List<double>(), Lucene: new List<double>(), OursFound: 0, LuceneFound: 0), StringComparer.Ordinal);
            for (var round = 0; round <= rounds; round++)
            {
                foreach (var (label, text) in queries)
                {
                    var s = samples[label];
                    for (var i = 0; i < iterations; i++)
                    {
                        var start = Stopwatch.GetTimestamp();
                        var found = ours.FindPassages(text, PassageFilter.None, PageRequest.FirstN(10)).Matches.Count;
                        var elapsed = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
                        if (round > 0)
                        {
                            s.Ours.Add(elapsed);
                        }

                        s.OursFound = found;
                    }

                    for (var i = 0; i < iterations; i++)
                    {
                        var start = Stopwatch.GetTimestamp();
                        var found = lucene.Search(text, 10).Count;
                        var elapsed = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
                        if (round > 0)
                        {
                            s.Lucene.Add(elapsed);
                        }

                        s.LuceneFound = found;
                    }

                    samples[label] = s;
                }
            }

            return new EngineSpeedResult(
                graph.Sources.Count,
                ours.PassageCount,
                oursBuild,
                luceneBuild,
                luceneBytes,
                [.. queries.Select(q => new EngineQueryLatency(q.Label, Median(samples[q.Label].Ours), samples[q.Label].OursFound, Median(samples[q.Label].Lucene), samples[q.Label].LuceneFound))]);
        }
        finally
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
    }

    private static double Median(List<double> samples)
    {
        samples.Sort();
        return samples[samples.Count / 2];
    }
}

/// <summary>One corpus: its size, both build times, Lucene's index size and each query's p50 on both engines.</summary>
internal sealed record EngineSpeedResult(int Articles, int Sentences, double OursBuildSeconds, double LuceneBuildSeconds, long LuceneIndexBytes, IReadOnlyList<EngineQueryLatency> Queries);

/// <summary>The p50 of one passage search on both engines, in microseconds, and how many passages each found (at most 10).</summary>
internal sealed record EngineQueryLatency(string Label, double OursP50, int OursFound, double LuceneP50, int LuceneFound);
