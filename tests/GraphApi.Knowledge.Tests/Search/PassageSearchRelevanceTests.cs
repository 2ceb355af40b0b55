using GraphApi.Knowledge.Stores;
using GraphApi.Testing.Search;
using Xunit.Abstractions;

namespace GraphApi.Knowledge.Tests.Search;

/// <summary>
/// Issue 14, passages: for each question of <c>tests/search/passage-questions.tsv</c>, written from one seed article,
/// the sentence holding the answer is among the first 3 passages of the search a journalist would type. Prints how
/// many are, and where each answer ranked.
/// </summary>
public sealed class PassageSearchRelevanceTests(ITestOutputHelper output)
{
    [Fact]
    public void The_answer_to_each_question_is_in_the_top_three()
    {
        var rows = RelevanceSets.PassageQuestions();
        var sources = SeedSearch.Graph.Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var misses = new List<string>();
        var reciprocal = 0.0;
        foreach (var (question, text, answer, article) in rows)
        {
            var source = sources.Values.Single(s => s.FileName.StartsWith(article + "_", StringComparison.Ordinal));
            Assert.True(source.Text.Contains(answer, StringComparison.Ordinal), $"the answer of \"{question}\" is not verbatim in {source.FileName}");
            var page = SeedSearch.Index.FindPassages(text, PassageFilter.None, PageRequest.FirstN(10)).ToPage(sources);
            var rank = page.Items.ToList().FindIndex(p => p.SourceId == source.Id && p.Text.Contains(answer, StringComparison.Ordinal)) + 1;
            reciprocal += rank == 0 ? 0 : 1.0 / rank;
            output.WriteLine($"{(rank is >= 1 and <= 3 ? "ok  " : "MISS")} rank {(rank == 0 ? "-" : rank.ToString(System.Globalization.CultureInfo.InvariantCulture))} of {page.Edges.Count}  {text}  ({question})");
            if (rank is < 1 or > 3)
            {
                misses.Add($"{question} [{text}] → {(rank == 0 ? "not in the first 10" : $"rank {rank}")}: {string.Join(" | ", page.Items.Take(3).Select(p => p.Text))}");
            }
        }

        output.WriteLine($"passage questions: {rows.Count}, answer in the top 3 for {rows.Count - misses.Count}; mean reciprocal rank {reciprocal / rows.Count:0.000}");
        Assert.True(rows.Count >= 20, "at least 20 questions");
        Assert.True(misses.Count == 0, "misses:\n" + string.Join('\n', misses));
    }
}
