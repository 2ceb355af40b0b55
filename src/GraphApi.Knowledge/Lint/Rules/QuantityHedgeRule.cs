using System.Globalization;
using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Lint.Rules;

/// <summary>
/// A quantity's qualifier must keep the hedge its sentence puts on the number (claim/003-attacks-recorded-count turned
/// «أساسا», "mainly", into "exactly 3").
/// <list type="bullet">
/// <item>Hedges on the number itself, within two words before it: حوالي، نحو، قرابة، زهاء، تقريبا، ما يقارب (about);
/// أزيد من، أكثر من، ما يزيد عن/على، ما يفوق، يفوق (more than); أقل من (less than); and after it, أو أكثر (at least),
/// أو أقل (at most), على الأقل (at least). Each requires a qualifier that admits it.</item>
/// <item>Hedges on a clause: أساسا، أساسًا، بالأساس، بشكل أساسي ("mainly") in the quote or in its clause before it say
/// that the count is not complete, so the qualifier cannot be <c>exactly</c>. A "mainly" of another clause of the
/// sentence («وتتعلق الهجمات المسجلة بالمغرب، أساسا، … ثم مقتل سائحتين») does not bear on a count inside the list.</item>
/// </list>
/// The number is found by its digits (Western or Arabic-Indic); a count written in words (سائحتين، شهر) has no
/// number-level hedge to check.
/// </summary>
public sealed class QuantityHedgeRule : IClaimLintRule
{
    public string Id => "quantity-drops-hedge";

    public IEnumerable<LintFinding> Check(ClaimLintContext context)
    {
        if (context.Claim.Quantity is not { } quantity)
        {
            yield break;
        }

        var digits = quantity.Value.ToString(CultureInfo.InvariantCulture);
        foreach (var e in context.Evidence)
        {
            var tokens = e.SentenceTokens;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (tokens[i].Folded != digits)
                {
                    continue;
                }

                if (NumberHedge(tokens, i) is { } hedge && !hedge.Admits.Contains(quantity.Qualifier))
                {
                    yield return context.Finding(Id, $"«{hedge.Word.Raw}» makes the number {hedge.Meaning}, but the qualifier is {Name(quantity.Qualifier)}", e, hedge.Word);
                    yield break;
                }
            }

            if (quantity.Qualifier == QuantityQualifier.Exactly && Mainly(e.QuoteWithClauseBefore) is { } mainly)
            {
                yield return context.Finding(Id, $"«{mainly.Raw}» (mainly) says the count is not complete, but the qualifier is exactly", e, mainly);
                yield break;
            }
        }
    }

    private static string Name(QuantityQualifier qualifier) => qualifier switch
    {
        QuantityQualifier.Exactly => "exactly",
        QuantityQualifier.MoreThan => "more-than",
        QuantityQualifier.AtLeast => "at-least",
        QuantityQualifier.About => "about",
        QuantityQualifier.LessThan => "less-than",
        QuantityQualifier.AtMost => "at-most",
        _ => throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, "Not a qualifier."),
    };

    private static LintToken? Mainly(IReadOnlyList<LintToken> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Is("اساسا", "بالاساس") || (tokens[i].Is("بشكل") && i + 1 < tokens.Count && tokens[i + 1].Is("اساسي")))
            {
                return tokens[i];
            }
        }

        return null;
    }

    private static (LintToken Word, string Meaning, QuantityQualifier[] Admits)? NumberHedge(IReadOnlyList<LintToken> tokens, int number)
    {
        QuantityQualifier[] about = [QuantityQualifier.About];
        QuantityQualifier[] above = [QuantityQualifier.MoreThan, QuantityQualifier.AtLeast];
        QuantityQualifier[] below = [QuantityQualifier.LessThan, QuantityQualifier.AtMost];
        for (var back = 1; back <= 2 && number - back >= 0; back++)
        {
            var t = tokens[number - back];
            var next = tokens[number - back + 1];
            if (t.Is("حوالي", "قرابه", "زهاء", "تقريبا") || (t.Is("نحو") && back == 1) || (t.Is("يقارب") && back == 1))
            {
                return (t, "approximate", about);
            }

            if (t.Is("ازيد", "اكثر") && next.Is("من"))
            {
                return (t, "a lower bound (more than)", above);
            }

            if (t.Is("يزيد", "يفوق"))
            {
                return (t, "a lower bound (more than)", above);
            }

            if (t.Is("اقل") && next.Is("من"))
            {
                return (t, "an upper bound (less than)", below);
            }
        }

        for (var ahead = 1; ahead <= 3 && number + ahead + 1 < tokens.Count; ahead++)
        {
            var t = tokens[number + ahead];
            var next = tokens[number + ahead + 1];
            if (t.Is("او") && next.Is("اكثر"))
            {
                return (next, "a lower bound (or more)", [QuantityQualifier.AtLeast, QuantityQualifier.MoreThan]);
            }

            if (t.Is("او") && next.Is("اقل"))
            {
                return (next, "an upper bound (or less)", [QuantityQualifier.AtMost, QuantityQualifier.LessThan]);
            }

            if (t.Is("على") && next.Stem == "اقل")
            {
                return (next, "a lower bound (at least)", [QuantityQualifier.AtLeast, QuantityQualifier.MoreThan]);
            }
        }

        return null;
    }
}
