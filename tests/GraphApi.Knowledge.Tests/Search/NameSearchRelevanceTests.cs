using System.Text;
using GraphApi.Testing.Search;
using Xunit.Abstractions;

namespace GraphApi.Knowledge.Tests.Search;

/// <summary>
/// Issue 14, precision and recall of entity search on the seeds, over the named sets of <c>tests/search/</c>:
/// every negative query finds nothing, every curated name, alias and variant finds its entity first. The figures are
/// printed (run with <c>--logger "console;verbosity=detailed"</c>) and recorded in docs/search.md.
/// </summary>
public sealed class NameSearchRelevanceTests(ITestOutputHelper output)
{
    [Fact]
    public void Negative_queries_find_nothing()
    {
        var rows = RelevanceSets.Negative();
        var falseHits = new List<string>();
        foreach (var row in rows)
        {
            var hits = SeedSearch.Index.Search(row.Query, null, 5);
            if (hits.Count > 0)
            {
                falseHits.Add($"{row.Query} ({row.Origin}) → {string.Join(", ", hits.Select(h => $"{h.Node.Id} {h.Score} [{h.Matched}]"))}");
            }
        }

        var precision = (double)(rows.Count - falseHits.Count) / rows.Count;
        output.WriteLine($"negative set: {rows.Count} queries, {falseHits.Count} with a hit; precision {precision:0.000}");
        Assert.True(rows.Count >= 40, "the negative set holds at least 40 queries");
        Assert.True(falseHits.Count == 0, "false hits:\n" + string.Join('\n', falseHits));
    }

    [Fact]
    public void Curated_names_and_variants_find_their_entity_first()
    {
        var cases = RelevanceSets.Positive().Select(r => (r.Query, Expected: r.ExpectedId, Group: "names-positive.tsv")).ToList();
        foreach (var entity in SeedSearch.Graph.Entities)
        {
            foreach (var name in entity.AllNames())
            {
                cases.AddRange(NameVariants.Of(name).Select(v => (v.Query, entity.Id, v.Kind)));
            }
        }

        var misses = new List<string>();
        foreach (var (query, expected, group) in cases)
        {
            var hits = SeedSearch.Index.Search(query, null, 3);
            if (hits.Count == 0 || hits[0].Node.Id != expected)
            {
                misses.Add($"[{group}] {query} → expected {expected}, got {(hits.Count == 0 ? "nothing" : string.Join(", ", hits.Select(h => $"{h.Node.Id} {h.Score}")))}");
            }
        }

        var report = new StringBuilder();
        foreach (var group in cases.GroupBy(c => c.Group).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            report.AppendLine($"  {group.Key}: {group.Count()} queries");
        }

        var recall = (double)(cases.Count - misses.Count) / cases.Count;
        output.WriteLine($"positive set: {cases.Count} queries, {misses.Count} missed; recall {recall:0.000}");
        output.WriteLine(report.ToString());
        Assert.True(misses.Count == 0, "misses:\n" + string.Join('\n', misses));
    }
}
