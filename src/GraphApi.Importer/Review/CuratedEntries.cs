using System.Globalization;
using GraphApi.Knowledge.Linking;
using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Text;

namespace GraphApi.Importer.Review;

/// <summary>
/// Accepted items written in the documented curated format (docs/knowledge-format.md): a candidate as an
/// <c>entities.yaml</c> entry with a <c>&lt;kind&gt;/&lt;latin-slug&gt;</c> id, an extracted claim as a
/// <c>claims/&lt;stem&gt;.yaml</c> entry that keeps its id. A comment above each says where it came from.
/// </summary>
internal static class CuratedEntries
{
    public static YamlListAppender.Entry Entity(Candidate candidate, string id)
    {
        var lines = new List<string>
        {
            "id: " + id,
            "kind: " + candidate.Kind,
            "name: " + YamlText.Quoted(ArabicTransliterator.ToLatin(candidate.Name)),
            "nameAr: " + (IsArabic(candidate.Name) ? YamlText.Quoted(candidate.Name) : "null"),
        };
        var aliases = candidate.Occurrences.Select(o => o.Text).Where(a => a != candidate.Name).Distinct(StringComparer.Ordinal).ToList();
        if (aliases.Count > 0)
        {
            lines.Add("aliases:");
            lines.AddRange(aliases.Select(a => "  - " + YamlText.Quoted(a)));
        }

        return new YamlListAppender.Entry(lines, string.Create(CultureInfo.InvariantCulture,
            $"accepted from {candidate.Id} ({candidate.Cue}, confidence {candidate.Confidence:0.00}); check the English name, then add a description"));
    }

    /// <summary>
    /// A claims entry; the speaker is left out when the claim is in the outlet's own voice (the curated default). The
    /// attribution (kind, affiliation, the attributing words with their occurrence) and the modality are written as
    /// extraction read them, so the accepted claim says "who, and how firmly" as the extracted one did.
    /// </summary>
    public static YamlListAppender.Entry Claim(Claim claim, Source source)
    {
        var extraction = claim.Extraction ?? throw new ArgumentException($"{claim.Id} is already curated", nameof(claim));
        var lines = new List<string>
        {
            "id: " + claim.Id,
            "kind: " + claim.Kind.ToString().ToUpperInvariant(),
        };
        if (claim.SubjectId is not null)
        {
            lines.Add("subject: " + claim.SubjectId);
        }

        if (claim.SpeakerId is not null && claim.Attribution.Kind != AttributionKind.Outlet)
        {
            lines.Add("speaker: " + claim.SpeakerId);
        }

        lines.AddRange(Attribution(claim.Attribution, source));
        lines.Add("modality: " + claim.Modality.ToString().ToUpperInvariant());
        if (claim.About.Count > 0)
        {
            lines.Add("about:");
            lines.AddRange(claim.About.Select(a => "  - " + a));
        }

        if (claim.Text is not null)
        {
            lines.Add("text: " + YamlText.Quoted(claim.Text));
        }

        if (claim.TextAr is not null)
        {
            lines.Add("textAr: " + YamlText.Quoted(claim.TextAr));
        }

        if (claim.Date is not null)
        {
            lines.Add("date: " + YamlText.Quoted(claim.Date));
        }

        if (claim.DateAsWritten is { } written)
        {
            lines.Add("dateAsWritten:");
            lines.AddRange(Phrase(written, source));
        }

        if (claim.Quantity is { } q)
        {
            lines.Add("quantity:");
            lines.Add("  metric: " + q.Metric);
            lines.Add("  value: " + YamlText.Number(q.Value));
            lines.Add("  qualifier: " + Qualifier(q.Qualifier));
            lines.Add("  unit: " + (q.Unit is null ? "null" : YamlText.Quoted(q.Unit)));
            lines.Add("  since: " + (q.Since is null ? "null" : YamlText.Quoted(q.Since)));
            lines.Add("  asOf: " + (q.AsOf is null ? "null" : YamlText.Quoted(q.AsOf)));
        }

        lines.Add("evidence:");
        foreach (var evidence in claim.Evidence)
        {
            lines.Add("  - quote: " + YamlText.Quoted(evidence.Quote));
            var occurrence = Occurrence(source.Text, evidence.Quote, evidence.Start);
            if (occurrence > 1)
            {
                lines.Add("    occurrence: " + occurrence.ToString(CultureInfo.InvariantCulture));
            }
        }

        return new YamlListAppender.Entry(lines, string.Create(CultureInfo.InvariantCulture,
            $"accepted from extraction ({extraction.Method}, confidence {extraction.Confidence:0.00}, cue {extraction.Cue})"));
    }

    private static IEnumerable<string> Attribution(Attribution attribution, Source source)
    {
        if (attribution.Kind == AttributionKind.Outlet)
        {
            yield return "attribution: { kind: OUTLET }";
            yield break;
        }

        yield return "attribution:";
        yield return "  kind: " + attribution.Kind.ToString().ToUpperInvariant();
        if (attribution.AffiliationId is not null)
        {
            yield return "  affiliation: " + attribution.AffiliationId;
        }

        if (attribution.Phrase is { } phrase)
        {
            foreach (var line in Phrase(phrase, source))
            {
                yield return line;
            }
        }
    }

    /// <summary>A verbatim phrase (attributing words, a date as written): its text, its English if any, and which occurrence it is.</summary>
    private static IEnumerable<string> Phrase(Phrase phrase, Source source)
    {
        yield return "  text: " + YamlText.Quoted(phrase.Text);
        if (phrase.En is not null)
        {
            yield return "  en: " + YamlText.Quoted(phrase.En);
        }

        var occurrence = Occurrence(source.Text, phrase.Text, phrase.Start);
        if (occurrence > 1)
        {
            yield return "  occurrence: " + occurrence.ToString(CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Which occurrence of the quote (1-based) starts at the evidence's offset, so the curated quote anchors where the extracted one did.</summary>
    private static int Occurrence(string text, string words, int start)
    {
        for (var n = 1; ; n++)
        {
            var span = QuoteAnchor.Find(text, words, n, out _);
            if (span is null)
            {
                return 1;
            }

            if (span.Value.Start == start)
            {
                return n;
            }
        }
    }

    private static string Qualifier(QuantityQualifier qualifier) => qualifier switch
    {
        QuantityQualifier.Exactly => "exactly",
        QuantityQualifier.MoreThan => "more-than",
        QuantityQualifier.AtLeast => "at-least",
        QuantityQualifier.About => "about",
        QuantityQualifier.LessThan => "less-than",
        QuantityQualifier.AtMost => "at-most",
        _ => throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, "unknown qualifier"),
    };

    private static bool IsArabic(string text) => text.Any(c => c is >= '\u0600' and <= '\u06FF');
}
