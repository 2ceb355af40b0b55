using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Extraction;

/// <summary>
/// A figure found in an article: a number a metric pattern matched, its qualifier, its baseline, and the words
/// [<see cref="First"/>, <see cref="End"/>) that are its evidence (pattern, number, qualifiers and baseline).
/// </summary>
/// <param name="NumberAt">The first word of the number itself (for attributing it to the clause that holds it).</param>
internal sealed record Figure(
    MetricDefinition Metric,
    string Cue,
    decimal Value,
    QuantityQualifier Qualifier,
    string? Since,
    int First,
    int End,
    int NumberAt,
    double Confidence);
