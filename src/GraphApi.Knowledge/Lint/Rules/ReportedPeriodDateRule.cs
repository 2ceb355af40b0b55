namespace GraphApi.Knowledge.Lint.Rules;

/// <summary>
/// A statement someone makes is dated when it was made, not by the period it reports on. «المغرب واصل خلال عام 2021
/// التخفيف من مخاطر الإرهاب» in a report about 2021 does not date the report's statement to 2021
/// (claim/002-crt-2021-mitigated-risk). Warns when a claim that is not in the outlet's own voice has a date whose year
/// its evidence introduces as a covered period: خلال عام / خلال سنة (during the year), لعام / لسنة (for the year),
/// عن عام (about the year), برسم سنة (for the year).
/// </summary>
public sealed class ReportedPeriodDateRule : IClaimLintRule
{
    public string Id => "date-is-reported-period";

    public IEnumerable<LintFinding> Check(ClaimLintContext context)
    {
        if (context.Claim.Date is not { Length: >= 4 } date || context.Claim.Attribution.Kind == Model.AttributionKind.Outlet)
        {
            yield break;
        }

        var year = date[..4];
        foreach (var e in context.Evidence)
        {
            var tokens = e.SentenceTokens;
            for (var i = 1; i < tokens.Count; i++)
            {
                if (tokens[i].Folded != year)
                {
                    continue;
                }

                var head = tokens[i - 1];
                var before = i > 1 ? tokens[i - 2] : null;
                var preposition = head.Folded is "عام" or "سنه" && before is not null && before.Is("خلال", "عن", "برسم") ? before : null;
                if (head.Folded is "لعام" or "لسنه" || preposition is not null)
                {
                    var phrase = (preposition is null ? string.Empty : preposition.Raw + " ") + head.Raw + " " + year;
                    yield return context.Finding(Id, $"«{phrase}» is the period the statement reports on; the date should be when the statement was made (null if the page does not say)", e, preposition ?? head);
                    yield break;
                }
            }
        }
    }
}
