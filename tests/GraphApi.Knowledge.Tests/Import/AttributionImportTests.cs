using GraphApi.Knowledge.Import;
using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Tests.Import;

/// <summary>
/// The attribution, modality and dated-phrase keys of claims, the Document kind, and the lint at import: bad values stop
/// the import naming file, line, claim and phrase; lint warnings never stop it and are answered by acknowledgements.
/// </summary>
public class AttributionImportTests
{
    private const string SahelHead = "  - id: claim/a-sahel-cooperation\n    kind: STATEMENT\n    speaker: person/habboub\n    about: [place/sahel]\n    attribution: { kind: NAMED, text: وأضاف أن, en: he added that }";

    private static async Task<IReadOnlyList<ImportError>> ErrorsAsync(TempCorpus corpus)
    {
        var outcome = await new ImportPipeline().ImportCorpusAsync(corpus.Root);
        Assert.False(outcome.Succeeded);
        return outcome.Errors;
    }

    private static async Task<ImportOutcome> ImportAsync(TempCorpus corpus)
    {
        var outcome = await new ImportPipeline().ImportCorpusAsync(corpus.Root);
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Errors));
        return outcome;
    }

    [Fact]
    public async Task Attribution_words_are_anchored_like_a_quote_and_a_missing_phrase_names_file_claim_and_words()
    {
        using var corpus = new TempCorpus();
        corpus.Replace("knowledge/claims/a_001.yaml", "text: وأضاف أن,", "text: وأكد أن,");
        var error = Assert.Single(await ErrorsAsync(corpus));
        Assert.EndsWith("a_001.yaml", error.File, StringComparison.Ordinal);
        Assert.NotNull(error.Line);
        Assert.Contains("claim 'claim/a-sahel-cooperation': attribution text not found in", error.Message, StringComparison.Ordinal);
        Assert.Contains("a_001.txt", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"وأكد أن\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anchored_phrases_carry_their_offsets_and_the_date_as_written()
    {
        using var corpus = new TempCorpus();
        corpus.Replace("knowledge/claims/b_002.yaml", "    note: 2009 is probably a typo for about 209.", "    note: 2009 is probably a typo for about 209.\n    dateAsWritten: { text: أعلن, en: announced }");
        var graph = (await ImportAsync(corpus)).Graph!;
        var claim = graph.Claims.Single(c => c.Id == "claim/b-cells-2009");
        var text = graph.Sources.Single(s => s.Id == claim.SourceId).Text;
        Assert.Equal("أعلن BCIJ أن", text[claim.Attribution.Phrase!.Start..claim.Attribution.Phrase.End]);
        Assert.Equal(("أعلن", "announced", 0, 4), (claim.DateAsWritten!.Text, claim.DateAsWritten.En, claim.DateAsWritten.Start, claim.DateAsWritten.End));
        Assert.Equal("2009 is probably a typo for about 209.", claim.Note);
    }

    [Fact]
    public async Task Without_an_attribution_a_claim_with_a_speaker_is_named_and_one_without_is_the_outlets_voice()
    {
        using var corpus = new TempCorpus();
        corpus.Replace("knowledge/claims/a_001.yaml", "\n    attribution: { kind: NAMED, text: وأضاف أن, en: he added that }", string.Empty);
        var graph = (await ImportAsync(corpus)).Graph!;
        var statement = graph.Claims.Single(c => c.Id == "claim/a-sahel-cooperation");
        Assert.Equal((AttributionKind.Named, Modality.Asserted, "person/habboub", (Phrase?)null), (statement.Attribution.Kind, statement.Modality, statement.SpeakerId, statement.Attribution.Phrase));
        var role = graph.Claims.Single(c => c.Id == "claim/a-habboub-heads-bcij");
        Assert.Equal((AttributionKind.Outlet, "institution/outlet-a"), (role.Attribution.Kind, role.SpeakerId));
        var unattributed = graph.Claims.Single(c => c.Id == "claim/b-habboub-directs-bcij");
        Assert.Equal((AttributionKind.Outlet, (string?)null), (unattributed.Attribution.Kind, unattributed.SpeakerId)); // b_002 names no outlet
    }

    [Fact]
    public async Task Unnamed_sources_and_reports_do_not_default_to_the_outlet()
    {
        using var corpus = new TempCorpus();
        corpus.Replace("knowledge/claims/a_001.yaml", "  - id: claim/a-habboub-heads-bcij\n    kind: RELATION", "  - id: claim/a-habboub-heads-bcij\n    kind: RELATION\n    attribution: { kind: ANONYMOUS, affiliation: institution/bcij }\n    acknowledged: [{ rule: attribution-cue-mismatch, reason: a test of the default speaker }]");
        var claim = (await ImportAsync(corpus)).Graph!.Claims.Single(c => c.Id == "claim/a-habboub-heads-bcij");
        Assert.Equal((AttributionKind.Anonymous, "institution/bcij", (string?)null), (claim.Attribution.Kind, claim.Attribution.AffiliationId, claim.SpeakerId));
    }

    [Theory]
    [InlineData("attribution: { kind: NAMED, text: وأضاف أن, en: he added that }", "attribution: { kind: QUOTED }", "unknown attribution kind 'QUOTED' (expected NAMED, ANONYMOUS, REPORTED or OUTLET)")]
    [InlineData("    speaker: person/habboub\n    about: [place/sahel]", "    about: [place/sahel]", "a NAMED attribution needs a 'speaker'")]
    [InlineData("attribution: { kind: NAMED, text: وأضاف أن, en: he added that }", "attribution: { kind: OUTLET }", "an OUTLET attribution is the outlet's own voice; remove 'speaker'")]
    [InlineData("attribution: { kind: NAMED, text: وأضاف أن, en: he added that }", "attribution: { kind: NAMED, en: he added that }", "'en' and 'occurrence' describe a 'text'")]
    [InlineData("attribution: { kind: NAMED, text: وأضاف أن, en: he added that }", "attribution: { kind: NAMED, text: وأضاف أن, occurrence: 2 }", "attribution text occurs 1 time(s)")]
    [InlineData("attribution: { kind: NAMED, text: وأضاف أن, en: he added that }", "attribution: { kind: NAMED, affiliation: institution/nobody }", "unknown entity 'institution/nobody' in 'attribution.affiliation'")]
    [InlineData("attribution: { kind: NAMED, text: وأضاف أن, en: he added that }", "attribution: { kind: NAMED, speaker: person/habboub }", "unknown key 'speaker'")]
    [InlineData("attribution: { kind: NAMED, text: وأضاف أن, en: he added that }", "attribution: { kind: NAMED }\n    modality: CERTAIN", "unknown modality 'CERTAIN' (expected ASSERTED, POSSIBLE or FUTURE)")]
    [InlineData("attribution: { kind: NAMED, text: وأضاف أن, en: he added that }", "attribution: { kind: NAMED }\n    acknowledged: [{ rule: no-such-rule, reason: r }]", "unknown lint rule 'no-such-rule'")]
    [InlineData("attribution: { kind: NAMED, text: وأضاف أن, en: he added that }", "attribution: { kind: NAMED }\n    acknowledged: [{ rule: quote-drops-negation }]", "missing 'reason'")]
    [InlineData("attribution: { kind: NAMED, text: وأضاف أن, en: he added that }", "attribution: { kind: NAMED }\n    dateAsWritten: { text: في وقت سابق }", "dateAsWritten text not found in")]
    public async Task Bad_attribution_modality_and_acknowledgements_are_errors_on_their_line(string old, string replacement, string message)
    {
        using var corpus = new TempCorpus();
        corpus.Replace("knowledge/claims/a_001.yaml", old, replacement);
        var error = Assert.Single(await ErrorsAsync(corpus), e => e.Message.Contains(message, StringComparison.Ordinal));
        Assert.EndsWith("a_001.yaml", error.File, StringComparison.Ordinal);
        Assert.NotNull(error.Line);
    }

    [Fact]
    public async Task A_document_speaks_only_through_a_reported_attribution_and_only_documents_have_publishers()
    {
        using var corpus = new TempCorpus();
        corpus.Replace("knowledge/entities.yaml", "entities:\n", "entities:\n  - id: document/bureau-report\n    kind: Document\n    name: The bureau's report\n    publisher: institution/bcij\n  - id: place/nowhere\n    kind: Place\n    name: Nowhere\n    publisher: institution/bcij\n");
        corpus.Replace("knowledge/claims/a_001.yaml", SahelHead, SahelHead.Replace("speaker: person/habboub", "speaker: document/bureau-report", StringComparison.Ordinal));
        var errors = await ErrorsAsync(corpus);
        Assert.Contains(errors, e => e.Message.Contains("the speaker 'document/bureau-report' is a Document, so its attribution is REPORTED, not NAMED", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("'publisher' is for Documents", StringComparison.Ordinal) && e.File.EndsWith("entities.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Documents_import_with_their_publisher_and_what_they_say()
    {
        using var corpus = new TempCorpus();
        corpus.Replace("knowledge/entities.yaml", "entities:\n", "entities:\n  - id: document/bureau-report\n    kind: Document\n    name: The bureau's report\n    nameAr: المكتب المركزي للأبحاث القضائية يفكك خلايا جديدة\n    publisher: institution/bcij\n");
        corpus.Replace("knowledge/claims/a_001.yaml", SahelHead, SahelHead.Replace("speaker: person/habboub", "speaker: document/bureau-report", StringComparison.Ordinal).Replace("kind: NAMED", "kind: REPORTED, affiliation: institution/bcij", StringComparison.Ordinal));
        var outcome = await ImportAsync(corpus);
        var document = outcome.Graph!.Entities.Single(e => e.Id == "document/bureau-report");
        Assert.Equal((EntityKind.Document, NodeKind.Document, "institution/bcij"), (document.Kind, document.NodeKind, document.PublisherId));
        Assert.Contains(outcome.Graph.Mentions, m => m.EntityId == document.Id);
        Assert.Equal(AttributionKind.Reported, outcome.Graph.Claims.Single(c => c.SpeakerId == document.Id).Attribution.Kind);
    }

    [Fact]
    public async Task Lint_warnings_do_not_stop_the_import_and_name_file_line_claim_and_rule()
    {
        using var corpus = new TempCorpus();
        corpus.Replace("knowledge/claims/a_001.yaml", SahelHead, SahelHead + "\n    modality: FUTURE");
        var outcome = await ImportAsync(corpus);
        var entry = Assert.Single(outcome.Lint.Unacknowledged);
        Assert.Equal(("claim/a-sahel-cooperation", "modality-marker-mismatch"), (entry.Finding.SubjectId, entry.Finding.RuleId));
        Assert.EndsWith("a_001.yaml", entry.File, StringComparison.Ordinal);
        Assert.Contains(outcome.Graph!.Warnings, w => w.StartsWith("lint: ", StringComparison.Ordinal) && w.Contains($"a_001.yaml:{entry.Line}: claim/a-sahel-cooperation: [modality-marker-mismatch]", StringComparison.Ordinal));
        Assert.False(outcome.Lint.IsClean);
    }

    [Fact]
    public async Task An_acknowledgement_silences_its_rule_and_one_that_matches_nothing_is_stale()
    {
        using var corpus = new TempCorpus();
        corpus.Replace("knowledge/claims/a_001.yaml", SahelHead, SahelHead + "\n    modality: FUTURE\n    acknowledged:\n      - rule: modality-marker-mismatch\n        reason: the expectation is in the next sentence\n      - rule: quote-drops-negation\n        reason: nothing to answer");
        var lint = (await ImportAsync(corpus)).Lint;
        Assert.Empty(lint.Unacknowledged);
        var acknowledged = Assert.Single(lint.Acknowledged);
        Assert.Equal("the expectation is in the next sentence", acknowledged.AcknowledgedBecause);
        var stale = Assert.Single(lint.Stale);
        Assert.Equal(("claim/a-sahel-cooperation", "quote-drops-negation"), (stale.SubjectId, stale.Acknowledgement.RuleId));
        Assert.Contains("no longer warns here", stale.ToString(), StringComparison.Ordinal);
        Assert.False(lint.IsClean);
    }
}
