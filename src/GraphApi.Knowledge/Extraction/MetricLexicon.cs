namespace GraphApi.Knowledge.Extraction;

/// <summary>The curated metric lexicon (<c>knowledge/metrics.yaml</c>); empty when the corpus has none, so no figure is extracted.</summary>
public sealed record MetricLexicon(IReadOnlyList<MetricDefinition> Metrics)
{
    public static MetricLexicon Empty { get; } = new([]);
}
