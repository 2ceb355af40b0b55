using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Lint;

/// <summary>
/// What a claim rule sees: the claim (its attribution, modality, quantity, texts) and each evidence quote in its source.
/// Evidence whose source text is not available is left out.
/// </summary>
public sealed class ClaimLintContext
{
    public ClaimLintContext(Claim claim, Func<string, string?> sourceText)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(sourceText);
        Claim = claim;
        Evidence = [.. claim.Evidence
            .Select(e => (Evidence: e, Text: sourceText(e.SourceId)))
            .Where(e => e.Text is not null && e.Evidence.End <= e.Text.Length && e.Evidence.Start <= e.Evidence.End)
            .Select(e => new EvidenceText(e.Evidence, e.Text!))];
        var own = sourceText(claim.SourceId);
        AttributionTokens = own is not null && claim.Attribution.Phrase is { } phrase && phrase.End <= own.Length
            ? LintText.Tokenize(own, new TextSpan(phrase.Start, phrase.End))
            : [];
    }

    public Claim Claim { get; }

    public IReadOnlyList<EvidenceText> Evidence { get; }

    /// <summary>The words of the claim's attribution phrase, when it has one.</summary>
    public IReadOnlyList<LintToken> AttributionTokens { get; }

    public LintFinding Finding(string ruleId, string message, EvidenceText? at = null, LintToken? word = null) =>
        new(ruleId, Claim.Id, message, at?.Evidence.SourceId, word is null ? null : new TextSpan(word.Start, word.End));
}
