using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using GraphApi.Benchmarks.Corpus;
using GraphApi.Testing.Corpus;

namespace GraphApi.Benchmarks.Scale;

/// <summary>
/// <c>scale --articles 1000,10000,100000 [--dir /tmp/graphapi-corpus] [--seed 1] [--seeds SEEDS_DIR]</c>: generates
/// (or reuses) a corpus per size, measures each in a fresh child process (<c>scale-one</c>), and prints a markdown table
/// with the linearity ratio cost@largest / cost@smallest and the query latency ratios.
/// </summary>
public static class ScaleCommand
{
    private const string ChildCommand = "scale-one";
    private const string ResultPrefix = "RESULT ";

    public static async Task<int> RunAsync(CommandArguments arguments)
    {
        var sizes = arguments.GetInts("articles", [1000, 10000, 100000]);
        var baseDir = arguments.Get("dir") ?? Path.Combine(Path.GetTempPath(), "graphapi-corpus");
        var seed = arguments.GetInt("seed", 1);
        var seeds = (await SeedKnowledge.LoadAsync(arguments.Get("seeds")).ConfigureAwait(false)).Directory;

        var results = new List<ScaleMeasurement>();
        foreach (var size in sizes)
        {
            var corpus = string.Create(CultureInfo.InvariantCulture, $"{baseDir}-{size}-seed{seed}");
            if (!Directory.Exists(Path.Combine(corpus, "sources")))
            {
                Console.Error.WriteLine($"generating {size} articles into {corpus}");
                await GenerateCommand.GenerateAsync(seeds, corpus, size, seed).ConfigureAwait(false);
            }

            Console.Error.WriteLine($"measuring {corpus}");
            results.Add(await MeasureInChildAsync(corpus, seeds).ConfigureAwait(false));
        }

        Console.WriteLine(Table(results));
        return 0;
    }

    /// <summary>The child side: measures one corpus and prints the result as one JSON line.</summary>
    public static async Task<int> RunChildAsync(CommandArguments arguments)
    {
        var measurement = await ScaleRun.MeasureAsync(arguments.Require("corpus", "corpus folder"), arguments.Require("seeds", "seeds folder")).ConfigureAwait(false);
        Console.WriteLine(ResultPrefix + JsonSerializer.Serialize(measurement));
        return 0;
    }

    private static async Task<ScaleMeasurement> MeasureInChildAsync(string corpus, string seeds)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("cannot locate the running executable");
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ScaleCommand).Assembly.Location);
        }

        foreach (var argument in new[] { ChildCommand, "--corpus", corpus, "--seeds", seeds })
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start) ?? throw new InvalidOperationException("cannot start the measuring process");
        var output = await child.StandardOutput.ReadToEndAsync().ConfigureAwait(false);
        await child.WaitForExitAsync().ConfigureAwait(false);
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith(ResultPrefix, StringComparison.Ordinal));
        if (child.ExitCode != 0 || line is null)
        {
            throw new InvalidOperationException($"measuring {corpus} failed (exit code {child.ExitCode}): {output}");
        }

        return JsonSerializer.Deserialize<ScaleMeasurement>(line[ResultPrefix.Length..]) ?? throw new InvalidOperationException("empty result");
    }

    private static string Table(IReadOnlyList<ScaleMeasurement> results)
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.AppendLine("| articles | mentions | claims | hub mentions | import s | store s | ms/article | heap MiB | peak WS MiB | search p50 µs | search all kinds p50 µs | hub mentions page p50 µs | hub relationships page p50 µs | hub claims page p50 µs |");
        text.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            text.AppendLine(string.Create(inv, $"| {r.Articles} | {r.Mentions} | {r.Claims} | {r.HubMentions} | {r.ImportSeconds:0.00} | {r.StoreSeconds:0.00} | {r.PerArticleMilliseconds:0.000} | {r.HeapBytes / 1048576.0:0} | {r.PeakWorkingSetBytes / 1048576.0:0} | {r.SearchEntities.P50Microseconds:0.0} | {r.SearchAllKinds.P50Microseconds:0.0} | {r.HubMentionsPage.P50Microseconds:0.0} | {r.HubRelationshipsPage.P50Microseconds:0.0} | {r.HubClaimsPage.P50Microseconds:0.0} |"));
        }

        text.AppendLine();
        text.AppendLine("Passage search, first page (10), p50 µs (passages found on that page):");
        text.AppendLine();
        text.AppendLine("| articles | sentences | " + string.Join(" | ", results[0].PassageSearches.Select(p => p.Label)) + " |");
        text.AppendLine("|---:|---:|" + string.Concat(results[0].PassageSearches.Select(_ => "---:|")));
        foreach (var r in results)
        {
            text.AppendLine(string.Create(inv, $"| {r.Articles} | {r.Passages} | ") + string.Join(" | ", r.PassageSearches.Select(p => string.Create(inv, $"{p.Latency.P50Microseconds:0.0} ({p.Found})"))) + " |");
        }

        if (results.Count > 1)
        {
            var first = results[0];
            var last = results[^1];
            text.AppendLine();
            text.AppendLine(string.Create(inv, $"Ratios {last.Articles} / {first.Articles} articles (targets: cost ≤ 1.3, latency ≤ 2):"));
            text.AppendLine(string.Create(inv, $"- per-article import cost: {last.PerArticleMilliseconds / first.PerArticleMilliseconds:0.00}"));
            text.AppendLine(string.Create(inv, $"- search p50: {last.SearchEntities.P50Microseconds / first.SearchEntities.P50Microseconds:0.00}; all kinds: {last.SearchAllKinds.P50Microseconds / first.SearchAllKinds.P50Microseconds:0.00}"));
            text.AppendLine(string.Create(inv, $"- paged hub mentions p50: {last.HubMentionsPage.P50Microseconds / first.HubMentionsPage.P50Microseconds:0.00}; relationships: {last.HubRelationshipsPage.P50Microseconds / first.HubRelationshipsPage.P50Microseconds:0.00}; claims: {last.HubClaimsPage.P50Microseconds / first.HubClaimsPage.P50Microseconds:0.00}"));
            text.AppendLine("- passage search p50: " + string.Join("; ", first.PassageSearches.Zip(last.PassageSearches, (a, b) => string.Create(inv, $"{a.Label} {b.Latency.P50Microseconds / a.Latency.P50Microseconds:0.00}"))));
        }

        return text.ToString();
    }
}
