using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Extraction;

/// <summary>
/// Finds reported speech in an article, sentence by sentence: a reporting verb (قال، أكد، أوضح …), a participle that
/// continues the sentence's speaker (مشيرا إلى أن، مبرزا، قائلا) or an attribution preposition (بحسب X، فإن …). The
/// speaker is resolved by <see cref="SubjectResolver"/>; the content is the quotation that follows (quote marks
/// included; an unclosed one runs to the end of the paragraph or to the narrator's next participle), otherwise the
/// reported clause: after أن/إن (or after the subject when the verb takes an object) to the end of the sentence, to
/// the next reporting cue after a comma, or to the first comma after <see cref="ClauseWords"/> words. "كما أكد ذلك X"
/// attributes the words before it. Words already read as a report's content are not searched again.
/// </summary>
internal sealed class ReportedSpeechReader(ArticleText text)
{
    /// <summary>A reported clause without quotation marks ends at the first comma after this many words.</summary>
    public const int ClauseWords = 12;

    /// <summary>Content shorter than this many words is not a statement.</summary>
    public const int MinimumWords = 3;

    private static readonly FoldedWords As = FoldedWords.Of("كما", "as");
    private static readonly FoldedWords That = FoldedWords.Of("ذلك", "عليه");
    private static readonly FoldedWords Then = FoldedWords.Of("فإن", "فان", "فقد", "فإنه", "فانه");
    private static readonly FoldedWords OnTo = FoldedWords.Of("على", "إلى", "الى");
    private static readonly FoldedWords Filler = FoldedWords.Of("في", "هذا", "الصدد", "السياق", "ذاته", "الإطار", "كلامه", "حديثه", "تصريحه");
    private static readonly FoldedWords About = FoldedWords.Of("عن");
    private static readonly FoldedWords Quoting = FoldedWords.Of("نقلا");

    private readonly SubjectResolver subjects = new(text);

    public List<Report> Read()
    {
        var reports = new List<Report>();
        for (var s = 0; s < text.SentenceCount; s++)
        {
            var (first, end) = text.Sentence(s);
            Subject? current = null;
            var press = -1;
            var i = first;
            while (i < end)
            {
                Report? report = null;
                var next = i + 1;
                if (IsVerb(i))
                {
                    var subject = subjects.Resolve(i, first, end);
                    subjects.LastSpeaker = subject.Speaker;
                    if (subject.Kind == AttributionKind.Reported && subject.Speaker is null)
                    {
                        press = i;
                    }

                    if (subject.Speaker is not null)
                    {
                        current = subject;
                        report = Content(i, subject, first, end, press);
                    }
                    else if (subject.Kind == AttributionKind.Reported && Content(i, subject, first, end, press) is { } relayed)
                    {
                        // The press's words attribute the figures they hold; a named speaker inside them is read on.
                        reports.Add(relayed);
                    }

                    next = Math.Max(next, subject.RegionEnd);
                }
                else if (IsParticiple(i) && current is { } speaker)
                {
                    var start = SkipFiller(i + 1, end);
                    var continued = speaker with { PhraseFirst = i, PhraseEnd = i + 1, RegionEnd = start, Confidence = Math.Round(speaker.Confidence - 0.05, 2), Direct = false };
                    report = Content(i, continued, first, end, press);
                }
                else if (text.IsBare(i, SpeechLexicon.AttributionPrepositions) && !IsVerb(i))
                {
                    report = Preposition(i, first, end, ref press);
                }

                if (report is not null)
                {
                    reports.Add(report);
                    next = Math.Max(next, report.End);
                }

                i = next;
            }
        }

        return reports;
    }

    /// <summary>A reporting verb takes at most و or ف in front, never the article or a preposition.</summary>
    private bool IsVerb(int i) => text.IsBare(i, SpeechLexicon.Verbs);

    private bool IsParticiple(int i) => text.IsBare(i, SpeechLexicon.Participles);

    private Report? Content(int cue, Subject subject, int first, int end, int press)
    {
        int from;
        var verbFirst = subject.PhraseFirst < cue ? subject.PhraseFirst : cue;
        if (verbFirst > first && text.IsBare(cue - 1, As) && cue + 1 < end && ThatFollows(cue, end) && subject.PhraseFirst >= cue)
        {
            // "… كما أكد على ذلك X": the words before كما are X's.
            var start = first;
            var stop = cue - 1;
            return stop - start >= MinimumWords ? Build(subject, start, stop, cue, press) : null;
        }

        var k = subject.RegionEnd;
        if (Postposed(cue, subject, first, end) is { } postposed)
        {
            // "…, the Bureau said (in a statement)." / "…، أكد X.": the subject before the verb closes the sentence's words.
            return postposed - first >= MinimumWords ? Build(subject, first, postposed, cue, press) : null;
        }

        if (k >= end)
        {
            return null;
        }

        if (text.IsBare(k, OnTo) && k + 1 < end && IsComplementizer(k + 1))
        {
            from = k + 2;
        }
        else if (IsComplementizer(k))
        {
            from = k + 1;
        }
        else if (subjects.LongQuotationAt(k) || (text[k].Before & Separator.Colon) != 0)
        {
            from = k;
        }
        else if (subject.Direct)
        {
            // أبرز فيشر الاستراتيجية …، أشادت بمستوى …: the verb takes an object, which is what is reported.
            from = Math.Max(subject.PhraseEnd, cue + 1);
        }
        else
        {
            return null;
        }

        if (from >= end)
        {
            return null;
        }

        if (Quoted(from) is { } quoted)
        {
            return quoted.End - from >= MinimumWords ? Build(subject, from, quoted.End, cue, press, quoted.Span) : null;
        }

        var clauseEnd = ClauseEnd(from, end);
        return clauseEnd - from >= MinimumWords ? Build(subject, from, clauseEnd, cue, press) : null;
    }

    private Report? Preposition(int i, int first, int end, ref int press)
    {
        var j = i + 1;
        if (text.IsBare(i, Quoting) || text.Folded(i) is "according")
        {
            if (j < end && (text.IsBare(j, About) || text.Folded(j) is "to"))
            {
                j++;
            }
        }

        var subject = subjects.ResolveAfterPreposition(i, j, end);
        subjects.LastSpeaker = subject.Speaker;
        if (subject.Speaker is null)
        {
            if (subject.Kind == AttributionKind.Reported)
            {
                press = i;
            }

            return null;
        }

        var k = subject.RegionEnd;
        if (k >= end)
        {
            // "… بحسب X." at the end of the sentence: the words before the preposition are X's.
            return i - first >= MinimumWords ? Build(subject, first, i, i, press) : null;
        }

        var from = text.IsBare(k, Then) ? k + 1 : k;
        if (from < end && IsComplementizer(from))
        {
            from++;
        }

        if (from >= end)
        {
            return null;
        }

        if (Quoted(from) is { } quoted)
        {
            return quoted.End - from >= MinimumWords ? Build(subject, from, quoted.End, i, press, quoted.Span) : null;
        }

        var clauseEnd = ClauseEnd(from, end);
        return clauseEnd - from >= MinimumWords ? Build(subject, from, clauseEnd, i, press) : null;
    }

    private Report Build(Subject subject, int from, int to, int cue, int press, TextSpan? quoted = null)
    {
        var span = quoted ?? TrimmedSpan(from, to);
        var attribution = Attribution(subject, press);
        return new Report(subject.Speaker, attribution, from, to, span, text.Text[text[cue].Start..text[cue].End], subject.Confidence, cue);
    }

    /// <summary>
    /// The attribution as the sentence words it: a press wrapper before the speaker (وأكدت الصحف … أن المغرب أكد) makes
    /// it REPORTED; an unnamed source (مصدر بالمديرية) ANONYMOUS with its body; otherwise NAMED. The phrase is checked
    /// like a quote: it is the text between its offsets.
    /// </summary>
    private Attribution Attribution(Subject subject, int press)
    {
        if (press >= 0 && press < subject.PhraseFirst)
        {
            var phrase = PhraseOf(press, SubjectEndAfter(press));
            return new Attribution(AttributionKind.Reported, subject.Speaker?.Id, new Phrase(phrase.Text, null, phrase.Start, phrase.End));
        }

        var own = PhraseOf(subject.PhraseFirst, subject.PhraseEnd);
        return new Attribution(subject.Kind, subject.AffiliationId, new Phrase(own.Text, null, own.Start, own.End));
    }

    private int SubjectEndAfter(int press) => subjects.RegionEnd(press + 1, Math.Min(text.Count, press + 8));

    private (string Text, int Start, int End) PhraseOf(int first, int end)
    {
        end = Math.Max(end, first + 1);
        var span = text.SpanOf(first, Math.Min(end, text.Count));
        return (text.Text[span.Start..span.End], span.Start, span.End);
    }

    private TextSpan TrimmedSpan(int from, int to) => text.SpanOf(from, to);

    /// <summary>
    /// A subject named before its verb, after a comma, with no more than a few words and no complementizer or
    /// quotation after the verb: the words before that comma are what it said. Returns where they end.
    /// </summary>
    private int? Postposed(int cue, Subject subject, int first, int end)
    {
        if (!subject.Direct || subject.PhraseFirst >= cue || subject.PhraseFirst <= first)
        {
            return null;
        }

        var stop = subject.PhraseFirst;
        if (stop - 1 > first && text.Folded(stop - 1) is "the")
        {
            stop--;
        }

        if ((text[stop].Before & Separator.Comma) == 0
            || end - cue > 5
            || Enumerable.Range(cue + 1, end - cue - 1).Any(k => IsComplementizer(k) || subjects.LongQuotationAt(k)))
        {
            return null;
        }

        return stop;
    }

    private bool ThatFollows(int cue, int end)
    {
        var j = cue + 1;
        if (j < end && text.IsBare(j, OnTo))
        {
            j++;
        }

        return j < end && text.IsBare(j, That);
    }

    private bool IsComplementizer(int i) => subjects.IsComplementizerAt(i);

    /// <summary>Skips "في هذا الصدد،" and the like after a participle, and إلى/على before أن.</summary>
    private int SkipFiller(int i, int end)
    {
        while (i < end && (text.IsBare(i, Filler) || (text.IsBare(i, OnTo) && i + 1 < end && IsComplementizer(i + 1))))
        {
            if (text.IsBare(i, OnTo))
            {
                return i;
            }

            i++;
        }

        return i;
    }

    /// <summary>The end of a reported clause: the sentence's end, a participle, a reporting verb after a comma, or the first comma after <see cref="ClauseWords"/> words.</summary>
    private int ClauseEnd(int from, int end)
    {
        for (var k = from + 1; k < end; k++)
        {
            var comma = (text[k].Before & Separator.Comma) != 0;
            if (IsParticiple(k) || (comma && (IsVerb(k) || text.IsBare(k, SpeechLexicon.AttributionPrepositions))))
            {
                return k;
            }

            if (comma && k - from >= ClauseWords)
            {
                return k;
            }
        }

        return end;
    }

    /// <summary>The quotation opening at word <paramref name="from"/>: the words it holds and its span, marks included.</summary>
    private (int End, TextSpan Span)? Quoted(int from)
    {
        if (text.QuotationOpeningAt(from) is not { } quotation)
        {
            return null;
        }

        if (quotation.Closed)
        {
            return (text.WordAtOrAfter(quotation.End), new TextSpan(quotation.Start, quotation.End));
        }

        var end = NarratorResumes(from, quotation);
        var last = text.WordAtOrAfter(quotation.End);
        return (end, new TextSpan(quotation.Start, end < last ? text[end - 1].End : quotation.End));
    }

    /// <summary>An unclosed quotation ends where the narrator resumes with a participle after a comma, else at the paragraph's end.</summary>
    private int NarratorResumes(int from, Quotation quotation)
    {
        var last = text.WordAtOrAfter(quotation.End);
        for (var k = from + 1; k < last; k++)
        {
            if ((text[k].Before & Separator.Comma) != 0 && IsParticiple(k))
            {
                return k;
            }
        }

        return last;
    }
}
