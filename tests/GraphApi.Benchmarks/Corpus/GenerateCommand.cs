using System.Diagnostics;
using System.Globalization;

using GraphApi.Testing.Corpus;

namespace GraphApi.Benchmarks.Corpus;

/// <summary><c>generate --articles N --out DIR [--entities N] [--seed S] [--seeds SEEDS_DIR]</c>: writes a synthetic corpus.</summary>
public static class GenerateCommand
{
    public static async Task<int> RunAsync(CommandArguments arguments)
    {
        var articles = arguments.GetInt("articles", 1000);
        var output = arguments.Require("out", "the folder to write the corpus to");
        var seed = arguments.GetInt("seed", 1);
        var entities = arguments.GetInt("entities", 0);
        var summary = await GenerateAsync(arguments.Get("seeds"), output, articles, seed, entities).ConfigureAwait(false);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{summary.Articles} articles ({summary.Bytes / 1048576.0:0.0} MiB, {summary.Mentions} names written, {summary.Claims} claims) in {output}; most frequent entity {summary.TopEntity} ({summary.TopEntityShare:P0} of names)"));
        if (summary.SyntheticEntities > 0)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{summary.SyntheticEntities} synthetic people, each tied to {summary.TopEntity} by a claim"));
        }

        return 0;
    }

    public static async Task<CorpusSummary> GenerateAsync(string? seedsDirectory, string output, int articles, int seed, int entities = 0)
    {
        if (Directory.Exists(Path.Combine(output, "sources")))
        {
            throw new InvalidOperationException($"{output} already holds a corpus; remove it or choose another --out");
        }

        var watch = Stopwatch.StartNew();
        var seeds = await SeedKnowledge.LoadAsync(seedsDirectory).ConfigureAwait(false);
        var summary = await new CorpusGenerator(seeds, seed, entities).WriteAsync(output, articles).ConfigureAwait(false);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generated in {watch.Elapsed.TotalSeconds:0.0} s"));
        return summary;
    }
}
