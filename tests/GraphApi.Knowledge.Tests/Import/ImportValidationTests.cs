using GraphApi.Knowledge.Import;

namespace GraphApi.Knowledge.Tests.Import;

/// <summary>Bad input stops the import with every error, each naming its file, line and what was expected.</summary>
public class ImportValidationTests
{
    private static async Task<IReadOnlyList<ImportError>> ErrorsAsync(TempCorpus corpus)
    {
        var outcome = await new ImportPipeline().ImportCorpusAsync(corpus.Root);
        Assert.False(outcome.Succeeded);
        Assert.Null(outcome.Graph);
        return outcome.Errors;
    }

    [Fact]
    public async Task Unknown_key_is_reported_with_file_and_line()
    {
        using var corpus = new TempCorpus();
        corpus.Replace("knowledge/entities.yaml", "    name: Rabat", "    nmae: Rabat");
        var errors = await ErrorsAsync(corpus);
        var error = Assert.Single(errors, e => e.Message.StartsWith("unknown key 'nmae'", StringComparison.Ordinal));
        Assert.Equal(corpus.PathOf("knowledge/entities.yaml"), error.File);
        Assert.Equal(24, error.Line);
        Assert.Matches(@"entities\.yaml:24: unknown key 'nmae'", error.ToString());
    }

    [Fact]
    public async Task Unknown_entity_reference_is_an_error()
    {
        using var corpus = new TempCorpus();
        corpus.Replace("knowledge/claims/b_002.yaml", "speaker: institution/bcij", "speaker: institution/nobody");
        var error = Assert.Single(await ErrorsAsync(corpus));
        Assert.Contains("unknown entity 'institution/nobody' in 'speaker'", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("b_002.yaml:6", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Duplicate_ids_are_errors()
    {
        using var corpus = new TempCorpus();
        corpus.Replace("knowledge/entities.yaml", "id: place/sahel", "id: place/rabat");
        corpus.Replace("knowledge/claims/b_002.yaml", "id: claim/b-cells-2009", "id: claim/a-cells-207");
        var errors = await ErrorsAsync(corpus);
        Assert.Contains(errors, e => e.Message.StartsWith("duplicate entity id 'place/rabat'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.StartsWith("duplicate claim id 'claim/a-cells-207'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Quote_not_found_names_the_file_the_claim_and_the_quote()
    {
        using var corpus = new TempCorpus();
        corpus.Replace("knowledge/claims/a_001.yaml", "فككت 207 خلايا", "فككت 208 خلايا");
        var error = Assert.Single(await ErrorsAsync(corpus));
        Assert.Contains("claim 'claim/a-cells-207': quote not found", error.Message, StringComparison.Ordinal);
        Assert.Contains("a_001.txt", error.Message, StringComparison.Ordinal);
        Assert.Contains("فككت 208 خلايا", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Non_utf8_and_empty_files_are_named()
    {
        using var corpus = new TempCorpus();
        File.WriteAllBytes(corpus.PathOf("sources/bad.txt"), [0x41, 0xC3, 0x28, 0x42]);
        File.WriteAllBytes(corpus.PathOf("sources/empty.txt"), []);
        var errors = await ErrorsAsync(corpus);
        Assert.Contains(errors, e => e.File.EndsWith("bad.txt", StringComparison.Ordinal) && e.Message.Contains("not valid UTF-8", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.File.EndsWith("empty.txt", StringComparison.Ordinal) && e.Message.Contains("empty", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_error_is_collected_not_just_the_first()
    {
        using var corpus = new TempCorpus();
        corpus.Replace("knowledge/entities.yaml", "    name: Rabat", "    nmae: Rabat");
        corpus.Replace("knowledge/claims/a_001.yaml", "فككت 207 خلايا", "فككت 208 خلايا");
        corpus.Replace("knowledge/sources.yaml", "outlet: institution/outlet-a", "outlet: institution/outlet-z");
        Assert.True((await ErrorsAsync(corpus)).Count >= 4); // the unknown key, the now nameless entity, the quote, the outlet
    }

    [Fact]
    public async Task Yaml_syntax_errors_carry_a_line()
    {
        using var corpus = new TempCorpus();
        corpus.Write("knowledge/sources.yaml", "sources:\n  - file: a_001.txt\n    title: \"unterminated\n");
        var error = Assert.Single(await ErrorsAsync(corpus));
        Assert.StartsWith("YAML syntax error", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.Line);
    }

    [Fact]
    public async Task A_folder_without_sources_is_not_a_corpus()
    {
        var outcome = await new ImportPipeline().ImportCorpusAsync(Path.Combine(RepositoryPaths.Fixtures, "no-such-corpus"));
        Assert.Contains("no sources/ folder", Assert.Single(outcome.Errors).Message, StringComparison.Ordinal);
    }
}
