using System.Globalization;
using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Text;

namespace GraphApi.Knowledge.Extraction;

/// <summary>
/// Extracts unreviewed knowledge from one article that has no curated claims file: figures (<see cref="FigureExtractor"/>),
/// statements (<see cref="ReportedSpeechReader"/>) and candidate names (<see cref="CandidateExtractor"/>), all from the
/// body spans only. A figure inside a speaker's reported clause is attributed to that speaker and the clause does not
/// become a second claim. The same figure written twice (headline and body) is one claim with two pieces of evidence.
/// Every piece of evidence is a verbatim span of the text with its offsets and the file's hash, checked before it is
/// returned. Ids depend on content, never on order: <c>claim/x/&lt;file-stem&gt;/&lt;hash&gt;</c>. Thread-safe: one
/// extractor serves every article of an import in parallel.
/// </summary>
public sealed class ArticleExtractor(MetricLexicon metrics, IReadOnlyDictionary<string, Entity> entities)
{
    private readonly FigureExtractor figures = new(metrics);
    private readonly SpeakerVoices voices = new(entities.Values);

    public ArticleExtraction Extract(ExtractionInput input)
    {
        var text = new ArticleText(input.Text, input.Body, input.Mentions, entities);
        if (text.Count == 0)
        {
            return ArticleExtraction.Empty;
        }

        var stem = Path.GetFileNameWithoutExtension(input.FileName);
        var sourceId = Source.IdFor(input.FileName);
        var reports = new ReportedSpeechReader(text).Read().Select(r => voices.Apply(r, text)).ToList();
        var asOfYear = input.AsOf is { Length: >= 4 } asOf && int.TryParse(asOf.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : (int?)null;

        var consumed = new HashSet<Report>();
        var quantities = new List<(Figure Figure, Report? Report)>();
        foreach (var figure in figures.Extract(text, asOfYear))
        {
            var report = reports.Where(r => figure.NumberAt >= r.First && figure.NumberAt < r.End).MinBy(r => r.End - r.First);
            if (report is not null)
            {
                consumed.Add(report);
            }

            quantities.Add((figure, report));
        }

        var claims = new List<Claim>();
        foreach (var group in quantities.GroupBy(q => (q.Figure.Metric.Id, q.Figure.Value, q.Figure.Qualifier)))
        {
            foreach (var same in MergeBySince([.. group]))
            {
                claims.Add(QuantityClaim(input, text, stem, sourceId, same));
            }
        }

        foreach (var report in reports.Where(r => r.Speaker is not null && !consumed.Contains(r)))
        {
            claims.Add(StatementClaim(input, text, stem, sourceId, report));
        }

        var candidates = new CandidateExtractor(text, sourceId).Extract();
        return new ArticleExtraction([.. claims.DistinctBy(c => c.Id).OrderBy(c => c.Id, StringComparer.Ordinal)], candidates);
    }

    /// <summary>Figures of one metric, value and qualifier: those whose baselines agree (or one is missing) are one claim.</summary>
    private static IEnumerable<List<(Figure Figure, Report? Report)>> MergeBySince(List<(Figure Figure, Report? Report)> group)
    {
        var merged = new List<List<(Figure, Report?)>>();
        foreach (var item in group.OrderBy(q => q.Figure.Since is null).ThenBy(q => q.Figure.First))
        {
            var into = merged.FirstOrDefault(m => item.Figure.Since is null || m.All(x => x.Item1.Since is null || x.Item1.Since == item.Figure.Since));
            if (into is null)
            {
                merged.Add([item]);
            }
            else
            {
                into.Add(item);
            }
        }

        return merged;
    }

    private Claim QuantityClaim(ExtractionInput input, ArticleText text, string stem, string sourceId, List<(Figure Figure, Report? Report)> figures)
    {
        var ordered = figures.OrderBy(f => f.Figure.First).ToList();
        var main = figures.OrderByDescending(f => f.Report is not null).ThenByDescending(f => f.Figure.Confidence).First();
        var figure = main.Figure;
        var since = figures.Select(f => f.Figure.Since).FirstOrDefault(s => s is not null);
        var value = figure.Value.ToString(CultureInfo.InvariantCulture);
        var id = $"claim/x/{stem}/{ContentId.Short(stem, ExtractionMethods.QuantityPattern, figure.Metric.Id, value, figure.Qualifier.ToString(), since ?? string.Empty)}";
        var evidence = ordered.Select(f => EvidenceOf(input, text, id, text.SpanOf(f.Figure.First, f.Figure.End))).ToList();
        var attribution = main.Report?.Attribution ?? new Attribution(AttributionKind.Outlet);
        var modality = ModalityReader.Read(text, figure.First, figure.End);
        var quantity = new Quantity(figure.Metric.Id, figure.Value, figure.Qualifier, figure.Metric.Unit, since, input.AsOf);
        return new Claim
        {
            Id = id,
            Kind = ClaimKind.Quantity,
            SourceId = sourceId,
            SpeakerId = main.Report?.Speaker?.Id,
            About = AboutOf(text, figures.Select(f => (f.Figure.First, f.Figure.End)), main.Report?.Speaker?.Id),
            Text = Describe(quantity),
            TextAr = evidence[0].Quote,
            Quantity = quantity,
            Attribution = attribution,
            Modality = modality,
            Evidence = evidence,
            Origin = input.Origin,
            WasGeneratedBy = input.RunId,
            Extraction = new ClaimExtraction(ExtractionMethods.QuantityPattern, figures.Max(f => f.Figure.Confidence), figure.Cue),
        };
    }

    private Claim StatementClaim(ExtractionInput input, ArticleText text, string stem, string sourceId, Report report)
    {
        var quote = input.Text[report.Span.Start..report.Span.End];
        var id = $"claim/x/{stem}/{ContentId.Short(stem, ExtractionMethods.ReportedSpeech, report.Speaker!.Id, quote)}";
        return new Claim
        {
            Id = id,
            Kind = ClaimKind.Statement,
            SourceId = sourceId,
            SpeakerId = report.Speaker.Id,
            About = AboutOf(text, [(report.First, report.End)], report.Speaker.Id),
            TextAr = quote,
            Attribution = report.Attribution,
            Modality = ModalityReader.Read(text, report.First, report.End),
            Evidence = [EvidenceOf(input, text, id, report.Span)],
            Origin = input.Origin,
            WasGeneratedBy = input.RunId,
            Extraction = new ClaimExtraction(ExtractionMethods.ReportedSpeech, report.Confidence, report.Cue),
        };
    }

    private static Evidence EvidenceOf(ExtractionInput input, ArticleText text, string claimId, TextSpan span)
    {
        var quote = input.Text[span.Start..span.End];
        return new Evidence
        {
            Id = "evidence/" + ContentId.Short(claimId, input.FileName, span.Start.ToString(CultureInfo.InvariantCulture), span.End.ToString(CultureInfo.InvariantCulture)),
            Quote = quote,
            SourceId = Source.IdFor(input.FileName),
            Start = span.Start,
            End = span.End,
            Sentence = SentenceLocator.SentenceAround(input.Text, span.Start, span.End),
            SourceHash = input.ContentHash,
            Verified = input.Text.AsSpan(span.Start, span.Length).SequenceEqual(quote) && text.Count > 0,
        };
    }

    /// <summary>The known entities the evidence words name, in order, without the speaker.</summary>
    private static IReadOnlyList<string> AboutOf(ArticleText text, IEnumerable<(int First, int End)> ranges, string? speaker)
    {
        var about = new List<string>();
        foreach (var (first, end) in ranges)
        {
            for (var i = first; i < end; i++)
            {
                if (text.MentionAt(i) is { Entity: { } entity } && entity.Id != speaker && !about.Contains(entity.Id))
                {
                    about.Add(entity.Id);
                }
            }
        }

        return about;
    }

    private static string Describe(Quantity q)
    {
        var qualifier = q.Qualifier switch
        {
            QuantityQualifier.Exactly => string.Empty,
            QuantityQualifier.MoreThan => "more than ",
            QuantityQualifier.AtLeast => "at least ",
            QuantityQualifier.About => "about ",
            QuantityQualifier.LessThan => "less than ",
            QuantityQualifier.AtMost => "at most ",
            _ => throw new ArgumentOutOfRangeException(nameof(q), q.Qualifier, "unknown qualifier"),
        };
        var unit = q.Unit is null ? string.Empty : " " + q.Unit + (q.Value == 1 ? string.Empty : "s");
        var since = q.Since is null ? string.Empty : " since " + q.Since;
        return $"{qualifier}{q.Value.ToString(CultureInfo.InvariantCulture)}{unit} ({q.Metric}){since}";
    }
}
