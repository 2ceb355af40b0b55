using GraphApi.Knowledge.Lint;
using GraphApi.Knowledge.Model;
using Spectre.Console;

namespace GraphApi.Importer;

/// <summary>The report printed after a successful import: counts per kind, verified quotes, conflicts with both sides, corroborations, warnings.</summary>
public static class ImportReport
{
    /// <summary>At most this many warnings are listed; the rest are counted.</summary>
    public const int MaxWarnings = 30;

    /// <summary>
    /// At most this many conflicts, and as many corroborations, are listed; the rest are counted. A figure that n articles
    /// repeat makes n(n-1)/2 corroborations (256k in the 10k generated corpus): listing them all printed two million
    /// lines and took longer than writing them to Neo4j.
    /// </summary>
    public const int MaxPairs = 50;

    public static void Write(IAnsiConsole console, KnowledgeGraph graph)
    {
        var claims = graph.Claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var evidence = graph.Claims.SelectMany(c => c.Evidence).ToList();

        var counts = new Table().Title("Imported").AddColumn("what").AddColumn(new TableColumn("count").RightAligned());
        counts.AddRow("sources", Count(graph.Sources.Count));
        foreach (var kind in Enum.GetValues<EntityKind>())
        {
            counts.AddRow($"entities: {kind}", Count(graph.Entities.Count(e => e.Kind == kind)));
        }

        counts.AddRow("mentions", Count(graph.Mentions.Count));
        foreach (var kind in Enum.GetValues<ClaimKind>())
        {
            counts.AddRow($"claims: {kind}", Count(graph.Claims.Count(c => c.Kind == kind)));
        }

        counts.AddRow("claims unreviewed (extracted)", Count(graph.Claims.Count(c => !c.Reviewed)));
        counts.AddRow("candidates (extracted)", Count(graph.Candidates.Count));
        counts.AddRow("evidence quotes verified", $"{evidence.Count(e => e.Verified)}/{evidence.Count}");
        counts.AddRow("relationships", Count(graph.Relationships.Count));
        counts.AddRow("conflicts", Count(graph.Conflicts.Count));
        counts.AddRow("corroborations", Count(graph.Corroborations.Count));
        counts.AddRow("warnings", Count(graph.Warnings.Count));
        console.Write(counts);
        console.MarkupLine($"import run [bold]{Markup.Escape(graph.Run.Id)}[/] (importer {Markup.Escape(graph.Run.ImporterVersion)})");

        // Lists rather than tables: reasons and Arabic quotes are long, and CI logs are narrow.
        WritePairs(console, $"Sources disagree ({graph.Conflicts.Count})", "red", graph.Conflicts.Count, graph.Conflicts.Select(c => (c.ClaimA, c.ClaimB, Flagged(c))), claims);
        WritePairs(console, $"Corroborated by independent origins ({graph.Corroborations.Count})", "green", graph.Corroborations.Count, graph.Corroborations.Select(c => (c.ClaimA, c.ClaimB, c.Reason)), claims);

        foreach (var warning in graph.Warnings.Take(MaxWarnings))
        {
            console.MarkupLine("[yellow]warning:[/] " + Markup.Escape(warning));
        }

        if (graph.Warnings.Count > MaxWarnings)
        {
            console.MarkupLine($"[yellow]… and {graph.Warnings.Count - MaxWarnings} more warnings[/]");
        }
    }

    /// <summary>The lint's counts per rule; its unacknowledged warnings are among the warnings listed by <see cref="Write"/>.</summary>
    public static void WriteLint(IAnsiConsole console, LintReport lint)
    {
        var table = new Table().Title("Lint (docs/knowledge-format.md#the-lint)").AddColumn("rule")
            .AddColumn(new TableColumn("warnings").RightAligned()).AddColumn(new TableColumn("acknowledged").RightAligned());
        foreach (var (rule, open, acknowledged) in lint.CountsByRule())
        {
            table.AddRow(Markup.Escape(rule), Count(open), Count(acknowledged));
        }

        table.AddRow("[bold]total[/]", Count(lint.Unacknowledged.Count), Count(lint.Acknowledged.Count));
        console.Write(table);
        if (lint.Stale.Count > 0)
        {
            console.MarkupLine($"[yellow]{lint.Stale.Count} acknowledgement(s) match no warning any more[/]");
        }
    }

    private static string Flagged(Conflict conflict) => conflict.Flags.Count == 0 ? conflict.Reason : $"[{string.Join(", ", conflict.Flags)}] {conflict.Reason}";

    private static string Count(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static void WritePairs(IAnsiConsole console, string title, string color, int total, IEnumerable<(string A, string B, string Reason)> pairs, Dictionary<string, Claim> claims)
    {
        var n = 0;
        foreach (var (a, b, reason) in pairs)
        {
            if (n == 0)
            {
                console.MarkupLine($"[bold {color}]{Markup.Escape(title)}[/]");
            }

            if (n == MaxPairs)
            {
                console.MarkupLine($"… and {Count(total - MaxPairs)} more: the API lists every one, and --json writes them");
                return;
            }

            console.MarkupLine($"{++n}. {Markup.Escape(reason)}");
            console.MarkupLine("   " + Side(claims, a));
            console.MarkupLine("   " + Side(claims, b));
        }
    }

    private static string Side(Dictionary<string, Claim> claims, string id)
    {
        if (!claims.TryGetValue(id, out var claim))
        {
            return Markup.Escape(id);
        }

        var quote = claim.Evidence.FirstOrDefault()?.Quote;
        return Markup.Escape($"{claim.Id} ({claim.SourceId}): {claim.Text ?? claim.Role}") + (quote is null ? string.Empty : " [grey]«" + Markup.Escape(quote) + "»[/]");
    }
}
