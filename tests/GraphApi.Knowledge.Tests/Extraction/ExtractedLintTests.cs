using GraphApi.Knowledge.Import;
using GraphApi.Knowledge.Lint;
using GraphApi.Testing;
using Xunit.Abstractions;

namespace GraphApi.Knowledge.Tests.Extraction;

/// <summary>
/// Issue 18's lint holds extracted claims to the rules it holds curated ones to ("the extraction issue's extractor fills
/// the same three fields, and the lint holds it to the same rules"): on a copy of the seeds without their claims files,
/// every claim extraction finds is linted against its article. The rules on modality, negations, quantity hedges and
/// baselines find nothing to say. Two rules still find four things, documented in docs/extraction.md as known gaps:
/// <c>attribution-cue-mismatch</c> where unnamed sources are named in the paragraph before a figure (extraction
/// attributes sentence by sentence), and <c>gloss-drops-hedge</c> where the generated English text of a figure does
/// not render «يمكن» or «المزعوم»; they may shrink, never grow.
/// </summary>
public sealed class ExtractedLintTests(ITestOutputHelper output)
{
    private static readonly string[] KnownGaps = ["attribution-cue-mismatch", "gloss-drops-hedge"];

    [Fact]
    public async Task Extracted_claims_lint_clean_but_for_the_documented_gaps()
    {
        using var copy = SeedCorpusCopy.WithoutClaims();
        var graph = (await new ImportPipeline().ImportCorpusAsync(copy.Root)).GraphOrThrow();
        var texts = graph.Sources.ToDictionary(s => s.Id, s => s.Text, StringComparer.Ordinal);
        var extracted = graph.Claims.Where(c => !c.Reviewed).ToList();
        Assert.NotEmpty(extracted);

        var findings = extracted.SelectMany(c => ClaimLinter.Lint(c, id => texts.GetValueOrDefault(id)).Select(f => (Claim: c, Finding: f))).ToList();
        foreach (var (claim, finding) in findings)
        {
            output.WriteLine($"{claim.Id} «{claim.Evidence[0].Quote}»: {finding}");
        }

        Assert.DoesNotContain(findings, f => !KnownGaps.Contains(f.Finding.RuleId));
        Assert.InRange(findings.Count, 0, 4);
    }
}
