namespace GraphApi.Benchmarks.Engine;

/// <summary>The query a benchmark runs, named for the BenchmarkDotNet parameter column.</summary>
public enum QueryCase
{
    Typename,
    SmallNested,
    Introspection,
}

public static class QueryCases
{
    public static string Text(this QueryCase query) => query switch
    {
        QueryCase.Typename => BenchmarkQueries.Typename,
        QueryCase.SmallNested => BenchmarkQueries.SmallNested,
        QueryCase.Introspection => BenchmarkQueries.Introspection,
        _ => throw new ArgumentOutOfRangeException(nameof(query), query, "unknown query case"),
    };
}
