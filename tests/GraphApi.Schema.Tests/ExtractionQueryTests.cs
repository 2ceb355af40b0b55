using System.Text.Json;
using GraphApi.Knowledge.Import;
using GraphApi.Knowledge.Stores.Embedded;
using GraphApi.Testing;
using Snapshooter.Xunit;

namespace GraphApi.Schema.Tests;

/// <summary>
/// The API of extracted knowledge on the seeds plus one new (synthetic) article: candidates, unreviewed claims with their
/// extraction, evidence and conflicts, the reviewed filter, and candidates as nodes. The answer is a reviewed snapshot.
/// </summary>
public sealed class ExtractionQueryTests
{
    private static readonly Lazy<Task<EmbeddedKnowledgeStore>> Store = new(async () =>
    {
        using var corpus = SeedCorpusCopy.Full();
        corpus.AddArticle(Path.Combine(RepositoryPaths.Root, "tests", "GraphApi.Knowledge.Tests", "Fixtures", "extraction", "synthetic_ar_security_review.txt"));
        return new EmbeddedKnowledgeStore((await new ImportPipeline(new ImportOptions { ImporterVersion = "test" }).ImportCorpusAsync(corpus.Root)).GraphOrThrow());
    });

    [Fact]
    public async Task A_new_article_shows_its_candidates_and_unreviewed_claims()
    {
        var query = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Queries, "new-article.graphql"));
        var json = (await SchemaHarness.ExecuteAsync(query, store: await Store.Value)).ToJson(indented: true);
        Assert.DoesNotContain("\"errors\"", json, StringComparison.Ordinal);
        json.MatchSnapshot();
    }

    [Fact]
    public async Task Leaving_out_reviewed_gives_both_kinds_and_a_candidate_is_a_node()
    {
        var data = SchemaHarness.Data(await SchemaHarness.ExecuteAsync("""
            {
              all: claims { totalCount }
              curated: claims(where: { reviewed: true }) { totalCount }
              extracted: claims(where: { reviewed: false }) { totalCount nodes { reviewed extraction { method } } }
              candidates(first: 1) { totalCount nodes { id } pageInfo { hasNextPage } }
            }
            """, store: await Store.Value));
        var all = data.GetProperty("all").GetProperty("totalCount").GetInt32();
        var curated = data.GetProperty("curated").GetProperty("totalCount").GetInt32();
        var extracted = data.GetProperty("extracted");
        Assert.Equal(all, curated + extracted.GetProperty("totalCount").GetInt32());
        Assert.All(extracted.GetProperty("nodes").EnumerateArray(), n =>
        {
            Assert.False(n.GetProperty("reviewed").GetBoolean());
            Assert.Contains(n.GetProperty("extraction").GetProperty("method").GetString(), new[] { "quantity-pattern", "reported-speech" });
        });

        var candidates = data.GetProperty("candidates");
        Assert.True(candidates.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        var id = candidates.GetProperty("nodes")[0].GetProperty("id").GetString();
        var node = SchemaHarness.Data(await SchemaHarness.ExecuteAsync(
            "query($id: ID!) { node(id: $id) { __typename id ... on Candidate { name kind } } }", new Dictionary<string, object?> { ["id"] = id }, await Store.Value));
        Assert.Equal("Candidate", node.GetProperty("node").GetProperty("__typename").GetString());
        Assert.Equal(JsonValueKind.String, node.GetProperty("node").GetProperty("name").ValueKind);
    }
}
