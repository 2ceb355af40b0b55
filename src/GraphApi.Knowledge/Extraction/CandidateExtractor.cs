using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Text;

namespace GraphApi.Knowledge.Extraction;

/// <summary>
/// Finds names the linker does not know, by cue:
/// <list type="bullet">
/// <item>an honorific before a name (السيد X Y): a person, 0.7;</item>
/// <item>a title and its complement before a name (وزير الداخلية X Y، الأمين العام …، X Y): a person, 0.65;</item>
/// <item>a reporting verb whose subject is a name followed by a description (وقال X Y، مدير …): a person, 0.6;</item>
/// <item>an organisation head and its complement (المديرية العامة للأمن الوطني، وزارة الداخلية): an institution, 0.6–0.7;</item>
/// <item>a place head and its name (مدينة X): a place, 0.5; an unknown upper-case acronym (FBI): an institution, 0.5.</item>
/// </list>
/// A name is two to four words that are not particles, numbers or reporting verbs; its first word is indefinite unless it
/// follows عبد/أبو/بن. A complement is made of definite words and لـ-words (لمراقبة التراب الوطني). Nothing a known
/// entity's mention covers is a candidate.
/// </summary>
internal sealed class CandidateExtractor(ArticleText text, string sourceId)
{
    private const int MaxComplement = 7;
    private const int MaxName = 4;

    public List<CandidateFinding> Extract()
    {
        var found = new List<CandidateFinding>();
        for (var i = 0; i < text.Count; i++)
        {
            if (text.MentionCovering(i) >= 0)
            {
                continue;
            }

            var finding = text.Is(i, CandidateCues.Openers)
                ? Honorific(i) ?? Titled(i) ?? Organisation(i) ?? Place(i)
                : Acronym(i) ?? Speaker(i);
            if (finding is not null)
            {
                found.Add(finding);
            }
        }

        return found;
    }

    private CandidateFinding? Honorific(int i)
    {
        if (!text.Is(i, CandidateCues.Honorifics) || Separated(i + 1))
        {
            return null;
        }

        return NameAt(i + 1) is { } end ? Finding(i + 1, end, EntityKind.Person, "honorific: " + Bare(i, CandidateCues.Honorifics), 0.7) : null;
    }

    private CandidateFinding? Titled(int i)
    {
        if (!text.Is(i, CandidateCues.Titles) || i + 1 >= text.Count)
        {
            return null;
        }

        var k = Complement(i + 1, allowMentions: true);
        if (k == i + 1 || k >= text.Count || (text[k].Before & ~(Separator.Comma | Separator.Space)) != 0)
        {
            return null;
        }

        return NameAt(k) is { } end ? Finding(k, end, EntityKind.Person, "title: " + Bare(i, CandidateCues.Titles), 0.65) : null;
    }

    private CandidateFinding? Organisation(int i)
    {
        var english = text.IsBare(i, CandidateCues.EnglishOrganisationHeads) && char.IsUpper(text.Text[text[i].Start]);
        if (!english && !text.Is(i, CandidateCues.OrganisationHeads))
        {
            return null;
        }

        var end = english ? Capitalised(i + 1) : Complement(i + 1, allowMentions: false);
        var words = end - i - 1;
        var definite = text.IsDefinite(i);
        if (words < (definite ? 2 : 1) || (!english && !definite && !text.IsDefinite(i + 1) && !text.Folded(i + 1).StartsWith('ل')))
        {
            return null;
        }

        var confidence = definite || words >= 3 ? 0.7 : 0.6;
        var start = english ? text[i].Start : text.ReadingStart(i, CandidateCues.OrganisationHeads) ?? text[i].Start;
        return Finding(i, end, EntityKind.Institution, "organisation head: " + text.Text[start..text[i].End], confidence, start);
    }

    private CandidateFinding? Place(int i)
    {
        if (!text.Is(i, CandidateCues.PlaceHeads) || Separated(i + 1))
        {
            return null;
        }

        var end = i + 1;
        while (end < text.Count && end - i <= 2 && !Separated(end) && IsNameWord(end) && text.MentionCovering(end) < 0 && (end == i + 1 || !text.IsDefinite(end)))
        {
            end++;
        }

        return end > i + 1 ? Finding(i + 1, end, EntityKind.Place, "place head: " + Bare(i, CandidateCues.PlaceHeads), 0.5) : null;
    }

    private CandidateFinding? Acronym(int i)
    {
        var word = text.Text.AsSpan(text[i].Start, text[i].End - text[i].Start);
        if (word.Length is < 2 or > 6 || !AllUpper(word) || Acronyms.Common.Contains(word.ToString()))
        {
            return null;
        }

        return Finding(i, i + 1, EntityKind.Institution, "acronym", 0.5);
    }

    /// <summary>وقال X Y، مدير …: the subject of a reporting verb, named and described but unknown.</summary>
    private CandidateFinding? Speaker(int i)
    {
        if (i == 0 || !IsVerb(i - 1) || NameAt(i) is not { } end || end >= text.Count || (text[end].Before & Separator.Comma) == 0)
        {
            return null;
        }

        var described = text.Is(end, CandidateCues.Appositions) || text.Is(end, CandidateCues.Titles);
        return described ? Finding(i, end, EntityKind.Person, "reporting verb and apposition: " + Word(i - 1), 0.6) : null;
    }

    /// <summary>
    /// The end of a name of two to four words starting at <paramref name="i"/>, or null. The first word is indefinite; a
    /// definite word follows عبد/أبو/بن (عبد الرحيم), and one more may close the name as a family name (الصديقي), so
    /// a definite common noun after it (الوفد) is not taken in.
    /// </summary>
    private int? NameAt(int i)
    {
        var end = i;
        var families = 0;
        while (end < text.Count && end - i < MaxName && (end == i || !Separated(end)) && text.MentionCovering(end) < 0 && IsNameWord(end))
        {
            if (text.IsDefinite(end))
            {
                var joined = end > i && text.IsBare(end - 1, CandidateCues.NameJoiners);
                if (end == i || (!joined && ++families > 1))
                {
                    break;
                }
            }

            end++;
        }

        return end - i >= 2 ? end : null;
    }

    private bool IsNameWord(int i)
    {
        var folded = text.Folded(i);
        return folded.Length >= 2
            && !folded.ContainsAnyExceptInRange('\u0621', '\u064A')
            && !text.IsBare(i, CandidateCues.Stops)
            && !text.Is(i, CandidateCues.Titles)
            && !text.Is(i, CandidateCues.OrganisationHeads)
            && !text.Is(i, SpeechLexicon.PersonDescriptions)
            && !IsVerb(i)
            && !NumberWords.UnitsBySpelling.ContainsKey(folded)
            && !NumberWords.TensBySpelling.ContainsKey(folded);
    }

    /// <summary>Complement words after a head: definite words and لـ-words, up to a stop word, punctuation or a known mention.</summary>
    private int Complement(int i, bool allowMentions)
    {
        var end = i;
        while (end < text.Count && end - i < MaxComplement && !Separated(end))
        {
            if (text.MentionAt(end) is { } mention && allowMentions)
            {
                end = mention.End;
                continue;
            }

            var folded = text.Folded(end);
            var isComplement = (text.IsDefinite(end) || (folded.Length >= 4 && folded[0] == 'ل' && end + 1 < text.Count && text.IsDefinite(end + 1)))
                && !folded.ContainsAnyExceptInRange('\u0621', '\u064A')
                && !text.IsBare(end, CandidateCues.Stops)
                && text.MentionCovering(end) < 0;
            if (!isComplement)
            {
                break;
            }

            end++;
        }

        return end;
    }

    /// <summary>Capitalised words (and of, for, the, and between them) after an English head.</summary>
    private int Capitalised(int i)
    {
        var end = i;
        var lastCapital = i;
        while (end < text.Count && end - i < MaxComplement && !Separated(end) && text.MentionCovering(end) < 0)
        {
            var first = text.Text[text[end].Start];
            if (char.IsUpper(first))
            {
                lastCapital = end + 1;
            }
            else if (text.Folded(end) is not ("of" or "for" or "the" or "and" or "on"))
            {
                break;
            }

            end++;
        }

        return lastCapital;
    }

    private bool Separated(int i) => i >= text.Count || (text[i].Before & ~Separator.Space) != 0;

    private bool IsVerb(int i) => text.IsBare(i, SpeechLexicon.Verbs);

    private string Word(int i) => text.Text[text[i].Start..text[i].End];

    /// <summary>The cue word as written, without the proclitics the article put in front of it (لوزارة → وزارة).</summary>
    private string Bare(int i, FoldedWords cues) => text.Text[(text.ReadingStart(i, cues) ?? text[i].Start)..text[i].End];

    private static bool AllUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c is < 'A' or > 'Z')
            {
                return false;
            }
        }

        return true;
    }

    private CandidateFinding Finding(int first, int end, EntityKind kind, string cue, double confidence, int? start = null)
    {
        var span = text.SpanOf(first, end) with { Start = start ?? text[first].Start };
        var name = text.Text[span.Start..span.End];
        var key = string.Join(' ', ArabicNormalizer.Keys(name));
        var sentence = SentenceLocator.SentenceAround(text.Text, span.Start, span.End);
        return new CandidateFinding(key, name, kind, cue, confidence, new CandidateOccurrence(sourceId, span.Start, span.End, name, sentence));
    }
}
