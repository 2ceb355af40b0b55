using System.Globalization;
using GraphApi.Knowledge.Lint;
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
/// extractor serves every article of an import in parallel, and keeps what it learnt of each distinct word
/// (<see cref="WordReadings"/>) for the articles after.
/// </summary>
public sealed class ArticleExtractor(MetricLexicon metrics, IReadOnlyDictionary<string, Entity> entities)
{
    /// <summary>The readings of every word this import has met, with the figure patterns each may start: one table for every article.</summary>
    private readonly WordReadings readings = new(new FigureExtractor(metrics));
    private readonly SpeakerVoices voices = new(entities.Values);

    public ArticleExtraction Extract(ExtractionInput input)
    {
        using var text = new ArticleText(input.Text, input.Body, input.Mentions, entities, readings);
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
        foreach (var figure in readings.Figures!.Extract(text, asOfYear))
        {
            var report = reports.Where(r => figure.NumberAt >= r.First && figure.NumberAt < r.End).MinBy(r => r.End - r.First);
            if (report is not null)
            {
                consumed.Add(report);
            }
            else
            {
                report = CarriedOver(text, reports, figure);
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
        var date = main.Report is { } report ? DateOf(text, report, input.AsOf) : null;
        return new Claim
        {
            Id = id,
            Kind = ClaimKind.Quantity,
            SourceId = sourceId,
            SpeakerId = main.Report?.Speaker?.Id,
            About = AboutOf(text, figures.Select(f => (f.Figure.First, f.Figure.End)), main.Report?.Speaker?.Id),
            Text = Describe(quantity, input.Text, evidence),
            TextAr = evidence[0].Quote,
            Quantity = quantity,
            Attribution = attribution,
            Modality = modality,
            Date = date?.Date,
            DateAsWritten = date?.Phrase,
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
        var date = DateOf(text, report, input.AsOf);
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
            Date = date?.Date,
            DateAsWritten = date?.Phrase,
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

    /// <summary>
    /// The words a figure's source speaks through when they are not in the figure's own sentence: a quotation a report
    /// opened in an earlier sentence (an unclosed one runs to the end of its paragraph: «أوضح المصدر ذاته قائلا "نعتمد ….
    /// وأحيانا نجد أنفسنا ملزمين على التدخل … في غضون 24 ساعة»), or, in a sentence that names no speaker and has no
    /// reporting cue of its own, unnamed sources or reports that attributed the sentence before it in the same paragraph
    /// («وبحسب مصادر في المديرية …، فقد تم تفكيك 207 خلايا …. وفي السنوات الثلاث الماضية فقط، تم تحييد 32 خلية»). Arabic
    /// news carries such an attribution over the sentences that follow; the lint reads it the same way
    /// (<see cref="Lint.Rules.AttributionCueRule"/>). A named speaker is not carried over: a sentence in the outlet's voice
    /// after a minister's words is the outlet's.
    /// </summary>
    private static Report? CarriedOver(ArticleText text, List<Report> reports, Figure figure)
    {
        var at = text[figure.NumberAt].Start;
        foreach (var quotation in text.Quotations)
        {
            if (quotation.Start < at && at < quotation.End && reports.FirstOrDefault(r => r.Span.Start == quotation.Start && r.Speaker is not null) is { } opener)
            {
                return opener;
            }
        }

        var sentence = text[figure.NumberAt].Sentence;
        var (first, end) = text.Sentence(sentence);
        if (reports.Any(r => text[r.CueAt].Sentence == sentence)
            || Enumerable.Range(first, end - first).Any(i => text.IsBare(i, SpeechLexicon.Verbs) || text.IsBare(i, SpeechLexicon.AttributionPrepositions)))
        {
            return null;
        }

        var paragraph = first;
        while (paragraph > 0 && (text[paragraph].Before & Separator.LineStart) == 0)
        {
            paragraph--;
        }

        var before = reports.Where(r => r.CueAt >= paragraph && r.CueAt < first).MaxBy(r => r.CueAt);
        return before is { Attribution.Kind: AttributionKind.Anonymous or AttributionKind.Reported } ? before : null;
    }

    /// <summary>
    /// When the report was made, as the article words it next to its reporting verb (<see cref="DateWordingReader"/>),
    /// in the report's sentence outside the reported words, with the date the publication date resolves it to.
    /// </summary>
    private static (Phrase Phrase, string? Date)? DateOf(ArticleText text, Report report, string? publishedOn)
    {
        var (first, end) = text.Sentence(text[report.CueAt].Sentence);
        if (DateWordingReader.Read(text, first, end, report.First, report.End, report.CueAt, publishedOn) is not { } wording)
        {
            return null;
        }

        var span = text.SpanOf(wording.First, wording.End);
        return (new Phrase(text.Text[span.Start..span.End], wording.En, span.Start, span.End), wording.Date);
    }

    /// <summary>
    /// The English of an extracted figure: qualifier, value, unit, metric and baseline, then the hedges its evidence
    /// words carry that this does not already say («يمكن» can, «المزعوم» alleged; <see cref="GlossHedges"/>), so the
    /// generated English never reads firmer than the Arabic.
    /// </summary>
    private static string Describe(Quantity q, string sourceText, IReadOnlyList<Evidence> evidence)
    {
        var described = Describe(q);
        var hedges = evidence
            .SelectMany(e => GlossHedges.In(LintText.Tokenize(sourceText, new TextSpan(e.Start, e.End))))
            .Where(h => !h.Hedge.English.IsMatch(described))
            .DistinctBy(h => h.Hedge.Label)
            .Select(h => $"«{h.Word.Raw}» ({h.Hedge.Label})")
            .ToList();
        return hedges.Count == 0 ? described : $"{described}; hedged in the article: {string.Join(", ", hedges)}";
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
