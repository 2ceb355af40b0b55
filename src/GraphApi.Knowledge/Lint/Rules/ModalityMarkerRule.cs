using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Lint.Rules;

/// <summary>
/// Future and modal markers in a quote (or in its clause before it) must agree with the claim's modality: "will take
/// shape in the coming months" is not "hosts" (claim/000-morocco-hosts-unoct-office), "can last" is not "lasts". A
/// FUTURE or POSSIBLE claim must show a marker of its kind.
/// <list type="bullet">
/// <item>Future: the prefix سـ on a present-tense verb (ستتجسد، سيثمر، وسيفيد); سوف; خلال / في الأشهر (الأسابيع، الأيام)
/// المقبلة; في المستقبل القريب; مستقبلا; يتوقع أن، يُتوقع أن، من المتوقع. سـ is a prefix only when what follows is a
/// present-tense form (يـ تـ نـ, or أ written with its hamza) of three letters or more that does not end like a noun
/// (ة، ات، ية) and is not one of the nouns that start that way (سياسة، سيادة، سياق، سنة، سنوات، ستار، سيارة…).</item>
/// <item>Possible: يمكن (يمكنه…; not لا يمكن, "cannot"); من الممكن; بالإمكان; ربما; لعل; من المحتمل; يحتمل؛ من المرجح؛
/// قد before a present-tense verb (قد يكون). قد before a past verb asserts (قد فككت "have dismantled"), as do وقد، لقد،
/// فقد; and تمكن، مكنت ("managed", "enabled") and قدر ممكن ("as much as possible") are not modal.</item>
/// </list>
/// </summary>
public sealed class ModalityMarkerRule : IClaimLintRule
{
    private static readonly string[] NounsLikeFutureVerbs =
    [
        "سيما", "سياس", "سياد", "سياق", "سيار", "سيد", "سيطر", "سينما", "سيناريو", "سيول", "سياح", "سيرور", "سيبراني",
        "سنه", "سنو", "سنت", "سنغال", "سنين", "ستار", "ستراتيج", "سته", "ستين", "ستون", "ستوديو",
    ];

    private static readonly string[][] FuturePhrases =
    [
        ["خلال", "اشهر", "مقبله"], ["في", "اشهر", "مقبله"], ["خلال", "اسابيع", "مقبله"], ["في", "اسابيع", "مقبله"],
        ["خلال", "ايام", "مقبله"], ["في", "ايام", "مقبله"], ["في", "مستقبل", "قريب"], ["من", "متوقع"],
    ];

    private static readonly string[][] PossiblePhrases = [["من", "ممكن"], ["من", "محتمل"], ["من", "مرجح"]];

    public string Id => "modality-marker-mismatch";

    public IEnumerable<LintFinding> Check(ClaimLintContext context)
    {
        var modality = context.Claim.Modality;
        (LintToken Word, EvidenceText At)? future = null;
        (LintToken Word, EvidenceText At)? possible = null;
        foreach (var e in context.Evidence)
        {
            var scope = e.QuoteWithClauseBefore;
            future ??= FutureMarker(scope) is { } f ? (f, e) : null;
            possible ??= PossibleMarker(scope) is { } p ? (p, e) : null;
        }

        if (modality == Modality.Asserted && (future ?? possible) is { } marker)
        {
            var what = future is not null ? "the future" : "a possibility";
            yield return context.Finding(Id, $"«{marker.Word.Raw}» marks {what}, but the modality is ASSERTED", marker.At, marker.Word);
        }
        else if (modality == Modality.Future && future is null)
        {
            yield return context.Finding(Id, "the modality is FUTURE, but no quote shows a future marker (سـ، سوف، خلال الأشهر المقبلة، يتوقع أن)", context.Evidence.FirstOrDefault());
        }
        else if (modality == Modality.Possible && possible is null)
        {
            yield return context.Finding(Id, "the modality is POSSIBLE, but no quote shows a modal marker (يمكن، قد + present، ربما، من المحتمل)", context.Evidence.FirstOrDefault());
        }
    }

    private static LintToken? FutureMarker(IReadOnlyList<LintToken> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Is("سوف") || t.Is("مستقبلا") || IsFutureVerb(t) || (t.Bare is "يتوقع" && i + 1 < tokens.Count && tokens[i + 1].Is("ان")) || StartsPhrase(tokens, i, FuturePhrases))
            {
                return t;
            }
        }

        return null;
    }

    private static LintToken? PossibleMarker(IReadOnlyList<LintToken> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            var previous = i > 0 ? tokens[i - 1] : null;
            var next = i + 1 < tokens.Count ? tokens[i + 1] : null;
            if (t.Bare is "يمكن" or "يمكنه" or "يمكنها" or "يمكنهم" or "يمكننا" && !(previous is not null && previous.Is("لا")))
            {
                return t;
            }

            if (t.Is("ربما", "لعل", "لعله", "لعلها", "يحتمل", "بالامكان") || StartsPhrase(tokens, i, PossiblePhrases))
            {
                return t;
            }

            if (t.Bare == "قد" && t.Folded != "لقد" && next is not null && IsPresentTense(next))
            {
                return t;
            }
        }

        return null;
    }

    /// <summary>سـ + a present-tense verb: سيكون، ستتجسد، وسيفيد, but not سياسة، سنوات، سابق، ساعة.</summary>
    private static bool IsFutureVerb(LintToken token)
    {
        var raw = token.Raw.Length > 3 && token.Raw[0] is 'و' or 'ف' && token.Raw[1] == 'س' ? token.Raw[1..] : token.Raw;
        if (raw.Length < 4 || raw[0] != 'س' || raw[1] is not ('ي' or 'ت' or 'ن' or 'أ'))
        {
            return false;
        }

        var folded = token.Folded[(token.Folded.Length - raw.Length)..];
        return !raw.EndsWith('ة') && !raw.EndsWith("ات", StringComparison.Ordinal) && !raw.EndsWith("ية", StringComparison.Ordinal)
            && !NounsLikeFutureVerbs.Any(n => folded.StartsWith(n, StringComparison.Ordinal));
    }

    /// <summary>A present-tense form after قد: starts with يـ or تتـ (نـ is left out: نشرت، نفذ are past tense), or is تكون / تصبح.</summary>
    private static bool IsPresentTense(LintToken token) =>
        token.Folded.Length >= 3 && (token.Folded[0] == 'ي' || token.Folded.StartsWith("تت", StringComparison.Ordinal) || token.Is("تكون", "تصبح"));

    private static bool StartsPhrase(IReadOnlyList<LintToken> tokens, int i, string[][] phrases) => phrases.Any(p => LintText.StartsPhrase(tokens, i, p));
}
