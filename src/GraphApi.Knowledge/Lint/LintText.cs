using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Text;

namespace GraphApi.Knowledge.Lint;

/// <summary>
/// Splits a source text into <see cref="LintToken"/>s and finds the units the rules reason about: the sentence around
/// a quote (<see cref="SentenceLocator"/>), its paragraph (a line of the file) and its clause.
/// </summary>
public static class LintText
{
    /// <summary>The words of <paramref name="text"/>[span], in order. A word is a run of letters, digits and Arabic marks.</summary>
    public static IReadOnlyList<LintToken> Tokenize(string text, TextSpan span)
    {
        var tokens = new List<LintToken>();
        var i = span.Start;
        var gapStart = span.Start;
        while (i < span.End)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < span.End && IsWordChar(text[i]))
            {
                i++;
            }

            var raw = new string(text.AsSpan(start, i - start).ToArray().Where(c => ArabicNormalizer.FoldChar(c) != '\0').ToArray());
            tokens.Add(new LintToken(start, i, raw, ArabicNormalizer.Fold(raw), text[gapStart..start]));
            gapStart = i;
        }

        return tokens;
    }

    /// <summary>The paragraph around an offset: the line of the file that holds it, trimmed.</summary>
    public static TextSpan ParagraphAround(string text, int offset)
    {
        var start = offset;
        while (start > 0 && text[start - 1] is not ('\n' or '\r'))
        {
            start--;
        }

        var end = offset;
        while (end < text.Length && text[end] is not ('\n' or '\r'))
        {
            end++;
        }

        return new TextSpan(start, end);
    }

    /// <summary>
    /// True when <paramref name="token"/> opens a new clause: it follows a comma (or ، ؛ :) and is ثم or starts with the
    /// conjunction و or ف (…غيرها، والفضل), or it is a contrast word (بل، لكن، ولكن، إنما، وإنما).
    /// </summary>
    public static bool OpensClause(LintToken token) =>
        IsContrast(token) || (token.AfterComma && ((token.Folded.Length > 2 && token.Folded[0] is '\u0648' or '\u0641') || token.Is("ثم")));

    /// <summary>بل، لكن، ولكن، لكنه، لكنها، إنما، وإنما: the second half of "not X but Y".</summary>
    public static bool IsContrast(LintToken token) => token.Is("بل", "لكن", "لكنه", "لكنها", "انما");

    /// <summary>
    /// True when the words of <paramref name="phrase"/> (folded spellings) start at <paramref name="tokens"/>[i], each
    /// compared without its proclitics or its conjunction (خلال الأشهر المقبلة matches خلال اشهر مقبله).
    /// </summary>
    public static bool StartsPhrase(IReadOnlyList<LintToken> tokens, int i, string[] phrase)
    {
        if (i + phrase.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < phrase.Length; k++)
        {
            var t = tokens[i + k];
            if (t.Stem != phrase[k] && t.Bare != phrase[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>التي، الذي، الذين، اللذين، اللتين، اللواتي، اللاتي: a relative pronoun, which opens a clause of its own.</summary>
    public static bool IsRelativePronoun(LintToken token) => token.Is("التي", "الذي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي");

    /// <summary>True when the token is the only word between a pair of brackets or guillemets («تقرير», (تقرير)): a label, not a phrase.</summary>
    public static bool IsBracketedLabel(string text, LintToken token)
    {
        var before = token.Start - 1;
        while (before >= 0 && text[before] == ' ')
        {
            before--;
        }

        var after = token.End;
        while (after < text.Length && text[after] == ' ')
        {
            after++;
        }

        return before >= 0 && after < text.Length && text[before] is '«' or '(' or '[' && text[after] is '»' or ')' or ']';
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '\u0640' or '\u0670' or >= '\u064B' and <= '\u0655';
}
