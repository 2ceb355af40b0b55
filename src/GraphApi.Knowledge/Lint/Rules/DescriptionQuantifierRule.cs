using System.Text.RegularExpressions;

namespace GraphApi.Knowledge.Lint.Rules;

/// <summary>
/// An entity description identifies the entity; a quantified or superlative fact about it ("most cells dismantled in
/// Morocco", "the deadliest attack") belongs in a claim with evidence, where its hedges are kept («جزء كبير منها» is "a
/// large part", not "most"). Warns on: most, majority, all, every, none, only, and superlatives in -est of size or harm
/// (largest, biggest, deadliest, worst).
/// </summary>
public sealed partial class DescriptionQuantifierRule : IEntityLintRule
{
    public string Id => "entity-description-quantifier";

    public IEnumerable<LintFinding> Check(EntityLintContext context)
    {
        if (context.Entity.Description is not { } description)
        {
            yield break;
        }

        var words = QuantifierPattern().Matches(description).Select(m => m.Value).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (words.Count > 0)
        {
            yield return context.Finding(Id, $"the description quantifies («{string.Join("», «", words)}»); state that as a claim with evidence and its hedges");
        }
    }

    [GeneratedRegex(@"\b(most|majority|all|every|none|only|largest|biggest|deadliest|worst)\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuantifierPattern();
}
