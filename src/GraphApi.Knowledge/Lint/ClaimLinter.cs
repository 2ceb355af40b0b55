using GraphApi.Knowledge.Lint.Rules;
using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Lint;

/// <summary>
/// The lint of claims and entities against the words of their sources (docs/knowledge-format.md#the-lint). It reads a
/// claim whatever made it, curated or extracted, so the curated seeds and an extractor are held to the same rules: give
/// it the claim with its anchored evidence and a way to read the text of the sources it quotes. Rules run in the order
/// of <see cref="ClaimRules"/> and never throw on odd text; each warning names its rule.
/// </summary>
public static class ClaimLinter
{
    /// <summary>The claim rules, one per file under Lint/Rules.</summary>
    public static IReadOnlyList<IClaimLintRule> ClaimRules { get; } =
    [
        new QuoteDropsNegationRule(),
        new AttributionCueRule(),
        new ModalityMarkerRule(),
        new QuantityHedgeRule(),
        new GlossHedgeRule(),
        new RelativeBaselineRule(),
        new PredicateWordingRule(),
        new ReportedPeriodDateRule(),
    ];

    /// <summary>The entity rules.</summary>
    public static IReadOnlyList<IEntityLintRule> EntityRules { get; } = [new UnsourcedEntityDateRule(), new DescriptionQuantifierRule()];

    /// <summary>Every rule id, claim rules first, for checking the ids curators write in <c>acknowledged:</c>.</summary>
    public static IReadOnlyList<string> RuleIds { get; } = [.. ClaimRules.Select(r => r.Id), .. EntityRules.Select(r => r.Id)];

    /// <summary>Lints a claim whose evidence all quotes <paramref name="sourceText"/> (one article, as an extractor reads it).</summary>
    public static IReadOnlyList<LintFinding> Lint(Claim claim, string sourceText) => Lint(claim, _ => sourceText);

    /// <summary>Lints a claim; <paramref name="sourceText"/> gives the text of a source by id (null when unknown).</summary>
    public static IReadOnlyList<LintFinding> Lint(Claim claim, Func<string, string?> sourceText)
    {
        var context = new ClaimLintContext(claim, sourceText);
        return [.. ClaimRules.SelectMany(rule => rule.Check(context))];
    }

    /// <summary>Lints an entity against the sentences of the corpus that speak of it.</summary>
    public static IReadOnlyList<LintFinding> Lint(Entity entity, IReadOnlyList<string> sentences)
    {
        var context = new EntityLintContext(entity, sentences);
        return [.. EntityRules.SelectMany(rule => rule.Check(context))];
    }
}
