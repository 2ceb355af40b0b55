using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Extraction;

/// <summary>
/// Resolves who a reporting verb's subject is, in this order:
/// <list type="number">
/// <item>a known entity named right after the verb (وقال الشرقاوي حبوب), its apposition skipped up to أن;</item>
/// <item>a title heading the subject (الأمين العام المساعد للأمم المتحدة …، فلاديمير فورونكوف): the person in apposition;</item>
/// <item>an unnamed source (مصدر بالمديرية العامة …): ANONYMOUS, affiliated with the institution named;</item>
/// <item>a report and its author (التقرير الذي أعده المرصد …);</item>
/// <item>"the same speaker" (ذات المتحدث، المصدر ذاته) or a description (الخبير، المحلل السياسي): the last speaker;</item>
/// <item>no subject at all (وقال "…"، عندما أكد أن): the person named earlier in the sentence, else the last speaker;</item>
/// <item>a known entity just before the verb (أن المغرب أكد، وكانت وزارة الخارجية الأمريكية، أشادت).</item>
/// </list>
/// Entities inside circumstances (في تصريح لموقع برلمان.كوم) are never the speaker. A subject that is the press
/// (أكدت الصحف) or nobody the corpus knows resolves to no speaker, and the last speaker is forgotten.
/// </summary>
internal sealed class SubjectResolver(ArticleText text)
{
    /// <summary>How far after the verb a subject may reach.</summary>
    private const int MaxRegion = 16;

    /// <summary>The last speaker a statement was given to, for "the expert added"; null once an unknown subject spoke.</summary>
    public Entity? LastSpeaker { get; set; }

    public Subject Resolve(int verb, int first, int end)
    {
        var j = verb + 1;
        while (j < end && text.IsBare(j, SpeechLexicon.Adverbs) && !IsComplementizerAt(j))
        {
            j++;
        }

        var regionEnd = RegionEnd(j, end);
        var excluded = Circumstances(j, regionEnd);

        if (j < regionEnd && text.MentionAt(j) is { Entity: { } named } mention)
        {
            return new Subject(named, AttributionKind.Named, null, verb, mention.End, regionEnd, 0.9, Direct: true);
        }

        if (j < regionEnd && Head(j, regionEnd, excluded, verb) is { } headed)
        {
            return headed;
        }

        if (Before(verb, first) is { } before)
        {
            return before;
        }

        // Arabic drops a pronoun subject (وقال "…"، عندما أكد أن); English does not, so an English verb without a subject has none.
        if (j == regionEnd && !IsLatin(verb))
        {
            if (NearestPersonBefore(verb, first) is { } earlier)
            {
                return new Subject(earlier, AttributionKind.Named, null, verb, verb + 1, regionEnd, 0.7, Direct: false);
            }

            if (LastSpeaker is { } last)
            {
                return new Subject(last, AttributionKind.Named, null, verb, verb + 1, regionEnd, 0.6, Direct: false);
            }
        }

        return new Subject(null, AttributionKind.Named, null, verb, j, regionEnd, 0, Direct: false);
    }

    /// <summary>بحسب X، وفق X، نقلا عن X: the subject is X, up to the next comma.</summary>
    public Subject ResolveAfterPreposition(int preposition, int j, int end)
    {
        var regionEnd = j;
        while (regionEnd < end && regionEnd - j < 8 && (regionEnd == j || (text[regionEnd].Before & Separator.Comma) == 0))
        {
            regionEnd++;
        }

        if (j < regionEnd && text.MentionAt(j) is { Entity: { } named } mention)
        {
            return new Subject(named, AttributionKind.Named, null, preposition, mention.End, regionEnd, 0.8, Direct: true);
        }

        excluded.Clear();
        if (j < regionEnd && Head(j, regionEnd, excluded, preposition) is { } headed)
        {
            return headed;
        }

        // بحسب فلسفة المديرية: X's philosophy, X's words.
        if (j + 1 < regionEnd && text.MentionAt(j + 1) is { Entity: { } owner } owned && !text.IsDefinite(j))
        {
            return new Subject(owner, AttributionKind.Named, null, preposition, owned.End, regionEnd, 0.75, Direct: true);
        }

        return new Subject(null, AttributionKind.Named, null, preposition, j, regionEnd, 0, Direct: false);
    }

    /// <summary>Where a subject starting at <paramref name="j"/> ends: at أن/إن, a quotation, a colon, another cue, or after <see cref="MaxRegion"/> words.</summary>
    public int RegionEnd(int j, int end)
    {
        for (var k = j; k < end; k++)
        {
            if (k - j >= MaxRegion
                || IsComplementizerAt(k)
                || (text.IsBare(k, OnToWords) && k + 1 < end && IsComplementizerAt(k + 1))
                || LongQuotationAt(k)
                || (k > j && (text[k].Before & Separator.Colon) != 0)
                || (k > j && IsCue(k)))
            {
                return k;
            }
        }

        return end;
    }

    private static readonly FoldedWords OnToWords = FoldedWords.Of("على", "إلى", "الى");

    /// <summary>A quotation of a few words (“برلمان.كوم”، "الشاملة") is a name or a scare quote, not the words reported.</summary>
    public bool LongQuotationAt(int k) =>
        text.QuotationOpeningAt(k) is { } q && text.WordAtOrAfter(q.End) - k >= ReportedSpeechReader.MinimumWords;

    private Subject? Head(int j, int regionEnd, HashSet<int> excluded, int verb)
    {
        // ذات المتحدث، نفس المصدر / المتحدث ذاته، المصدر نفسه
        if ((text.IsBare(j, SpeechLexicon.Same) && j + 1 < regionEnd && text.Is(j + 1, SpeechLexicon.PersonDescriptions))
            || (text.Is(j, SpeechLexicon.PersonDescriptions) && j + 1 < regionEnd && text.IsBare(j + 1, SpeechLexicon.Same)))
        {
            return LastSpeaker is { } same ? new Subject(same, AttributionKind.Named, null, verb, j + 2, regionEnd, 0.75, Direct: false) : Unknown(verb, j, regionEnd);
        }

        if (text.Is(j, SpeechLexicon.AnonymousHeads) && !text.IsDefinite(j))
        {
            if (FirstMention(j + 1, regionEnd, excluded, EntityKind.Institution) is { } body)
            {
                return new Subject(body.Entity, AttributionKind.Anonymous, body.Entity!.Id, verb, body.End, regionEnd, 0.75, Direct: true);
            }

            // مصدر بالمديرية ذاتها: a source in the same body as the last one quoted (the body, or its anonymous sources).
            return j + 2 < regionEnd && text.IsBare(j + 2, SpeechLexicon.Same)
                && LastSpeaker is { } same && (same.Kind == EntityKind.Institution || (same is { PartMention: true, ParentId: not null } && same.Kind == EntityKind.Person))
                ? new Subject(same, AttributionKind.Anonymous, same.Id, verb, j + 3, regionEnd, 0.7, Direct: true)
                : Unknown(verb, j, regionEnd);
        }

        if (text.Is(j, SpeechLexicon.Press))
        {
            return new Subject(null, AttributionKind.Reported, null, verb, j + 1, regionEnd, 0, Direct: false);
        }

        if (text.Is(j, SpeechLexicon.Documents))
        {
            for (var k = j + 1; k < regionEnd - 1; k++)
            {
                if (text.IsBare(k, SpeechLexicon.Authorship) && text.MentionAt(k + 1) is { Entity: { } author } authored)
                {
                    return new Subject(author, AttributionKind.Named, null, verb, authored.End, regionEnd, 0.75, Direct: true);
                }
            }

            if (j + 1 < regionEnd && text.MentionAt(j + 1) is { Entity: { } owner } owned)
            {
                return new Subject(owner, AttributionKind.Named, null, verb, owned.End, regionEnd, 0.75, Direct: true);
            }

            // التقرير الأمريكي الحكومي: a short description of the report just cited; a long one (with a لـ complement) is another report.
            var words = regionEnd - j;
            var complemented = Enumerable.Range(j + 1, Math.Max(0, regionEnd - j - 1)).Any(k => text.Folded(k).StartsWith('ل'));
            return words <= 4 && !complemented && LastSpeaker is { Kind: EntityKind.Institution or EntityKind.Document } report
                ? new Subject(report, AttributionKind.Named, null, verb, regionEnd, regionEnd, 0.6, Direct: false)
                : Unknown(verb, j, regionEnd);
        }

        var definite = text.IsDefinite(j);
        if (text.Is(j, SpeechLexicon.PersonDescriptions) && definite && !HasMention(j + 1, regionEnd, excluded))
        {
            return LastSpeaker is { Kind: EntityKind.Person } person
                ? new Subject(person, AttributionKind.Named, null, verb, Math.Min(j + 1, regionEnd), regionEnd, 0.6, Direct: false)
                : Unknown(verb, j, regionEnd);
        }

        if (text.Is(j, SpeechLexicon.Titles))
        {
            if (FirstMention(j + 1, regionEnd, excluded, EntityKind.Person) is { } holder)
            {
                return new Subject(holder.Entity, AttributionKind.Named, null, verb, holder.End, regionEnd, 0.85, Direct: true);
            }

            return Unknown(verb, j, regionEnd);
        }

        return null;
    }

    private Subject Unknown(int verb, int j, int regionEnd) => new(null, AttributionKind.Named, null, verb, j + 1, regionEnd, 0, Direct: false);

    /// <summary>
    /// A known entity whose mention ends right before the verb: a comma, كان/كانت or قد may stand between, or an
    /// apposition between commas (Habboub, head of the BCIJ, said).
    /// </summary>
    private Subject? Before(int verb, int first)
    {
        var k = verb - 1;
        while (k >= first && text.Folded(k) is "قد" or "كان" or "كانت" or "وكان" or "وكانت" or "has" or "have" && (text[k + 1].Before & Separator.Comma) == 0)
        {
            k--;
        }

        if (k >= first && (text[k + 1].Before & Separator.Comma) != 0 && text.MentionCovering(k) < 0)
        {
            // Skip back over an apposition to the comma that opens it.
            var open = k;
            while (open > first && verb - open <= 8 && (text[open].Before & Separator.Comma) == 0)
            {
                open--;
            }

            if (open > first && (text[open].Before & Separator.Comma) != 0)
            {
                k = open - 1;
            }
        }

        if (k < first || text.MentionCovering(k) is var at && at < first)
        {
            return null;
        }

        var mention = text.MentionAt(at);
        return mention is { Entity: { } named } && mention.End == k + 1
            ? new Subject(named, AttributionKind.Named, null, at, verb + 1, verb + 1, 0.8, Direct: true)
            : null;
    }

    private Entity? NearestPersonBefore(int verb, int first)
    {
        for (var k = verb - 1; k >= first; k--)
        {
            if (text.MentionCovering(k) is var at && at >= first && text.MentionAt(at) is { Entity: { Kind: EntityKind.Person } person })
            {
                return person;
            }
        }

        return null;
    }

    private WordMention? FirstMention(int from, int to, HashSet<int> excluded, EntityKind kind)
    {
        for (var k = from; k < to; k++)
        {
            if (!excluded.Contains(k) && text.MentionAt(k) is { Entity: { } entity } mention && entity.Kind == kind)
            {
                return mention;
            }
        }

        return null;
    }

    private bool HasMention(int from, int to, HashSet<int> excluded)
    {
        for (var k = from; k < to; k++)
        {
            if (!excluded.Contains(k) && text.MentionAt(k) is { Entity: not null })
            {
                return true;
            }
        }

        return false;
    }

    private readonly HashSet<int> excluded = [];

    /// <summary>Words of circumstantial phrases (في تصريح لموقع X، ضمن تقريرها …) up to the next comma; the set is reused.</summary>
    private HashSet<int> Circumstances(int from, int to)
    {
        excluded.Clear();
        for (var k = from; k < to - 1; k++)
        {
            if (text.IsBare(k, SpeechLexicon.CircumstanceLeads) && text.Is(k + 1, SpeechLexicon.Circumstances))
            {
                var stop = k + 1;
                while (stop < to && (stop == k + 1 || (text[stop].Before & Separator.Comma) == 0))
                {
                    excluded.Add(stop);
                    stop++;
                }

                excluded.Add(k);
                k = stop - 1;
            }
        }

        return excluded;
    }

    private bool IsCue(int k) => text.IsBare(k, SpeechLexicon.Verbs) || text.IsBare(k, SpeechLexicon.Participles);

    private bool IsLatin(int i) => text.Folded(i)[0] is >= 'a' and <= 'z';

    /// <summary>أن، إن، أنه … alone or after و، ب، ف (وأن، بأن، فإن); لأن (because) is not one.</summary>
    public bool IsComplementizerAt(int i) => text.IsBare(i, SpeechLexicon.Complementizers);
}
