namespace GraphApi.Benchmarks.Scale;

/// <summary>The figures of one corpus size, measured in a fresh process so that sizes do not share a heap or JIT state.</summary>
public sealed record ScaleMeasurement
{
    public required int Articles { get; init; }

    public required int Mentions { get; init; }

    public required int Claims { get; init; }

    public required int Relationships { get; init; }

    public required string Hub { get; init; }

    public required int HubMentions { get; init; }

    /// <summary>ImportPipeline.ImportCorpusAsync: read, validate, link, compare.</summary>
    public required double ImportSeconds { get; init; }

    /// <summary>EmbeddedKnowledgeStore.ReplaceGraphAsync: building the indexes.</summary>
    public required double StoreSeconds { get; init; }

    /// <summary>Managed heap after a full collection, with the graph loaded in the store.</summary>
    public required long HeapBytes { get; init; }

    /// <summary>Peak working set of the process (VmHWM), which includes the transient garbage of the import.</summary>
    public required long PeakWorkingSetBytes { get; init; }

    public required LatencySummary SearchEntities { get; init; }

    public required LatencySummary SearchAllKinds { get; init; }

    public required LatencySummary HubMentionsPage { get; init; }

    public required LatencySummary HubRelationshipsPage { get; init; }

    public required LatencySummary HubClaimsPage { get; init; }

    /// <summary>Sentences in the passage index.</summary>
    public required int Passages { get; init; }

    /// <summary>The first page (10) of each search of <see cref="PassageQueries"/>, by label, in its order.</summary>
    public required IReadOnlyList<PassageLatency> PassageSearches { get; init; }

    public double PerArticleMilliseconds => (ImportSeconds + StoreSeconds) * 1000 / Articles;
}

/// <summary>The latency of one passage search and how many passages its first page held.</summary>
public sealed record PassageLatency(string Label, string Text, int Found, LatencySummary Latency);

/// <summary>Median and 99th percentile of repeated calls, in microseconds.</summary>
public sealed record LatencySummary(double P50Microseconds, double P99Microseconds);
