using GraphApi.Knowledge.Text;

namespace GraphApi.Knowledge.Lint;

/// <summary>
/// One word of an article for the lint: its span in the source, its letters as written (diacritics and tatweel
/// dropped, so ة and ه stay apart) and its folded key (<see cref="ArabicNormalizer.Fold"/>). <see cref="Gap"/> is the
/// punctuation and space between the previous word and this one, where commas and brackets live.
/// </summary>
public sealed record LintToken(int Start, int End, string Raw, string Folded, string Gap)
{
    /// <summary>The folded word without a leading conjunction و or ف, when what remains is at least two letters (ولم → لم, فقد → قد).</summary>
    public string Bare => Folded.Length > 2 && Folded[0] is '\u0648' or '\u0641' ? Folded[1..] : Folded;

    /// <summary>
    /// The folded word without its proclitics (و ف, ب ك ل, ال), as the linker strips them (والتقارير → تقارير). A word whose
    /// own first letter is ب ك or ل loses it too (كبير → بير), so rules compare such words with <see cref="Is"/>.
    /// </summary>
    public string Stem => ArabicNormalizer.StripProclitics(Folded);

    /// <summary>True when <see cref="Bare"/> is one of <paramref name="words"/> (folded spellings).</summary>
    public bool Is(params string[] words) => words.Contains(Bare, StringComparer.Ordinal) || words.Contains(Folded, StringComparer.Ordinal);

    /// <summary>True when the word is written in digits (Western or Arabic-Indic).</summary>
    public bool IsNumber => Folded.Length > 0 && Folded.All(char.IsAsciiDigit);

    /// <summary>A comma, semicolon or colon sits between the previous word and this one.</summary>
    public bool AfterComma => Gap.IndexOfAny([',', '\u060C', ';', '\u061B', ':']) >= 0;

    public override string ToString() => Raw;
}
