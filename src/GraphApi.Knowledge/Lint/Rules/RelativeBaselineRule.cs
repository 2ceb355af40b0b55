using System.Globalization;

namespace GraphApi.Knowledge.Lint.Rules;

/// <summary>
/// A quantity counted over a period relative to the article ("in the past three years") must have the baseline that
/// period gives. The last N years as of year Y are the calendar years Y−N+1 … Y, so the baseline is Y−N+1: three years
/// as of November 2020 start in 2018 (claim/003-dgst-cells-32-last-three-years said 2017), the last decade as of
/// December 2020 starts in 2011.
/// <list type="bullet">
/// <item>Periods: السنوات الثلاث الماضية / الأخيرة (and الثلاث سنوات الأخيرة), with the numbers three to ten in words
/// or in digits; العقد الأخير / الماضي (ten years).</item>
/// <item>In recent years (في السنوات الأخيرة) without a number, the baseline is unknown and must stay null.</item>
/// <item>A relative period needs <c>asOf</c> to be resolved; without it the rule asks for one.</item>
/// </list>
/// The period belongs to the number nearest to it in the sentence: in «أزيد من 200 خلية، منها 88 على مدى العقد الأخير»
/// the decade is the baseline of 88, not of 200.
/// </summary>
public sealed class RelativeBaselineRule : IClaimLintRule
{
    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.Ordinal)
    {
        ["ثلاث"] = 3, ["ثلاثه"] = 3, ["اربع"] = 4, ["اربعه"] = 4, ["خمس"] = 5, ["خمسه"] = 5, ["ست"] = 6, ["سته"] = 6,
        ["سبع"] = 7, ["سبعه"] = 7, ["ثماني"] = 8, ["ثمان"] = 8, ["ثمانيه"] = 8, ["تسع"] = 9, ["تسعه"] = 9, ["عشر"] = 10, ["عشره"] = 10,
    };

    public string Id => "relative-baseline-mismatch";

    public IEnumerable<LintFinding> Check(ClaimLintContext context)
    {
        if (context.Claim.Quantity is not { } quantity)
        {
            yield break;
        }

        var digits = quantity.Value.ToString(CultureInfo.InvariantCulture);
        foreach (var e in context.Evidence)
        {
            if (Period(e.SentenceTokens) is not { } period || !BelongsTo(e.SentenceTokens, period.Index, digits))
            {
                continue;
            }

            if (period.Years is not { } years)
            {
                if (quantity.Since is not null)
                {
                    yield return context.Finding(Id, $"«{period.Word.Raw}…» gives no number of years, so the baseline is unknown, but since is {quantity.Since}", e, period.Word);
                }

                yield break;
            }

            if (quantity.AsOf is null || !int.TryParse(quantity.AsOf.AsSpan(0, Math.Min(4, quantity.AsOf.Length)), NumberStyles.None, CultureInfo.InvariantCulture, out var asOfYear))
            {
                yield return context.Finding(Id, $"«{period.Word.Raw}…» is relative to the article: set asOf so that the baseline can be checked", e, period.Word);
                yield break;
            }

            var expected = (asOfYear - years + 1).ToString(CultureInfo.InvariantCulture);
            if (quantity.Since is null || !quantity.Since.StartsWith(expected, StringComparison.Ordinal))
            {
                yield return context.Finding(Id, $"«{period.Word.Raw}…» ({years} years as of {quantity.AsOf}) starts in {expected}, but since is {quantity.Since ?? "null"}", e, period.Word);
            }

            yield break;
        }
    }

    /// <summary>True when the number nearest to the period is the claim's value, or the sentence has no number in digits.</summary>
    private static bool BelongsTo(IReadOnlyList<LintToken> tokens, int period, string digits)
    {
        var numbers = Enumerable.Range(0, tokens.Count).Where(i => tokens[i].IsNumber).ToList();
        return numbers.Count == 0 || tokens[numbers.MinBy(i => Math.Abs(i - period))].Folded == digits;
    }

    /// <summary>The relative period of a sentence: its first word, its index and its length in years (null for "recent years").</summary>
    private static (LintToken Word, int Index, int? Years)? Period(IReadOnlyList<LintToken> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            var next = i + 1 < tokens.Count ? tokens[i + 1] : null;
            var after = i + 2 < tokens.Count ? tokens[i + 2] : null;
            if (t.Stem == "عقد" && next is not null && IsPast(next))
            {
                return (t, i, 10);
            }

            if (t.Stem is "سنوات" or "اعوام" && next is not null)
            {
                if (Number(next) is { } n && after is not null && IsPast(after))
                {
                    return (t, i, n);
                }

                if (IsPast(next))
                {
                    return (t, i, null);
                }
            }

            if (Number(t) is { } m && next is not null && next.Stem is "سنوات" or "اعوام" && after is not null && IsPast(after))
            {
                return (t, i, m);
            }
        }

        return null;
    }

    private static bool IsPast(LintToken t) => t.Stem is "ماضيه" or "اخيره" or "اخير" or "ماضي";

    private static int? Number(LintToken t)
    {
        var word = t.Folded.StartsWith("ال", StringComparison.Ordinal) ? t.Folded[2..] : t.Folded;
        if (NumberWords.TryGetValue(word, out var n))
        {
            return n;
        }

        return t.IsNumber && int.TryParse(t.Folded, NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d is > 1 and < 100 ? d : null;
    }
}
