using BenchmarkDotNet.Running;
using GraphApi.Benchmarks;
using GraphApi.Benchmarks.Corpus;
using GraphApi.Benchmarks.Engines;
using GraphApi.Benchmarks.Explorer;
using GraphApi.Benchmarks.Extraction;
using GraphApi.Benchmarks.Hosting;
using GraphApi.Benchmarks.Neo4j;
using GraphApi.Benchmarks.Peers;
using GraphApi.Benchmarks.Raw;
using GraphApi.Benchmarks.Scale;
using GraphApi.Benchmarks.Sdl;

return args.FirstOrDefault() switch
{
    "generate" => await GenerateCommand.RunAsync(CommandArguments.Parse(args[1..])),
    "scale" => await ScaleCommand.RunAsync(CommandArguments.Parse(args[1..])),
    "scale-one" => await ScaleCommand.RunChildAsync(CommandArguments.Parse(args[1..])),
    "sdl" => await SdlCommand.RunAsync(CommandArguments.Parse(args[1..])),
    "raw" => await RawEndpointCommand.RunAsync(CommandArguments.Parse(args[1..])),
    "graphql-net" => await GraphQLNetPeerCommand.RunAsync(CommandArguments.Parse(args[1..])),
    "explorer" => await ExplorerBenchmarkCommand.RunAsync(CommandArguments.Parse(args[1..])),
    "neo4j-latency" => await Neo4jLatencyCommand.RunAsync(CommandArguments.Parse(args[1..])),
    "extraction" => await ExtractionCommand.RunAsync(CommandArguments.Parse(args[1..])),
    "neo4j-search" => await Neo4jSearchCommand.RunAsync(CommandArguments.Parse(args[1..])),
    "search-engines" => await EngineComparisonCommand.RunAsync(CommandArguments.Parse(args[1..])),
    "middleware-cpu" => await MiddlewareCpuCommand.RunAsync(CommandArguments.Parse(args[1..])),
    _ => RunBenchmarks(args),
};

static int RunBenchmarks(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(CommandArguments).Assembly).Run(args);
    return 0;
}
