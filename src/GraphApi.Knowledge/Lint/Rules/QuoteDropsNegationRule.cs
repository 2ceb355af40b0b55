namespace GraphApi.Knowledge.Lint.Rules;

/// <summary>
/// A quote must not leave out a negation that governs it, or its words can say the opposite of the sentence
/// (claim/000-addar-not-mere-courtesy began after «لم يكن»). Warns when, in the quote's sentence,
/// <list type="bullet">
/// <item>the word just before the quote is a negation («…لم» + quote);</item>
/// <item>the quote ends on a negation and leaves out what it negates;</item>
/// <item>the quote starts inside a negated clause: a negation before it, no clause opening in between
/// («…، و»), and either no "but" in the sentence, or the quote reaching the «بل / لكن» that answers the
/// negation (it keeps "but Y" and drops "not X").</item>
/// </list>
/// Negations: لم، لن، لا، ليس (ليست، ليسوا، لست…)، غير، and ما only before كان or عاد. Not negations: لا سيما
/// ("especially"), غير أن ("however"), غيرها ("other than it"), and the other readings of ما (relative "what",
/// غالبا ما "often", ما يسمى "so-called", مما، كما).
/// </summary>
public sealed class QuoteDropsNegationRule : IClaimLintRule
{
    public string Id => "quote-drops-negation";

    public IEnumerable<LintFinding> Check(ClaimLintContext context)
    {
        foreach (var e in context.Evidence)
        {
            var tokens = e.SentenceTokens;
            var firstInQuote = IndexOf(tokens, t => t.Start >= e.Quote.Start);
            if (firstInQuote < 0)
            {
                continue;
            }

            var lastInQuote = LastIndexOf(tokens, t => t.End <= e.Quote.End);
            if (firstInQuote > 0 && IsNegation(tokens, firstInQuote - 1))
            {
                var word = tokens[firstInQuote - 1];
                yield return context.Finding(Id, $"the word before the quote is the negation «{word.Raw}»; the quote drops it", e, word);
                continue;
            }

            if (lastInQuote >= firstInQuote && IsNegation(tokens, lastInQuote) && lastInQuote + 1 < tokens.Count)
            {
                var word = tokens[lastInQuote];
                yield return context.Finding(Id, $"the quote ends on the negation «{word.Raw}» and leaves out what it negates", e, word);
                continue;
            }

            if (NegatedClauseAround(tokens, firstInQuote, lastInQuote) is { } negation)
            {
                yield return context.Finding(Id, $"the quote starts inside the clause negated by «{negation.Raw}» earlier in its sentence and leaves the negation out", e, negation);
            }
        }
    }

    /// <summary>The negation whose clause the quote starts in, when dropping it changes the quote's meaning.</summary>
    private static LintToken? NegatedClauseAround(IReadOnlyList<LintToken> tokens, int firstInQuote, int lastInQuote)
    {
        for (var n = firstInQuote - 1; n >= 0; n--)
        {
            if (LintText.OpensClause(tokens[n]) && !IsNegation(tokens, n))
            {
                return null;
            }

            if (!IsNegation(tokens, n))
            {
                continue;
            }

            var contrast = IndexOf(tokens, t => t.Start > tokens[n].Start && LintText.IsContrast(t));
            if (contrast < 0)
            {
                var clauseEnd = IndexOf(tokens, t => t.Start > tokens[n].Start && LintText.OpensClause(t));
                return clauseEnd < 0 || clauseEnd > firstInQuote ? tokens[n] : null;
            }

            // "لم يكن X … بل Y": a quote inside X that stops short of «بل» is X's content, not the negated predicate.
            var reachesContrast = contrast <= lastInQuote || contrast == lastInQuote + 1;
            return contrast > firstInQuote && reachesContrast ? tokens[n] : null;
        }

        return null;
    }

    private static bool IsNegation(IReadOnlyList<LintToken> tokens, int i)
    {
        var t = tokens[i];
        var next = i + 1 < tokens.Count ? tokens[i + 1] : null;
        if (t.Is("لم", "لن", "ليس", "ليست", "ليسوا", "ليسا", "لست", "لسنا", "لستم"))
        {
            return true;
        }

        if (t.Is("لا"))
        {
            return next is null || !next.Is("سيما");
        }

        if (t.Is("غير"))
        {
            return next is null || !next.Is("ان");
        }

        return t.Is("ما") && next is not null && next.Is("كان", "كانت", "كانوا", "كانا", "عاد", "عادت");
    }

    private static int IndexOf(IReadOnlyList<LintToken> tokens, Func<LintToken, bool> predicate)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (predicate(tokens[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static int LastIndexOf(IReadOnlyList<LintToken> tokens, Func<LintToken, bool> predicate)
    {
        for (var i = tokens.Count - 1; i >= 0; i--)
        {
            if (predicate(tokens[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
