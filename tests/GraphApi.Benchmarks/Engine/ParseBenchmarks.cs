using BenchmarkDotNet.Attributes;
using GraphApi.GraphQL.Language;

namespace GraphApi.Benchmarks.Engine;

/// <summary>Lexing and parsing a document (spec §2).</summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private string text = string.Empty;

    [Params(QueryCase.Typename, QueryCase.SmallNested, QueryCase.Introspection)]
    public QueryCase Query { get; set; }

    [GlobalSetup]
    public void Setup() => text = Query.Text();

    [Benchmark]
    public DocumentNode Parse() => Parser.Parse(text);
}
