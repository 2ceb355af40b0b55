using GraphApi.Knowledge.Model;
using Spectre.Console;

namespace GraphApi.Importer.Tests;

public class ImportReportTests
{
    [Fact]
    public void Lists_the_first_pairs_and_counts_the_rest()
    {
        var pairs = Enumerable.Range(0, ImportReport.MaxPairs + 7)
            .Select(i => new Corroboration($"claim/a{i:D3}", $"claim/b{i:D3}", (a, b) => $"same figure: {a} and {b}"))
            .ToList();
        var output = Write(KnowledgeGraph.Empty with { Corroborations = pairs });

        Assert.Contains($"Corroborated by independent origins ({ImportReport.MaxPairs + 7})", output, StringComparison.Ordinal);
        Assert.Contains($"{ImportReport.MaxPairs}. same figure: claim/a{ImportReport.MaxPairs - 1:D3} and claim/b{ImportReport.MaxPairs - 1:D3}", output, StringComparison.Ordinal);
        Assert.DoesNotContain($"claim/a{ImportReport.MaxPairs:D3}", output, StringComparison.Ordinal);
        Assert.Contains("… and 7 more", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_every_pair_when_they_fit()
    {
        var conflict = new Conflict(Conflict.IdFor("claim/x", "claim/y"), "claim/x", "claim/y", "titles differ: Head vs Director");
        var output = Write(KnowledgeGraph.Empty with { Conflicts = [conflict] });

        Assert.Contains("Sources disagree (1)", output, StringComparison.Ordinal);
        Assert.Contains("1. titles differ: Head vs Director", output, StringComparison.Ordinal);
        Assert.DoesNotContain("more:", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Corroborated by", output, StringComparison.Ordinal);
    }

    private static string Write(KnowledgeGraph graph)
    {
        using var writer = new StringWriter();
        var console = ImporterHarness.PlainConsole(writer);
        ImportReport.Write(console, graph);
        return writer.ToString();
    }
}
