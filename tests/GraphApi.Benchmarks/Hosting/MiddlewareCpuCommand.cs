using System.Diagnostics;
using System.Globalization;

namespace GraphApi.Benchmarks.Hosting;

/// <summary>
/// <c>middleware-cpu [--requests N] [--rounds R] [--pipelines a,b] [--clients wrk,browser]</c>: what each pipeline of
/// <see cref="MiddlewareBenchmarks"/> costs a <c>{__typename}</c> POST in CPU time (the process's user and system
/// time over N requests sent one after the other through TestServer), in alternating rounds (every pipeline once per
/// round) and reported as the median. CPU time, unlike wall time, hardly moves when other processes share the cores,
/// so the figures compare on a busy machine; BenchmarkDotNet's wall-clock rows need a quiet one.
/// </summary>
public static class MiddlewareCpuCommand
{
    private static readonly string[] AllPipelines =
        ["bare", "origin-log", "cors", "rate-limiter", "timeouts", "compression", "static-files", "shipped", "server"];

    public static async Task<int> RunAsync(CommandArguments arguments)
    {
        var requests = arguments.GetInt("requests", 20_000);
        var rounds = arguments.GetInt("rounds", 5);
        var pipelines = arguments.Get("pipelines")?.Split(',') ?? AllPipelines;
        var clients = arguments.Get("clients")?.Split(',') ?? ["wrk", "browser"];

        var benches = new List<(string Pipeline, string Client, MiddlewareBenchmarks Bench)>();
        foreach (var pipeline in pipelines)
        {
            foreach (var client in clients)
            {
                var bench = new MiddlewareBenchmarks { Pipeline = pipeline, Client = client };
                await bench.Setup().ConfigureAwait(false);
                for (var i = 0; i < 2_000; i++)
                {
                    await bench.TypenamePost().ConfigureAwait(false);
                }

                benches.Add((pipeline, client, bench));
            }
        }

        var samples = benches.ToDictionary(b => (b.Pipeline, b.Client), _ => new List<double>());
        using var process = Process.GetCurrentProcess();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var (pipeline, client, bench) in benches)
            {
                GC.Collect();
                process.Refresh();
                var before = process.TotalProcessorTime;
                for (var i = 0; i < requests; i++)
                {
                    await bench.TypenamePost().ConfigureAwait(false);
                }

                process.Refresh();
                samples[(pipeline, client)].Add((process.TotalProcessorTime - before).TotalMicroseconds / requests);
            }
        }

        Console.WriteLine($"CPU µs per {{__typename}} POST through TestServer, median of {rounds} alternating rounds of {requests} requests");
        Console.WriteLine();
        Console.WriteLine("| pipeline | client | CPU µs/request | over bare |");
        Console.WriteLine("|---|---|---:|---:|");
        foreach (var client in clients)
        {
            var bare = samples.TryGetValue(("bare", client), out var b) ? Samples.Median(b) : double.NaN;
            foreach (var pipeline in pipelines)
            {
                var median = Samples.Median(samples[(pipeline, client)]);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {pipeline} | {client} | {median:0.00} | {median - bare:+0.00;-0.00;0.00} |"));
            }
        }

        foreach (var (_, _, bench) in benches)
        {
            await bench.Cleanup().ConfigureAwait(false);
        }

        return 0;
    }
}
