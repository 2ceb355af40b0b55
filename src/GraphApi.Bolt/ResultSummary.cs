namespace GraphApi.Bolt;

/// <summary>The final SUCCESS metadata of a result: bookmark (auto-commit), query type, database, timings.</summary>
public sealed class ResultSummary
{
    internal ResultSummary(string query, IReadOnlyDictionary<string, object?> metadata)
    {
        Query = query;
        Metadata = metadata;
    }

    public string Query { get; }

    public IReadOnlyDictionary<string, object?> Metadata { get; }

    public string? Bookmark => Metadata.TryGetValue("bookmark", out var b) ? b as string : null;

    /// <summary>
    /// Update counters from the summary's "stats" map (for example "nodes-created", "properties-set");
    /// empty for read-only queries, where the server sends none.
    /// </summary>
    public IReadOnlyDictionary<string, long> Counters =>
        Metadata.TryGetValue("stats", out var stats) && stats is IReadOnlyDictionary<string, object?> map
            ? map.Where(p => p.Value is long).ToDictionary(p => p.Key, p => (long)p.Value!, StringComparer.Ordinal)
            : new Dictionary<string, long>();

    /// <summary>"r", "w", "rw" or "s" (schema), from the summary's type field.</summary>
    public string? QueryType => Metadata.TryGetValue("type", out var t) ? t as string : null;
}
