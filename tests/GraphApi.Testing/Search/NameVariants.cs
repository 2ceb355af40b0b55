using System.Text;

namespace GraphApi.Testing.Search;

/// <summary>
/// The ways a curated name gets written that search must absorb: as curated; Arabic with harakat, with tatweel, with
/// و on the first word, in Egyptian spelling (final ى, ه for ة, ئ for ؤ) and without hamza seats; Latin in upper and
/// lower case.
/// </summary>
public static class NameVariants
{
    public static IEnumerable<(string Query, string Kind)> Of(string name)
    {
        yield return (name, "curated as written");
        if (!name.Any(c => c is >= '\u0600' and <= '\u06FF'))
        {
            yield return (name.ToUpperInvariant(), "Latin upper case");
            yield return (name.ToLowerInvariant(), "Latin lower case");
            yield break;
        }

        yield return (Harakat(name), "Arabic with harakat");
        yield return (Tatweel(name), "Arabic with tatweel");
        yield return ("\u0648" + name, "Arabic with و on the first word");
        yield return (Egyptian(name), "Arabic in Egyptian spelling");
        yield return (name.Replace('\u0623', '\u0627').Replace('\u0625', '\u0627').Replace('\u0622', '\u0627'), "Arabic without hamza seats");
    }

    /// <summary>A fatha after every other Arabic letter, a shadda on the first.</summary>
    private static string Harakat(string name)
    {
        var builder = new StringBuilder();
        var letters = 0;
        foreach (var c in name)
        {
            builder.Append(c);
            if (c is >= '\u0621' and <= '\u064A' && letters++ % 2 == 0)
            {
                builder.Append(letters == 1 ? '\u0651' : '\u064E');
            }
        }

        return builder.ToString();
    }

    private static string Tatweel(string name) =>
        string.Join(' ', name.Split(' ').Select(w => w.Length > 2 && w[1] is >= '\u0621' and <= '\u064A' ? w[..2] + "\u0640\u0640" + w[2..] : w));

    private static string Egyptian(string name) =>
        string.Join(' ', name.Split(' ').Select(w => w.Replace('\u0629', '\u0647').Replace('\u0624', '\u0626') is var e && e.EndsWith('\u064A') ? e[..^1] + '\u0649' : w.Replace('\u0629', '\u0647').Replace('\u0624', '\u0626')));
}
