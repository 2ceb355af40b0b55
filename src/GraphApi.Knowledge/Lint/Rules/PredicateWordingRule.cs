namespace GraphApi.Knowledge.Lint.Rules;

/// <summary>
/// A relation's predicate must not contradict the words its evidence uses for it. Each row names a predicate, wording
/// that means something else, and what that wording does support:
/// <list type="bullet">
/// <item><c>founded</c> with «عضو مؤسس»، «عضوا مؤسسا»، «الأعضاء المؤسسين»، «من مؤسسي» (a founding member, one of the
/// founders): membership (<c>member-of</c>), not founding alone (claim/000-morocco-founding-member-gctf).</item>
/// </list>
/// Words are compared after folding and proclitic stripping, so spelling and clitics do not matter.
/// </summary>
public sealed class PredicateWordingRule : IClaimLintRule
{
    private static readonly (string Predicate, string[][] Wordings, string Supports)[] Table =
    [
        ("founded", [["عضو", "مءسس"], ["عضوا", "مءسسا"], ["اعضاء", "مءسسين"], ["من", "مءسسي"]], "a founding member is one of the founders, which is membership (member-of)"),
    ];

    public string Id => "predicate-wording-mismatch";

    public IEnumerable<LintFinding> Check(ClaimLintContext context)
    {
        if (context.Claim.Predicate is not { } predicate)
        {
            yield break;
        }

        foreach (var (rowPredicate, wordings, supports) in Table.Where(r => r.Predicate == predicate))
        {
            foreach (var e in context.Evidence)
            {
                var tokens = e.QuoteTokens.ToList();
                for (var i = 0; i < tokens.Count; i++)
                {
                    if (wordings.Any(w => LintText.StartsPhrase(tokens, i, w)))
                    {
                        var words = string.Join(' ', tokens.Skip(i).Take(2).Select(t => t.Raw));
                        yield return context.Finding(Id, $"«{words}»: {supports}, not {rowPredicate}", e, tokens[i]);
                        yield break;
                    }
                }
            }
        }
    }
}
