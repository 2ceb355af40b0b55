using System.Diagnostics;
using System.Globalization;
using System.Text;
using GraphApi.Benchmarks.Corpus;
using GraphApi.Testing.Corpus;
using GraphApi.Knowledge.Comparison;
using GraphApi.Knowledge.Extraction;
using GraphApi.Knowledge.Import;
using GraphApi.Knowledge.Model;

namespace GraphApi.Benchmarks.Extraction;

/// <summary>
/// <c>extraction --articles 10000 [--rounds 3] [--repeat 3] [--dir /tmp/graphapi-corpus] [--seed 1] [--seeds SEEDS_DIR]</c>: the
/// cost of extraction on a generated corpus (19 articles in 20 have no claims file, so extraction reads them). Imports
/// the corpus with extraction off (the pipeline as it was before extraction) and on, in alternating rounds in one
/// process, and reports the per-article import cost of each and their ratio (target ≤ 1.5), in processor time (what
/// the import costs, whatever else the machine runs) and in wall-clock time; then times the extractor
/// alone over the articles it reads, from the linker's mentions, as µs per article (the fastest of <c>--repeat</c> passes,
/// since other processes only ever add time), with where that time goes.
/// </summary>
public static class ExtractionCommand
{
    public static async Task<int> RunAsync(CommandArguments arguments)
    {
        var size = arguments.GetInt("articles", 10000);
        var rounds = Math.Max(1, arguments.GetInt("rounds", 3));
        var repeat = Math.Max(1, arguments.GetInt("repeat", 3));
        var seed = arguments.GetInt("seed", 1);
        var seeds = await SeedKnowledge.LoadAsync(arguments.Get("seeds")).ConfigureAwait(false);
        var corpus = string.Create(CultureInfo.InvariantCulture, $"{arguments.Get("dir") ?? Path.Combine(Path.GetTempPath(), "graphapi-corpus")}-{size}-seed{seed}");
        if (!Directory.Exists(Path.Combine(corpus, "sources")))
        {
            Console.Error.WriteLine($"generating {size} articles into {corpus}");
            await GenerateCommand.GenerateAsync(seeds.Directory, corpus, size, seed).ConfigureAwait(false);
        }

        var metrics = Path.Combine(corpus, "knowledge", "metrics.yaml");
        if (!File.Exists(metrics))
        {
            // A corpus generated before the generator copied the lexicon.
            File.Copy(seeds.MetricsFile, metrics);
        }

        // Warm-up: both modes on the corpus itself, so every path runs fully optimised code before the clock starts.
        foreach (var extract in new[] { false, true, false, true })
        {
            await ImportAsync(corpus, extract).ConfigureAwait(false);
        }

        var off = new List<(double Wall, double Cpu)>();
        var on = new List<(double Wall, double Cpu)>();
        KnowledgeGraph? withExtraction = null;
        for (var round = 0; round < rounds; round++)
        {
            foreach (var extract in round % 2 == 0 ? new[] { false, true } : [true, false])
            {
                var (wall, cpu, graph) = await ImportAsync(corpus, extract).ConfigureAwait(false);
                (extract ? on : off).Add((wall, cpu));
                if (extract)
                {
                    withExtraction = graph;
                }

                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round + 1}: extraction {(extract ? "on " : "off")} {wall:0.00} s wall, {cpu:0.00} s processor"));
            }
        }

        var (perArticle, articles) = TimeExtractor(withExtraction!, metrics, repeat);
        var (compareMs, compareMb) = TimeComparison(withExtraction!, repeat);
        var articleCount = withExtraction!.Sources.Count;
        var (offWall, offCpu) = (Samples.Median([.. off.Select(m => m.Wall)]), Samples.Median([.. off.Select(m => m.Cpu)]));
        var (onWall, onCpu) = (Samples.Median([.. on.Select(m => m.Wall)]), Samples.Median([.. on.Select(m => m.Cpu)]));
        var report = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        report.AppendLine(string.Create(inv, $"Corpus: {articleCount} generated articles ({corpus}), {articles} without a claims file; {rounds} alternating rounds, medians."));
        report.AppendLine();
        report.AppendLine("| import | processor ms/article | wall ms/article |");
        report.AppendLine("|---|---:|---:|");
        report.AppendLine(string.Create(inv, $"| extraction off (the pipeline before extraction) | {offCpu * 1000 / articleCount:0.000} | {offWall * 1000 / articleCount:0.000} |"));
        report.AppendLine(string.Create(inv, $"| extraction on | {onCpu * 1000 / articleCount:0.000} | {onWall * 1000 / articleCount:0.000} |"));
        report.AppendLine();
        report.AppendLine(string.Create(inv, $"Per-article import cost, on / off: {onCpu / offCpu:0.00} in processor time, {onWall / offWall:0.00} in wall-clock time (target ≤ 1.5)."));
        var extracted = withExtraction.Claims.Where(c => !c.Reviewed).ToList();
        report.AppendLine(string.Create(inv, $"Extractor alone: {perArticle:0.0} µs per article read; it found {extracted.Count(c => c.Kind == ClaimKind.Quantity)} figures, {extracted.Count(c => c.Kind == ClaimKind.Statement)} statements and {withExtraction.Candidates.Count} candidates."));
        report.AppendLine(string.Create(inv, $"Comparison: {withExtraction.Conflicts.Count} conflicts and {withExtraction.Corroborations.Count} corroborations with extraction on; comparing the claims alone takes {compareMs:0} ms and allocates {compareMb:0} MB."));
        Console.WriteLine(report.ToString());
        return 0;
    }

    private static async Task<(double Wall, double Cpu, KnowledgeGraph Graph)> ImportAsync(string corpus, bool extract)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var (allocated, paused) = (GC.GetTotalAllocatedBytes(precise: true), GC.GetTotalPauseDuration());
        var watch = Stopwatch.StartNew();
        var outcome = await new ImportPipeline(new ImportOptions { Extract = extract }).ImportCorpusAsync(corpus).ConfigureAwait(false);
        var wall = watch.Elapsed.TotalSeconds;
        var used = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6:0} MB, GC pauses {(GC.GetTotalPauseDuration() - paused).TotalSeconds:0.00} s"));
        return (wall, used, outcome.Graph ?? throw new InvalidOperationException($"{corpus} does not import: {outcome.Errors[0]}"));
    }

    /// <summary>The claim comparison alone over the graph's claims (single-threaded; the fastest of <paramref name="repeat"/> passes, and what one pass allocates).</summary>
    private static (double Milliseconds, double Megabytes) TimeComparison(KnowledgeGraph graph, int repeat)
    {
        var claims = graph.Claims;
        ClaimComparer.Compare(claims);
        var (fastest, allocated) = (double.MaxValue, 0.0);
        for (var pass = 0; pass < repeat; pass++)
        {
            GC.Collect();
            var before = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            var comparison = ClaimComparer.Compare(claims);
            fastest = Math.Min(fastest, watch.Elapsed.TotalMilliseconds);
            allocated = (GC.GetAllocatedBytesForCurrentThread() - before) / 1e6;
            GC.KeepAlive(comparison);
        }

        return (fastest, allocated);
    }

    /// <summary>The extractor over every article it reads, given the body and mentions the import computed; single-threaded, µs per article.</summary>
    private static (double MicrosecondsPerArticle, int Articles) TimeExtractor(KnowledgeGraph graph, string metricsPath, int repeat)
    {
        var errors = new List<ImportError>();
        var lexicon = MetricsFileReader.Read(File.ReadAllText(metricsPath), metricsPath, errors);
        var extractor = new ArticleExtractor(lexicon, graph.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal));
        var curated = graph.Claims.Where(c => c.Reviewed).Select(c => c.SourceId).ToHashSet(StringComparer.Ordinal);
        var mentions = graph.Mentions.ToLookup(m => m.SourceId, StringComparer.Ordinal);
        var inputs = graph.Sources.Where(s => !curated.Contains(s.Id))
            .Select(s => new ExtractionInput(s.FileName, s.Text, s.ContentHash, s.Body, [.. mentions[s.Id]], s.Published, s.Id, graph.Run.Id))
            .ToList();
        foreach (var input in inputs.Take(200))
        {
            extractor.Extract(input);
        }

        var total = double.MaxValue;
        for (var pass = 0; pass < repeat; pass++)
        {
            var watch = Stopwatch.StartNew();
            foreach (var input in inputs)
            {
                extractor.Extract(input);
            }

            total = Math.Min(total, watch.Elapsed.TotalMicroseconds / inputs.Count);
        }

        Console.Error.WriteLine(Breakdown(inputs, lexicon, graph.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal)));
        return (total, inputs.Count);
    }

    /// <summary>Where the extractor's time goes: reading the words, reported speech, figures, candidates (µs per article).</summary>
    private static string Breakdown(List<ExtractionInput> inputs, MetricLexicon lexicon, Dictionary<string, Entity> entities)
    {
        var figures = new FigureExtractor(lexicon);
        var readings = new WordReadings(figures);
        double words = 0, speech = 0, numbers = 0, names = 0;
        foreach (var input in inputs)
        {
            var start = Stopwatch.GetTimestamp();
            using var text = new ArticleText(input.Text, input.Body, input.Mentions, entities, readings);
            var read = Stopwatch.GetTimestamp();
            new ReportedSpeechReader(text).Read();
            var spoken = Stopwatch.GetTimestamp();
            figures.Extract(text, 2020);
            var counted = Stopwatch.GetTimestamp();
            new CandidateExtractor(text, input.FileName).Extract();
            var named = Stopwatch.GetTimestamp();
            words += Stopwatch.GetElapsedTime(start, read).TotalMicroseconds;
            speech += Stopwatch.GetElapsedTime(read, spoken).TotalMicroseconds;
            numbers += Stopwatch.GetElapsedTime(spoken, counted).TotalMicroseconds;
            names += Stopwatch.GetElapsedTime(counted, named).TotalMicroseconds;
        }

        var n = inputs.Count;
        return string.Create(CultureInfo.InvariantCulture, $"µs per article: words {words / n:0.0}, reported speech {speech / n:0.0}, figures {numbers / n:0.0}, candidates {names / n:0.0}");
    }
}
