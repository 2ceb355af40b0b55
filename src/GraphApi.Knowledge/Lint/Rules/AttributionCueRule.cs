using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Lint.Rules;

/// <summary>
/// The words that attribute a claim in its article must agree with its attribution kind (an anonymous source must not
/// become an institution's voice, a press report not the outlet's own). Cues are read in each evidence sentence and in
/// the attribution phrase; when a sentence has none, in the part of its paragraph before it, since Arabic news carries
/// an attribution over the following sentences («وبحسب مصادر…. وفي السنوات الثلاث الماضية…»).
/// <list type="bullet">
/// <item>Anonymous-source cues: مصدر، مصادر (with clitics: المصدر، ومصادر) followed by في، من، a ب+ال word
/// (بالمديرية) or an adjective such as مطلعة، أمنية، مسؤولة، ذاته. "مصدر قلق" (a source of concern) and
/// "مصادر التمويل" (funding sources) are not cues.</item>
/// <item>Report cues: الصحف، صحيفة، جريدة، التقارير، تقرير (and تقريرها…), but not تقرير المصير (self-determination)
/// nor a lone bracketed label such as «تقرير» after a headline.</item>
/// <item>Generic cues, which say only that someone else speaks: حسب (بحسب، وبحسب; not فحسب, "only")، وفق، وفقا،
/// نقلا عن، ذكرت، تذكر، يذكر، أفادت، أفاد، تفيد، يفيد.</item>
/// </list>
/// Anonymous or report cues require ANONYMOUS or REPORTED (either, when both appear); generic cues rule out OUTLET; an
/// ANONYMOUS or REPORTED claim needs a cue of its kind.
/// </summary>
public sealed class AttributionCueRule : IClaimLintRule
{
    private static readonly string[] SourceQualifiers =
    [
        "مطلع", "مطلعه", "امني", "امنيه", "مسؤول", "مسؤوله", "مسءول", "مسءوله", "رسمي", "رسميه", "مقرب", "مقربه", "موثوق", "موثوقه",
        "ذاته", "نفسه", "عليم", "عليمه", "خاص", "خاصه", "حكومي", "حكوميه", "دبلوماسي", "دبلوماسيه", "قضاءي", "قضاءيه", "استخباراتي", "استخباراتيه",
    ];

    private static readonly string[] ReportStems = ["صحف", "صحيفه", "جريده", "جراءد", "تقارير", "تقرير", "تقريرها", "تقريره", "تقريرهم", "تقريرا"];

    // حسب is matched on the whole word, so that فحسب ("only") is not read as و/ف + حسب; the verbs lose their و or ف.
    private static readonly string[] AccordingTo = ["حسب", "بحسب", "وحسب", "وبحسب"];

    private static readonly string[] GenericCues = ["وفق", "وفقا", "ذكرت", "تذكر", "يذكر", "افادت", "افاد", "تفيد", "يفيد"];

    public string Id => "attribution-cue-mismatch";

    public IEnumerable<LintFinding> Check(ClaimLintContext context)
    {
        var kind = context.Claim.Attribution.Kind;
        var cues = new List<(Cue Cue, LintToken Word, EvidenceText? At)>();
        cues.AddRange(Cues(context.AttributionTokens, null));
        foreach (var e in context.Evidence)
        {
            var inSentence = Cues(e.SentenceTokens, e).ToList();
            cues.AddRange(inSentence.Count > 0 ? inSentence : Cues(e.ParagraphBeforeTokens, e));
        }

        var specific = cues.Where(c => c.Cue is Cue.Anonymous or Cue.Report).ToList();
        if (specific.Count > 0)
        {
            var allowed = specific.Select(c => c.Cue == Cue.Anonymous ? AttributionKind.Anonymous : AttributionKind.Reported).ToHashSet();
            if (!allowed.Contains(kind))
            {
                var (cue, word, at) = specific[0];
                var says = cue == Cue.Anonymous ? "to unnamed sources" : "to press or other reports";
                yield return context.Finding(Id, $"the article attributes it {says} («{word.Raw}»), but its attribution is {Name(kind)}; expected {string.Join(" or ", allowed.Order().Select(Name))}", at, word);
            }

            yield break;
        }

        if (kind == AttributionKind.Outlet && cues.FirstOrDefault(c => c.Cue == Cue.Generic) is { Word: not null } generic)
        {
            yield return context.Finding(Id, $"«{generic.Word.Raw}» attributes it to someone other than the outlet, but its attribution is OUTLET", generic.At, generic.Word);
        }
        else if (kind is AttributionKind.Anonymous or AttributionKind.Reported)
        {
            var wanted = kind == AttributionKind.Anonymous ? "an anonymous-source cue (مصدر، مصادر)" : "a report cue (التقارير، الصحف، تقرير)";
            yield return context.Finding(Id, $"its attribution is {Name(kind)}, but neither its sentences nor its attribution phrase carry {wanted}", context.Evidence.FirstOrDefault());
        }
    }

    private static string Name(AttributionKind kind) => kind.ToString().ToUpperInvariant();

    private static IEnumerable<(Cue Cue, LintToken Word, EvidenceText? At)> Cues(IReadOnlyList<LintToken> tokens, EvidenceText? at)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            var next = i + 1 < tokens.Count ? tokens[i + 1] : null;
            if (t.Stem is "مصدر" or "مصادر" && next is not null && QualifiesSource(next))
            {
                yield return (Cue.Anonymous, t, at);
            }
            else if (ReportStems.Contains(t.Stem, StringComparer.Ordinal) && !(next is not null && next.Stem == "مصير") && !(at is not null && LintText.IsBracketedLabel(at.SourceText, t)))
            {
                yield return (Cue.Report, t, at);
            }
            else if (AccordingTo.Contains(t.Folded, StringComparer.Ordinal) || GenericCues.Contains(t.Bare, StringComparer.Ordinal) || (t.Bare == "نقلا" && next is not null && next.Folded == "عن"))
            {
                yield return (Cue.Generic, t, at);
            }
        }
    }

    /// <summary>مصادر في…، مصدر من…، مصدر بالمديرية، مصادر مطلعة، المصدر ذاته: the word after مصدر makes it a person.</summary>
    private static bool QualifiesSource(LintToken next) =>
        next.Is("في", "من") || (next.Folded.StartsWith("بال", StringComparison.Ordinal) && next.Folded.Length > 4) || SourceQualifiers.Contains(next.Stem, StringComparer.Ordinal);

    private enum Cue
    {
        Anonymous,
        Report,
        Generic,
    }
}
