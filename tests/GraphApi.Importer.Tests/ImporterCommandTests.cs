using System.Text.Json;
using System.Xml.Linq;

namespace GraphApi.Importer.Tests;

public class ImporterCommandTests
{
    [Fact]
    public async Task Imports_a_corpus_and_reports_counts_conflicts_and_warnings()
    {
        using var harness = new ImporterHarness();
        var (exit, output) = await harness.RunAsync(harness.Corpus);
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Matches(@"sources\s*│\s*3", output);
        Assert.Matches(@"entities: Person\s*│\s*2", output);
        Assert.Matches(@"claims: Quantity\s*│\s*2", output);
        Assert.Matches(@"evidence quotes verified\s*│\s*5/5", output);
        Assert.Contains("Sources disagree", output, StringComparison.Ordinal);
        Assert.Contains("titles differ: Head vs Director", output, StringComparison.Ordinal);
        Assert.Contains("claim/b-cells-2009", output, StringComparison.Ordinal);
        Assert.Contains("warning: c_003.txt: no entry in sources.yaml", output, StringComparison.Ordinal);
        Assert.Equal(5, (await harness.Store!.GetHealthAsync()).Claims); // written through the store contract
    }

    [Fact]
    public async Task No_extraction_imports_an_uncurated_article_with_its_mentions_only()
    {
        using var harness = new ImporterHarness();
        File.Copy(
            Path.Combine(ImporterHarness.RepositoryRoot, "tests", "GraphApi.Knowledge.Tests", "Fixtures", "extraction", "synthetic_ar_security_review.txt"),
            harness.PathOf(Path.Combine("sources", "d_004.txt")));

        var (exit, output) = await harness.RunAsync(harness.Corpus);
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Matches(@"claims unreviewed \(extracted\)\s*│\s*[1-9]", output);

        var (offExit, off) = await harness.RunAsync(harness.Corpus, "--no-extraction");
        Assert.Equal(ExitCodes.Success, offExit);
        Assert.Matches(@"sources\s*│\s*4", off);
        Assert.Matches(@"claims unreviewed \(extracted\)\s*│\s*0\b", off);
        Assert.Matches(@"candidates \(extracted\)\s*│\s*0\b", off);
        Assert.Equal(5, (await harness.Store!.GetHealthAsync()).Claims);
    }

    [Fact]
    public async Task Imports_the_real_seeds_and_lists_the_disagreement_on_dismantled_cells()
    {
        using var harness = new ImporterHarness();
        var (exit, output) = await harness.RunAsync(Path.Combine(ImporterHarness.RepositoryRoot, "seeds"), "--strict-lint");
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Matches(@"total\s*│\s*0\s*│\s*[1-9]", output); // every lint warning on the seeds is answered
        Assert.Matches(@"sources\s*│\s*5", output);
        var verified = System.Text.RegularExpressions.Regex.Match(output, @"evidence quotes verified\s*│\s*(\d+)/(\d+)");
        Assert.True(verified.Success);
        Assert.Equal(verified.Groups[2].Value, verified.Groups[1].Value);
        Assert.Contains("Sources disagree", output, StringComparison.Ordinal);
        Assert.Contains("terrorist-cells-dismantled", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writes_json_with_exact_node_kinds_and_mention_edges()
    {
        using var harness = new ImporterHarness();
        var json = Path.Combine(harness.Root, "graph.json");
        var (exit, _) = await harness.RunAsync(harness.Corpus, "--json", json);
        Assert.Equal(ExitCodes.Success, exit);

        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(json));
        var nodes = document.RootElement.GetProperty("nodes").EnumerateArray().ToList();
        var kinds = nodes.Select(n => n.GetProperty("kind").GetString()).ToHashSet();
        Assert.Subset(new HashSet<string?> { "Person", "Institution", "Event", "Place", "Program", "Claim", "Source" }, kinds);
        Assert.Equal(["Claim", "Institution", "Person", "Place", "Source"], kinds.Order());
        Assert.All(nodes, n => Assert.False(string.IsNullOrEmpty(n.GetProperty("name").GetString())));

        var mention = document.RootElement.GetProperty("edges").EnumerateArray()
            .First(e => e.GetProperty("type").GetString() == "mentions" && e.GetProperty("target").GetString() == "person/habboub");
        Assert.StartsWith("source/", mention.GetProperty("source").GetString(), StringComparison.Ordinal);
        var start = mention.GetProperty("start").GetInt32();
        var end = mention.GetProperty("end").GetInt32();
        var file = mention.GetProperty("source").GetString()!["source/".Length..] + ".txt";
        var text = await File.ReadAllTextAsync(harness.PathOf(Path.Combine("sources", file)));
        Assert.Equal(mention.GetProperty("text").GetString(), text[start..end]);
    }

    [Fact]
    public async Task Writes_graphml_with_the_same_graph()
    {
        using var harness = new ImporterHarness();
        var json = Path.Combine(harness.Root, "graph.json");
        var graphMl = Path.Combine(harness.Root, "graph.graphml");
        var (exit, _) = await harness.RunAsync(harness.Corpus, "--json", json, "--graphml", graphMl);
        Assert.Equal(ExitCodes.Success, exit);

        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        var xml = XDocument.Load(graphMl);
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(json));
        Assert.Equal(document.RootElement.GetProperty("nodes").GetArrayLength(), xml.Descendants(ns + "node").Count());
        Assert.Equal(document.RootElement.GetProperty("edges").GetArrayLength(), xml.Descendants(ns + "edge").Count());
        var keyIds = xml.Descendants(ns + "key").Select(k => (string)k.Attribute("id")!).ToHashSet();
        Assert.All(xml.Descendants(ns + "data"), d => Assert.Contains((string)d.Attribute("key")!, keyIds));
    }

    [Fact]
    public async Task Links_bare_articles_with_a_knowledge_folder()
    {
        using var harness = new ImporterHarness();
        var article = Path.Combine(harness.Root, "new-article.txt");
        await File.WriteAllTextAsync(article, "التقى الشرقاوي حبوب بوفد في الرباط.");
        var (exit, output) = await harness.RunAsync(article, "--knowledge", harness.PathOf("knowledge"));
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Matches(@"mentions\s*│\s*2", output);
    }

    [Theory]
    [InlineData("knowledge/claims/b_002.yaml", "speaker: institution/bcij", "speaker: institution/nobody", "unknown entity 'institution/nobody' in 'speaker'", "b_002.yaml:6")]
    [InlineData("knowledge/entities.yaml", "id: place/sahel", "id: place/rabat", "duplicate entity id 'place/rabat'", "entities.yaml:")]
    [InlineData("knowledge/claims/a_001.yaml", "فككت 207 خلايا", "فككت 208 خلايا", "claim 'claim/a-cells-207': quote not found", "a_001.txt")]
    [InlineData("knowledge/entities.yaml", "    name: Rabat", "    nmae: Rabat", "unknown key 'nmae'", "entities.yaml:24")]
    public async Task Bad_knowledge_exits_non_zero_naming_the_file(string file, string oldText, string newText, string message, string location)
    {
        using var harness = new ImporterHarness();
        harness.Replace(file, oldText, newText);
        var (exit, output) = await harness.RunAsync(harness.Corpus);
        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Contains("Import failed", output, StringComparison.Ordinal);
        Assert.Contains(message, output, StringComparison.Ordinal);
        Assert.Contains(location, output, StringComparison.Ordinal);
        Assert.Equal(0, harness.StoresCreated); // nothing written
    }

    [Fact]
    public async Task Lint_warnings_name_the_file_line_claim_and_rule_and_count_per_rule()
    {
        using var harness = new ImporterHarness();
        harness.Replace("knowledge/claims/a_001.yaml", "    about: [place/sahel]\n", "    about: [place/sahel]\n    modality: FUTURE\n");

        var (exit, output) = await harness.RunAsync(harness.Corpus);

        Assert.Equal(ExitCodes.Success, exit); // a warning, not an error: the graph is written
        Assert.Matches(@"warning: lint: \S*a_001\.yaml:28: claim/a-sahel-cooperation: \[modality-marker-mismatch\]", output);
        Assert.Matches(@"modality-marker-mismatch\s*│\s*1\s*│\s*0", output);
        Assert.Equal(1, harness.StoresCreated);
    }

    [Fact]
    public async Task Strict_lint_lists_unanswered_warnings_and_stale_acknowledgements_as_errors_and_writes_nothing()
    {
        using var harness = new ImporterHarness();
        harness.Replace("knowledge/claims/a_001.yaml", "    about: [place/sahel]\n", "    about: [place/sahel]\n    modality: FUTURE\n");
        harness.Replace("knowledge/claims/a_001.yaml", "    role: Head\n", "    role: Head\n    acknowledged:\n      - rule: quote-drops-negation\n        reason: checked by hand\n");

        var (exit, output) = await harness.RunAsync(harness.Corpus, "--strict-lint");

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Contains("The lint found 2 problem(s) (--strict-lint); nothing was written.", output, StringComparison.Ordinal);
        Assert.Matches(@"lint: \S*a_001\.yaml:31: claim/a-sahel-cooperation: \[modality-marker-mismatch\]", output);
        Assert.Matches(@"lint: \S*a_001\.yaml:\d+: claim/a-habboub-heads-bcij: acknowledges \[quote-drops-negation\], but that rule no longer warns here", output);
        Assert.Equal(0, harness.StoresCreated);
    }

    [Fact]
    public async Task Strict_lint_imports_a_corpus_that_lints_clean()
    {
        using var harness = new ImporterHarness();
        var (exit, output) = await harness.RunAsync(harness.Corpus, "--strict-lint");
        Assert.Equal(ExitCodes.Success, exit);
        Assert.DoesNotContain("lint:", output, StringComparison.Ordinal);
        Assert.Equal(1, harness.StoresCreated);
    }

    [Fact]
    public async Task Non_utf8_and_empty_articles_are_named()
    {
        using var harness = new ImporterHarness();
        await File.WriteAllBytesAsync(harness.PathOf("sources/latin1.txt"), [0x63, 0x61, 0x66, 0xE9]);
        await File.WriteAllBytesAsync(harness.PathOf("sources/empty.txt"), []);
        var (exit, output) = await harness.RunAsync(harness.Corpus);
        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Contains("latin1.txt: is not valid UTF-8", output, StringComparison.Ordinal);
        Assert.Contains("empty.txt: the file is empty", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_input_is_named()
    {
        using var harness = new ImporterHarness();
        var (exit, output) = await harness.RunAsync(Path.Combine(harness.Root, "nope"));
        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Contains("nope: no such file or folder", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_mixed_with_article_files_is_a_usage_error()
    {
        using var harness = new ImporterHarness();
        var (exit, output) = await harness.RunAsync(harness.Corpus, harness.PathOf("sources/a_001.txt"));
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("give either one corpus folder or article files", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unwritable_export_path_is_named()
    {
        using var harness = new ImporterHarness();
        var target = Path.Combine(harness.Root, "no-such-folder", "graph.json");
        var (exit, output) = await harness.RunAsync(harness.Corpus, "--json", target);
        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Contains("cannot write the export", output, StringComparison.Ordinal);
        Assert.Contains("no-such-folder", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Usage_errors_exit_with_2()
    {
        using var harness = new ImporterHarness();
        Assert.Equal(ExitCodes.Usage, (await harness.RunAsync()).ExitCode);
        var (exit, output) = await harness.RunAsync(harness.Corpus, "--bogus");
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("--bogus", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_lists_the_options()
    {
        using var harness = new ImporterHarness();
        var (exit, output) = await harness.RunAsync("--help");
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("--graphml", output, StringComparison.Ordinal);
        Assert.Contains("--knowledge", output, StringComparison.Ordinal);
        Assert.Contains("--strict-lint", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Neo4j_unreachable_fails_with_its_own_exit_code_and_names_the_server()
    {
        using var harness = new ImporterHarness();
        await using var unreachable = GraphApi.Knowledge.Neo4j.Neo4jKnowledgeStore.Connect(
            new GraphApi.Knowledge.Neo4j.Neo4jStoreOptions { Uri = new Uri("bolt://127.0.0.1:1"), Password = "secret" });
        harness.Neo4jFactory = () => unreachable;

        var (exit, output) = await harness.RunAsync(harness.Corpus, "--neo4j");

        Assert.Equal(ExitCodes.StoreFailed, exit);
        Assert.Contains("cannot write to Neo4j", output, StringComparison.Ordinal);
        Assert.Contains("127.0.0.1:1", output, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", output, StringComparison.Ordinal);
        Assert.Equal(0, harness.StoresCreated);
    }

    [Fact]
    public async Task An_invalid_corpus_never_reaches_Neo4j()
    {
        using var harness = new ImporterHarness();
        harness.Replace("knowledge/entities.yaml", "id: person/", "id: person/ ");
        harness.Neo4jFactory = () => throw new InvalidOperationException("validation should have stopped the import first");

        var (exit, _) = await harness.RunAsync(harness.Corpus, "--neo4j");

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Equal(0, harness.Neo4jStoresCreated);
    }
}
