using System.Text.RegularExpressions;

namespace GraphApi.Knowledge.Lint;

/// <summary>
/// The hedges of a quote that its English must keep (issue 18): «التي تعتبر هشة» is "considered fragile", not
/// "fragile" (002). The lint holds curated and extracted English to them (<see cref="Rules.GlossHedgeRule"/>), and
/// extraction names them in the English it generates for a figure.
/// <list type="bullet">
/// <item>يعتبر، تعتبر (is considered): consider…, regard…, deem…, seen as, viewed as, counted as.</item>
/// <item>أساسا، بالأساس، بشكل أساسي (mainly): mainly, main, essentially, primarily, chiefly, principally, basically, above all.</item>
/// <item>جزء كبير (a large part): large part, large share, great part, much of, substantial or significant part.</item>
/// <item>غالبا (often): often, usually, frequently, generally.</item>
/// <item>ربما (perhaps), يمكن (can; not لا يمكن): can, could, may, might, perhaps, possib….</item>
/// <item>مزعوم، زعم (alleged, claimed): alleg…, claim…, purport…, supposed….</item>
/// <item>حوالي، نحو + number (about): about, around, approximately, roughly, nearly, some.</item>
/// <item>أزيد من، أكثر من + number (more than): more than, over, upwards of, in excess of.</item>
/// </list>
/// يعد and تعد are left out: in news Arabic they mostly work as a plain "is".
/// </summary>
public static partial class GlossHedges
{
    public static IReadOnlyList<GlossHedge> All { get; } =
    [
        new("considered", (t, i) => t[i].Bare is "يعتبر" or "تعتبر", ConsideredPattern()),
        new("mainly", (t, i) => t[i].Is("اساسا", "بالاساس") || (t[i].Is("بشكل") && Next(t, i)?.Is("اساسي") == true), MainlyPattern()),
        new("a large part", (t, i) => t[i].Stem == "جزء" && Next(t, i)?.Is("كبير", "كبيرا", "كبيره") == true, LargePartPattern()),
        new("often", (t, i) => t[i].Is("غالبا"), OftenPattern()),
        new("perhaps", (t, i) => t[i].Is("ربما"), PossiblyPattern()),
        new("can", (t, i) => t[i].Bare is "يمكن" or "يمكنه" or "يمكنها" or "يمكنهم" && !(i > 0 && t[i - 1].Is("لا")), PossiblyPattern()),
        new("alleged", (t, i) => t[i].Stem == "مزعوم" || t[i].Bare is "زعم" or "زعمت" or "يزعم" or "تزعم", AllegedPattern()),
        new("about", (t, i) => (t[i].Is("حوالي") || t[i].Is("نحو")) && Next(t, i)?.IsNumber == true, AboutPattern()),
        new("more than", (t, i) => t[i].Is("ازيد", "اكثر") && Next(t, i)?.Is("من") == true && Next(t, i + 1)?.IsNumber == true, MoreThanPattern()),
    ];

    /// <summary>Each hedge in <paramref name="tokens"/>, with the word it starts at, in the order of the words.</summary>
    public static IEnumerable<(LintToken Word, GlossHedge Hedge)> In(IReadOnlyList<LintToken> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            foreach (var hedge in All.Where(h => h.Matches(tokens, i)))
            {
                yield return (tokens[i], hedge);
            }
        }
    }

    private static LintToken? Next(IReadOnlyList<LintToken> tokens, int i) => i + 1 < tokens.Count ? tokens[i + 1] : null;

    [GeneratedRegex(@"\b(consider\w*|regard\w*|deem\w*|seen as|viewed as|counted as)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ConsideredPattern();

    [GeneratedRegex(@"\b(mainly|main|essentially|primarily|chiefly|principally|basically|above all)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MainlyPattern();

    [GeneratedRegex(@"\b(large part|large share|great part|much of|substantial part|significant part)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LargePartPattern();

    [GeneratedRegex(@"\b(often|usually|frequently|generally)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OftenPattern();

    [GeneratedRegex(@"\b(can|could|may|might|perhaps|possib\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PossiblyPattern();

    [GeneratedRegex(@"\b(alleg\w*|claim\w*|purport\w*|suppos\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AllegedPattern();

    [GeneratedRegex(@"\b(about|around|approximately|roughly|nearly|some)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AboutPattern();

    [GeneratedRegex(@"\b(more than|over|upwards of|in excess of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MoreThanPattern();
}
