using GraphApi.Knowledge.Export;
using GraphApi.Knowledge.Import;
using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Text;
using YamlDotNet.RepresentationModel;

namespace GraphApi.Knowledge.Tests.Import;

/// <summary>
/// The real corpus in seeds/. These tests rely only on a few stable facts (the five articles, the curated ids the
/// format document uses as examples), not on the exact curated content.
/// </summary>
public class SeedCorpusTests
{
    private static readonly Lazy<ImportOutcome> Outcome = new(() => new ImportPipeline().ImportCorpusAsync(RepositoryPaths.Seeds).GetAwaiter().GetResult());

    private static readonly Lazy<KnowledgeGraph> Seeds = new(() => Outcome.Value.GraphOrThrow());

    /// <summary>Issue 18: the seeds pass the lint; every warning is fixed or acknowledged with a reason, and no acknowledgement is stale.</summary>
    [Fact]
    public void The_lint_reports_no_unacknowledged_warning_on_the_seeds()
    {
        var lint = Outcome.Value.Lint;
        Assert.True(lint.Unacknowledged.Count == 0, "unacknowledged lint warnings:\n" + string.Join("\n", lint.Unacknowledged));
        Assert.True(lint.Stale.Count == 0, "stale acknowledgements:\n" + string.Join("\n", lint.Stale));
        Assert.All(lint.Acknowledged, e => Assert.False(string.IsNullOrWhiteSpace(e.AcknowledgedBecause)));
        Assert.DoesNotContain(Seeds.Value.Warnings, w => w.StartsWith("lint:", StringComparison.Ordinal));
    }

    /// <summary>Attribution and modality are curated decisions: every seed claim states both, none relies on the defaults.</summary>
    [Fact]
    public void Every_seed_claim_states_its_attribution_kind_and_modality()
    {
        var files = Directory.GetFiles(Path.Combine(RepositoryPaths.Seeds, "knowledge", "claims"), "*.yaml");
        var claims = 0;
        foreach (var file in files)
        {
            var yaml = new YamlStream();
            yaml.Load(new StringReader(File.ReadAllText(file)));
            var root = (YamlMappingNode)yaml.Documents[0].RootNode;
            foreach (var claim in ((YamlSequenceNode)root.Children[new YamlScalarNode("claims")]).Cast<YamlMappingNode>())
            {
                claims++;
                var id = claim.Children[new YamlScalarNode("id")];
                Assert.True(claim.Children.TryGetValue(new YamlScalarNode("attribution"), out var attribution) && ((YamlMappingNode)attribution).Children.ContainsKey(new YamlScalarNode("kind")), $"{file}: {id} states no attribution kind");
                Assert.True(claim.Children.ContainsKey(new YamlScalarNode("modality")), $"{file}: {id} states no modality");
            }
        }

        Assert.Equal(Seeds.Value.Claims.Count, claims);
    }

    [Fact]
    public void Every_attribution_and_dated_phrase_is_verbatim_at_its_offsets()
    {
        var graph = Seeds.Value;
        var phrases = graph.Claims.SelectMany(c => new[] { c.Attribution.Phrase, c.DateAsWritten }.OfType<Phrase>().Select(p => (c, p))).ToList();
        Assert.NotEmpty(phrases);
        Assert.All(phrases, x => Assert.Equal(x.p.Text, graph.Sources.Single(s => s.Id == x.c.SourceId).Text[x.p.Start..x.p.End]));
        Assert.All(graph.Claims.Where(c => c.Attribution.Kind == AttributionKind.Outlet), c => Assert.Null(c.Attribution.Phrase));
    }

    [Fact]
    public void Imports_every_article_and_verifies_every_quote()
    {
        var graph = Seeds.Value;
        Assert.Equal(5, graph.Sources.Count);
        var evidence = graph.Claims.SelectMany(c => c.Evidence).ToList();
        Assert.NotEmpty(evidence);
        Assert.All(evidence, e =>
        {
            Assert.True(e.Verified);
            var source = graph.Sources.Single(s => s.Id == e.SourceId);
            Assert.Equal(e.Quote, source.Text[e.Start..e.End]);
            Assert.Equal(source.ContentHash, e.SourceHash);
        });
    }

    [Fact]
    public void Mentions_point_at_their_text_inside_the_body()
    {
        var graph = Seeds.Value;
        Assert.All(graph.Mentions, m =>
        {
            var source = graph.Sources.Single(s => s.Id == m.SourceId);
            Assert.Equal(m.Text, source.Text[m.Start..m.End]);
            Assert.Contains(source.Body, span => span.Start <= m.Start && m.End <= span.End);
        });
    }

    [Theory]
    [InlineData("000")]
    [InlineData("003")]
    public void Nothing_is_mentioned_in_the_headline_tickers(string prefix)
    {
        var graph = Seeds.Value;
        var source = graph.Sources.Single(s => s.FileName.StartsWith(prefix, StringComparison.Ordinal));
        var tickerEnd = source.Text.IndexOf('\n', StringComparison.Ordinal);
        Assert.All(graph.Mentions.Where(m => m.SourceId == source.Id), m => Assert.True(m.Start > tickerEnd));
    }

    [Fact]
    public void The_head_of_the_bcij_is_linked_in_004()
    {
        var graph = Seeds.Value;
        var mention = Assert.Single(graph.Mentions, m => m.SourceId.StartsWith("source/004", StringComparison.Ordinal) && m.EntityId == "person/habboub");
        Assert.Equal(ArabicNormalizer.Fold("الشرقاوي حبوب"), ArabicNormalizer.Fold(mention.Text));
    }

    [Fact]
    public void Sources_disagree_on_the_number_of_dismantled_cells()
    {
        var graph = Seeds.Value;
        var claims = graph.Claims.ToDictionary(c => c.Id);
        Assert.Contains(graph.Conflicts, c => claims[c.ClaimA].Quantity?.Metric == "terrorist-cells-dismantled" && claims[c.ClaimA].SourceId != claims[c.ClaimB].SourceId
            && c.Flags.Contains(Knowledge.Comparison.ConflictFlags.MagnitudeOutlier));
    }

    [Fact]
    public async Task Importing_the_seeds_twice_gives_the_same_graph()
    {
        var again = await new ImportPipeline().ImportCorpusAsync(RepositoryPaths.Seeds);
        Assert.Equal(CanonicalDump.Write(Seeds.Value), CanonicalDump.Write(again.GraphOrThrow()));
    }
}
