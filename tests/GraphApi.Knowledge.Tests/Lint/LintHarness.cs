using GraphApi.Knowledge.Lint;
using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Tests.Lint;

/// <summary>
/// The lint rules' harness, after graphql-js <c>harness.ts</c>: a claim whose one quote is found in a short article
/// text, and <see cref="ExpectWarning"/> / <see cref="ExpectNone"/> for one rule.
/// </summary>
internal static class LintHarness
{
    public const string Source = "source/t";

    /// <summary>A claim quoting <paramref name="quote"/> (its first occurrence) in <paramref name="text"/>.</summary>
    public static Claim Claim(
        string text,
        string quote,
        AttributionKind attribution = AttributionKind.Outlet,
        Modality modality = Modality.Asserted,
        Quantity? quantity = null,
        string? en = null,
        string? claimText = null,
        string? predicate = null,
        string? date = null,
        string? attributionText = null)
    {
        var start = text.IndexOf(quote, StringComparison.Ordinal);
        Assert.True(start >= 0, $"the quote is not in the text: {quote}");
        Phrase? phrase = null;
        if (attributionText is not null)
        {
            var at = text.IndexOf(attributionText, StringComparison.Ordinal);
            Assert.True(at >= 0, $"the attribution is not in the text: {attributionText}");
            phrase = new Phrase(attributionText, null, at, at + attributionText.Length);
        }

        return new Claim
        {
            Id = "claim/t",
            Kind = quantity is not null ? ClaimKind.Quantity : predicate is not null ? ClaimKind.Relation : ClaimKind.Statement,
            SourceId = Source,
            SpeakerId = attribution == AttributionKind.Named ? "person/x" : null,
            Attribution = new Attribution(attribution, null, phrase),
            Modality = modality,
            Quantity = quantity,
            Predicate = predicate,
            Text = claimText,
            Date = date,
            Origin = Source,
            WasGeneratedBy = "run/t",
            Evidence =
            [
                new Evidence
                {
                    Id = "evidence/t",
                    Quote = quote,
                    En = en,
                    SourceId = Source,
                    Start = start,
                    End = start + quote.Length,
                    Sentence = string.Empty,
                    SourceHash = "hash",
                    Verified = true,
                },
            ],
        };
    }

    public static Quantity Count(decimal value, QuantityQualifier qualifier = QuantityQualifier.Exactly, string? since = null, string? asOf = null) =>
        new("m", value, qualifier, "cell", since, asOf);

    /// <summary>Exactly one warning of <paramref name="ruleId"/>, whose message quotes <paramref name="word"/> when given.</summary>
    public static LintFinding ExpectWarning(string ruleId, string text, Claim claim, string? word = null)
    {
        var finding = Assert.Single(ClaimLinter.Lint(claim, text), f => f.RuleId == ruleId);
        Assert.Equal(claim.Id, finding.SubjectId);
        if (word is not null)
        {
            Assert.Contains("«" + word, finding.Message, StringComparison.Ordinal);
        }

        return finding;
    }

    public static void ExpectNone(string ruleId, string text, Claim claim) =>
        Assert.DoesNotContain(ClaimLinter.Lint(claim, text), f => f.RuleId == ruleId);
}
