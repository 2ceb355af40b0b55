using System.Globalization;
using System.Text;
using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Search;
using GraphApi.Knowledge.Stores;
using GraphApi.Testing.Search;

namespace GraphApi.Benchmarks.Engines;

/// <summary>
/// Relevance of both engines on the seeds, over the named sets of <c>tests/search/</c>: negative precision (queries
/// with no hit), positive recall (expected entity first; the file and the generated variants of every curated name),
/// and for passages the share of questions answered in the top 3 and the mean reciprocal rank over the first 10.
/// </summary>
internal static class EngineRelevance
{
    public static string Measure(KnowledgeGraph seeds, bool details)
    {
        var ours = KnowledgeSearch.For(seeds);
        using var luceneNames = new LuceneNameEngine(seeds.Entities);
        var folder = Path.Combine(Path.GetTempPath(), "graphapi-lucene-seeds-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var lucenePassages = new LucenePassageEngine(seeds.Sources, folder);
            var negative = RelevanceSets.Negative();
            var positive = RelevanceSets.Positive().Select(p => (p.Query, p.ExpectedId))
                .Concat(seeds.Entities.SelectMany(e => e.AllNames().SelectMany(NameVariants.Of).Select(v => (v.Query, ExpectedId: e.Id))))
                .ToList();
            var questions = RelevanceSets.PassageQuestions();
            var sources = seeds.Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
            Source Article(PassageQuestion q) => sources.Values.Single(s => s.FileName.StartsWith(q.Article + "_", StringComparison.Ordinal));

            var oursRow = Row(
                negative.Count(q => ours.Search(q.Query, null, 5).Count == 0),
                positive.Count(p => ours.Search(p.Query, null, 1) is [{ } hit] && hit.Node.Id == p.ExpectedId),
                questions.Select(q => Rank(ours.FindPassages(q.Text, PassageFilter.None, PageRequest.FirstN(10)).Matches.Select(m => (m.SourceId, m.Start, m.End)), Article(q), q.Answer)));
            var luceneRow = Row(
                negative.Count(q => luceneNames.Search(q.Query, 5).Count == 0),
                positive.Count(p => luceneNames.Search(p.Query, 1) is [{ } id] && id == p.ExpectedId),
                questions.Select(q => Rank(lucenePassages.Search(q.Text, 10), Article(q), q.Answer)));

            var inv = CultureInfo.InvariantCulture;
            var text = new StringBuilder();
            var failures = new List<string>();
            failures.AddRange(negative.Where(q => ours.Search(q.Query, null, 5).Count > 0).Select(q => $"ours, false hit: {q.Query}"));
            failures.AddRange(negative.Select(q => (q, hits: luceneNames.Search(q.Query, 5))).Where(x => x.hits.Count > 0).Select(x => $"Lucene, false hit: {x.q.Query} → {string.Join(", ", x.hits)}"));
            failures.AddRange(positive.Where(p => !(ours.Search(p.Query, null, 1) is [{ } hit] && hit.Node.Id == p.ExpectedId)).Select(p => $"ours, missed: {p.Query} ({p.ExpectedId})"));
            failures.AddRange(positive.Select(p => (p, hits: luceneNames.Search(p.Query, 1))).Where(x => !(x.hits is [{ } id] && id == x.p.ExpectedId)).Select(x => $"Lucene, missed: {x.p.Query} ({x.p.ExpectedId}) → {(x.hits.Count == 0 ? "nothing" : x.hits[0])}"));
            failures.AddRange(questions.Select(q => (q, rank: Rank(ours.FindPassages(q.Text, PassageFilter.None, PageRequest.FirstN(10)).Matches.Select(m => (m.SourceId, m.Start, m.End)), Article(q), q.Answer))).Where(x => x.rank is < 1 or > 3).Select(x => $"ours, passage rank {x.rank}: {x.q.Text}"));
            failures.AddRange(questions.Select(q => (q, rank: Rank(lucenePassages.Search(q.Text, 10), Article(q), q.Answer))).Where(x => x.rank is < 1 or > 3).Select(x => $"Lucene, passage rank {x.rank}: {x.q.Text}"));
            text.AppendLine(string.Create(inv, $"Relevance on the seeds ({negative.Count} negative queries, {positive.Count} positive, {questions.Count} passage questions):"));
            text.AppendLine();
            text.AppendLine("| engine | negative precision | positive recall | passage answer in top 3 | passage MRR (first 10) |");
            text.AppendLine("|---|---:|---:|---:|---:|");
            text.AppendLine(string.Create(inv, $"| ours | {oursRow.Precision(negative.Count):0.000} | {oursRow.Recall(positive.Count):0.000} | {oursRow.Top3}/{questions.Count} | {oursRow.Mrr:0.000} |"));
            text.AppendLine(string.Create(inv, $"| Lucene.Net 4.8 ArabicAnalyzer | {luceneRow.Precision(negative.Count):0.000} | {luceneRow.Recall(positive.Count):0.000} | {luceneRow.Top3}/{questions.Count} | {luceneRow.Mrr:0.000} |"));
            if (details)
            {
                text.AppendLine();
                text.AppendLine("Failures (a passage rank of 0: not in the first 10):");
                failures.ForEach(f => text.AppendLine("- " + f));
            }

            return text.ToString();
        }
        finally
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The 1-based rank of the passage of <paramref name="article"/> that holds <paramref name="answer"/>, 0 when none of the passages does.</summary>
    private static int Rank(IEnumerable<(string SourceId, int Start, int End)> passages, Source article, string answer)
    {
        var rank = 0;
        foreach (var (sourceId, start, end) in passages)
        {
            rank++;
            if (sourceId == article.Id && article.Text[start..end].Contains(answer, StringComparison.Ordinal))
            {
                return rank;
            }
        }

        return 0;
    }

    private static Figures Row(int empty, int first, IEnumerable<int> ranks)
    {
        var list = ranks.ToList();
        return new Figures(empty, first, list.Count(r => r is >= 1 and <= 3), list.Average(r => r == 0 ? 0 : 1.0 / r));
    }

    private sealed record Figures(int Empty, int First, int Top3, double Mrr)
    {
        public double Precision(int total) => (double)Empty / total;

        public double Recall(int total) => (double)First / total;
    }
}
