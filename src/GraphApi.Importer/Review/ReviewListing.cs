using System.Globalization;
using GraphApi.Knowledge.Model;
using Spectre.Console;

namespace GraphApi.Importer.Review;

/// <summary>
/// What <c>review</c> prints: the candidates with their occurrences, then the unreviewed claims of each article with their
/// evidence (verbatim quote, UTF-16 offsets, verified flag, source hash) and the conflicts they take part in.
/// </summary>
internal static class ReviewListing
{
    public static void Write(IAnsiConsole console, KnowledgeGraph graph)
    {
        var unreviewed = graph.Claims.Where(c => !c.Reviewed).ToList();
        var entities = graph.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var conflicts = graph.Conflicts.SelectMany(c => new[] { (Claim: c.ClaimA, Other: c.ClaimB, c.Reason), (Claim: c.ClaimB, Other: c.ClaimA, c.Reason) })
            .ToLookup(c => c.Claim, StringComparer.Ordinal);

        console.MarkupLine($"[bold]Candidates ({graph.Candidates.Count})[/]");
        foreach (var candidate in graph.Candidates)
        {
            Line(console, 1, $"{candidate.Id}  {candidate.Kind.ToString().ToUpperInvariant()}  {candidate.Name}  ({candidate.Cue}, {candidate.Confidence.ToString("0.00", CultureInfo.InvariantCulture)})");
            foreach (var o in candidate.Occurrences)
            {
                Line(console, 2, $"{o.SourceId} [{o.Start},{o.End}) «{o.Sentence}»");
            }
        }

        console.MarkupLine($"[bold]Unreviewed claims ({unreviewed.Count})[/]");
        foreach (var source in unreviewed.GroupBy(c => c.SourceId, StringComparer.Ordinal))
        {
            Line(console, 1, source.Key);
            foreach (var claim in source)
            {
                var x = claim.Extraction!;
                var speaker = claim.SpeakerId is { } s ? entities.GetValueOrDefault(s)?.Name ?? s : "the outlet";
                var what = claim.Quantity is { } q ? claim.Text ?? q.Metric : "statement";
                Line(console, 2, $"{claim.Id}  {claim.Kind.ToString().ToUpperInvariant()}  {what}");
                Line(console, 3, $"speaker: {speaker} ({claim.Attribution.Kind}{(claim.Attribution.Phrase is { } phrase ? ": «" + phrase.Text + "»" : string.Empty)}), {claim.Modality}, {x.Method} {x.Confidence.ToString("0.00", CultureInfo.InvariantCulture)}, cue {x.Cue}");
                foreach (var e in claim.Evidence)
                {
                    Line(console, 3, $"evidence [{e.Start},{e.End}) {(e.Verified ? "verified" : "NOT VERIFIED")} sha256 {e.SourceHash[..12]}… «{e.Quote}»");
                }

                foreach (var conflict in conflicts[claim.Id])
                {
                    Line(console, 3, $"conflicts with {conflict.Other}: {conflict.Reason}");
                }
            }
        }

        console.MarkupLine(Markup.Escape("Accept with: review --accept ID…  Reject with: review --reject ID…"));
    }

    private static void Line(IAnsiConsole console, int depth, string text) =>
        console.MarkupLine(new string(' ', depth * 2) + Markup.Escape(text));
}
