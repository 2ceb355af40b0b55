namespace GraphApi.Knowledge.Lint.Rules;

/// <summary>
/// The English of a claim (its <c>text</c>) and of each quote (its <c>en</c>) must keep the hedges of the Arabic it
/// renders (<see cref="GlossHedges"/>): for each hedge found in a quote, one of its English renderings must appear in
/// the quote's <c>en</c> and in the claim's <c>text</c>.
/// </summary>
public sealed class GlossHedgeRule : IClaimLintRule
{
    public string Id => "gloss-drops-hedge";

    public IEnumerable<LintFinding> Check(ClaimLintContext context)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in context.Evidence)
        {
            foreach (var (word, hedge) in GlossHedges.In([.. e.QuoteTokens]))
            {
                var missing = new List<string>();
                if (e.Evidence.En is { } en && !hedge.English.IsMatch(en))
                {
                    missing.Add("the quote's en");
                }

                if (context.Claim.Text is { } text && !hedge.English.IsMatch(text))
                {
                    missing.Add("the claim's text");
                }

                if (missing.Count > 0 && reported.Add(hedge.Label + "|" + string.Join(",", missing)))
                {
                    yield return context.Finding(Id, $"«{word.Raw}» ({hedge.Label}) is dropped from {string.Join(" and ", missing)}", e, word);
                }
            }
        }
    }
}
