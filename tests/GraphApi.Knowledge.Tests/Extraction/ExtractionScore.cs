using System.Globalization;
using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Tests.Extraction;

/// <summary>
/// Scores what extraction finds in the seeds without their claims files against the curated claims (the measure of
/// issue 13). A quantity is right when its source, metric, value and baseline (since) equal a curated quantity's. A
/// statement is right when a curated statement of the same source has the same speaker and overlapping evidence. The
/// curated statements to find are those with an explicit speaker other than the outlet: reported speech, not the
/// outlet's own voice, which extraction does not try to read.
/// </summary>
internal sealed class ExtractionScore
{
    private ExtractionScore(KnowledgeGraph curated, KnowledgeGraph extracted)
    {
        var outlets = curated.Sources.ToDictionary(s => s.Id, s => s.OutletId, StringComparer.Ordinal);
        var goldQuantities = curated.Claims.Where(c => c.Kind == ClaimKind.Quantity).ToList();
        var goldStatements = curated.Claims.Where(c => c.Kind == ClaimKind.Statement && c.SpeakerId is not null && c.SpeakerId != outlets[c.SourceId]).ToList();
        var curatedStatements = curated.Claims.Where(c => c.Kind == ClaimKind.Statement).ToList();
        var foundQuantities = extracted.Claims.Where(c => c.Kind == ClaimKind.Quantity && !c.Reviewed).ToList();
        var foundStatements = extracted.Claims.Where(c => c.Kind == ClaimKind.Statement && !c.Reviewed).ToList();

        Quantities = new Score(
            foundQuantities.Count,
            foundQuantities.Count(f => goldQuantities.Any(g => SameQuantity(f, g))),
            goldQuantities.Count,
            goldQuantities.Count(g => foundQuantities.Any(f => SameQuantity(f, g))));
        Statements = new Score(
            foundStatements.Count,
            foundStatements.Count(f => curatedStatements.Any(g => SameStatement(f, g))),
            goldStatements.Count,
            goldStatements.Count(g => foundStatements.Any(f => SameStatement(f, g))));

        Misses = [.. goldQuantities.Where(g => !foundQuantities.Any(f => SameQuantity(f, g))).Select(g => $"quantity missed: {g.Id}")
            .Concat(goldStatements.Where(g => !foundStatements.Any(f => SameStatement(f, g))).Select(g => $"statement missed: {g.Id} ({g.SpeakerId})"))];
        Wrong = [.. foundQuantities.Where(f => !goldQuantities.Any(g => SameQuantity(f, g))).Select(f => $"quantity not curated: {f.Id} {f.Quantity} «{f.Evidence[0].Quote}»")
            .Concat(foundStatements.Where(f => !curatedStatements.Any(g => SameStatement(f, g))).Select(f => $"statement not curated: {f.Id} ({f.SpeakerId}) «{f.Evidence[0].Quote}»"))];
    }

    public Score Quantities { get; }

    public Score Statements { get; }

    public IReadOnlyList<string> Misses { get; }

    public IReadOnlyList<string> Wrong { get; }

    public static ExtractionScore Of(KnowledgeGraph curated, KnowledgeGraph extracted) => new(curated, extracted);

    private static bool SameQuantity(Claim found, Claim gold) =>
        found.SourceId == gold.SourceId
        && found.Quantity!.Metric == gold.Quantity!.Metric
        && found.Quantity.Value == gold.Quantity.Value
        && found.Quantity.Since == gold.Quantity.Since;

    private static bool SameStatement(Claim found, Claim gold) =>
        found.SourceId == gold.SourceId
        && found.SpeakerId == gold.SpeakerId
        && found.Evidence.Any(f => gold.Evidence.Any(g => g.SourceId == f.SourceId && f.Start < g.End && g.Start < f.End));

    /// <summary>Extracted and curated counts, and the ratios, as the docs table prints them.</summary>
    public sealed record Score(int Extracted, int Correct, int Curated, int Found)
    {
        public double Precision => Extracted == 0 ? 0 : (double)Correct / Extracted;

        public double Recall => Curated == 0 ? 0 : (double)Found / Curated;

        public string Row(string what) => string.Create(CultureInfo.InvariantCulture, $"| {what} | {Extracted} | {Correct} | {Curated} | {Found} | {Precision:0.00} | {Recall:0.00} |");
    }
}
