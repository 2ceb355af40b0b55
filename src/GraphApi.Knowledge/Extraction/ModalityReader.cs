using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Extraction;

/// <summary>
/// Reads the modality of a clause as issue 18's lint does: a modal (يمكن، ربما، من المحتمل، قد + present tense,
/// may, might, could) makes it POSSIBLE; a future marker (سوف، سـ + present tense، خلال الأشهر المقبلة، يتوقع، will) makes it
/// FUTURE; otherwise it is ASSERTED. قد before a past tense (قد فككت) is emphasis, not doubt.
/// </summary>
internal static class ModalityReader
{
    private static readonly FoldedWords Modals = FoldedWords.Of("يمكن", "يمكنه", "يمكنها", "ربما", "يحتمل", "يُحتمل", "المحتمل", "الممكن", "may", "might", "could", "possibly");
    private static readonly FoldedWords Future = FoldedWords.Of("سوف", "يتوقع", "يُتوقع", "المتوقع", "المنتظر", "المرتقب", "مستقبلا", "will", "shall");
    private static readonly FoldedWords Coming = FoldedWords.Of("المقبلة", "المقبل", "القادمة", "القادم");

    /// <summary>Bare words that start like سـ + a present tense but are nouns.</summary>
    private static readonly FoldedWords SinNouns = FoldedWords.Of(
        "سياسة", "سياسات", "سياسي", "سياسية", "سياسيا", "سيادة", "سيارة", "سيارات", "سنوات", "سنة", "ستة", "ستين", "سنوي", "سنوية", "سنويا",
        "سيطرة", "سياق", "سياحة", "سياحي", "سياحية", "سيدة", "سيد", "ستار", "سنغال", "سيناء", "سيناريو", "ستراتيجية", "سينما", "سنين", "سنتين");

    public static Modality Read(ArticleText text, int first, int end)
    {
        var future = false;
        for (var i = first; i < end; i++)
        {
            if (text.Is(i, Modals) || (text.Folded(i) is "قد" or "وقد" && i + 1 < end && IsPresent(text.Folded(i + 1))))
            {
                return Modality.Possible;
            }

            future |= text.Is(i, Future) || IsSinPresent(text, i) || (text.Is(i, Coming) && i > first && text.Folded(i - 1) is "الاشهر" or "الشهور" or "السنوات" or "الايام" or "الاسابيع" or "المرحله");
        }

        return future ? Modality.Future : Modality.Asserted;
    }

    private static bool IsPresent(ReadOnlySpan<char> folded) => folded.Length >= 3 && folded[0] is 'ي' or 'ت' or 'ن';

    /// <summary>سيكون، ستتجسد، وسيفيد: سـ then a present-tense prefix, on a word that is not a known noun.</summary>
    private static bool IsSinPresent(ArticleText text, int i)
    {
        var folded = text.Folded(i);
        if (folded.Length > 1 && folded[0] is 'و' or 'ف')
        {
            folded = folded[1..];
        }

        return folded.Length >= 5 && folded[0] == 'س' && folded[1] is 'ي' or 'ت' or 'ن' && !SinNouns.Contains(folded);
    }
}
