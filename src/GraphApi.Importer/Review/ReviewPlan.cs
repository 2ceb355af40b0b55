using System.Text;
using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Text;
using Spectre.Console;

namespace GraphApi.Importer.Review;

/// <summary>
/// The file changes one review makes, computed in full before anything is written: each accepted candidate and claim
/// appended to its curated file, each rejected id to <c>review.yaml</c>. Any id that is not an unreviewed claim or a
/// candidate of the corpus, or any file that cannot be appended to, stops the review with nothing written.
/// </summary>
internal sealed class ReviewPlan
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Dictionary<string, string> texts = new(StringComparer.Ordinal);
    private readonly List<(Candidate Candidate, string EntityId)> candidates = [];
    private readonly List<Claim> claims = [];
    private readonly List<string> rejected = [];

    private ReviewPlan()
    {
    }

    public List<string> Errors { get; } = [];

    public static ReviewPlan Make(KnowledgeGraph graph, string knowledge, IReadOnlyList<string> accept, IReadOnlyList<string> reject)
    {
        var plan = new ReviewPlan();
        var unreviewed = graph.Claims.Where(c => !c.Reviewed).ToDictionary(c => c.Id, StringComparer.Ordinal);
        var found = graph.Candidates.ToDictionary(c => c.Id, StringComparer.Ordinal);
        foreach (var id in accept.Concat(reject).Where(id => !unreviewed.ContainsKey(id) && !found.ContainsKey(id)))
        {
            plan.Errors.Add(graph.Claims.Any(c => c.Id == id)
                ? $"'{id}' is a curated claim already"
                : $"'{id}' is not an unreviewed claim or a candidate of this corpus (run review without options to list them)");
        }

        if (plan.Errors.Count > 0)
        {
            return plan;
        }

        var taken = graph.Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var candidate in accept.Where(found.ContainsKey).Select(id => found[id]))
        {
            var slug = $"{candidate.Kind.ToString().ToLowerInvariant()}/{ArabicTransliterator.ToSlug(candidate.Name)}";
            var id = slug;
            for (var n = 2; !taken.Add(id); n++)
            {
                id = $"{slug}-{n}";
            }

            plan.candidates.Add((candidate, id));
        }

        plan.claims.AddRange(accept.Where(unreviewed.ContainsKey).Select(id => unreviewed[id]));
        plan.rejected.AddRange(reject);

        if (plan.candidates.Count > 0)
        {
            plan.Append(Path.Combine(knowledge, "entities.yaml"), "entities", "entities:\n", [.. plan.candidates.Select(c => CuratedEntries.Entity(c.Candidate, c.EntityId))]);
        }

        var sources = graph.Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        foreach (var group in plan.claims.GroupBy(c => c.SourceId, StringComparer.Ordinal))
        {
            var source = sources[group.Key];
            var header = $"# Claims of {source.FileName} accepted from extraction (review --accept); docs/knowledge-format.md#claimsstemyaml.\nsource: {source.FileName}\nclaims:\n";
            plan.Append(Path.Combine(knowledge, "claims", Path.GetFileNameWithoutExtension(source.FileName) + ".yaml"), "claims", header, [.. group.Select(c => CuratedEntries.Claim(c, source))]);
        }

        if (plan.rejected.Count > 0)
        {
            const string header = "# Extracted claims and candidates a reviewer rejected (docs/knowledge-format.md#reviewyaml); extraction does not bring them back.\nrejected:\n";
            plan.Append(Path.Combine(knowledge, "review.yaml"), "rejected", header, [.. plan.rejected.Select(id => new YamlListAppender.Entry([id]))]);
        }

        return plan;
    }

    /// <summary>Writes every file (each whole, through a temporary file) and returns what they held before (null: a new file).</summary>
    public Dictionary<string, string?> Write()
    {
        var originals = texts.Keys.ToDictionary(p => p, p => File.Exists(p) ? File.ReadAllText(p, Utf8) : null, StringComparer.Ordinal);
        foreach (var (path, text) in texts)
        {
            WriteWhole(path, text);
        }

        return originals;
    }

    public static void Restore(Dictionary<string, string?> originals)
    {
        foreach (var (path, text) in originals)
        {
            if (text is null)
            {
                File.Delete(path);
            }
            else
            {
                WriteWhole(path, text);
            }
        }
    }

    /// <summary>Says what became curated after the re-import, and which extracted claims an article lost by becoming curated.</summary>
    public void Report(IAnsiConsole console, KnowledgeGraph before, KnowledgeGraph after)
    {
        var now = after.Claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        foreach (var (candidate, id) in candidates)
        {
            var mentions = after.Mentions.Count(m => m.EntityId == id);
            console.MarkupLine(Markup.Escape($"accepted {candidate.Id} «{candidate.Name}» as entity {id} in entities.yaml ({mentions} mention(s) after the re-import)"));
        }

        foreach (var claim in claims)
        {
            var state = now.TryGetValue(claim.Id, out var curated) && curated.Reviewed ? "now a curated claim" : "NOT FOUND after the re-import";
            console.MarkupLine(Markup.Escape($"accepted {claim.Id} into claims/{claim.SourceId["source/".Length..]}.yaml: {state}"));
        }

        foreach (var id in rejected)
        {
            console.MarkupLine(Markup.Escape($"rejected {id}: recorded in review.yaml{(now.ContainsKey(id) || after.Candidates.Any(c => c.Id == id) ? " (STILL PRESENT)" : string.Empty)}"));
        }

        var decided = claims.Select(c => c.Id).Concat(rejected).ToHashSet(StringComparer.Ordinal);
        var curatedSources = claims.Select(c => c.SourceId).ToHashSet(StringComparer.Ordinal);
        var dropped = before.Claims.Where(c => !c.Reviewed && curatedSources.Contains(c.SourceId) && !decided.Contains(c.Id) && !now.ContainsKey(c.Id)).ToList();
        foreach (var group in dropped.GroupBy(c => c.SourceId, StringComparer.Ordinal))
        {
            console.MarkupLine("[yellow]warning:[/] " + Markup.Escape(
                $"{group.Key} now has a curated claims file, so extraction no longer reads it: {group.Count()} other extracted claim(s) are gone ({string.Join(", ", group.Select(c => c.Id))})"));
        }
    }

    private void Append(string path, string key, string header, IReadOnlyList<YamlListAppender.Entry> entries)
    {
        var text = File.Exists(path) ? File.ReadAllText(path, Utf8) : header;
        var (appended, error) = YamlListAppender.Append(text, path, key, entries);
        if (appended is null)
        {
            Errors.Add(error!);
        }
        else
        {
            texts[path] = appended;
        }
    }

    private static void WriteWhole(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".review-" + Guid.NewGuid().ToString("N")[..8] + ".tmp";
        File.WriteAllText(temporary, text, Utf8);
        File.Move(temporary, path, overwrite: true);
    }
}
