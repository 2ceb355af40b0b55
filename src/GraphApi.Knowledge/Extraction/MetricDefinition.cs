namespace GraphApi.Knowledge.Extraction;

/// <summary>One entry of <c>knowledge/metrics.yaml</c>: a metric id as curated claims use it, its unit, and its compiled patterns.</summary>
public sealed record MetricDefinition(string Id, string? Unit, IReadOnlyList<MetricPattern> Patterns);
