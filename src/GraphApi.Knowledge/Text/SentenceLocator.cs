using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Text;

/// <summary>Finds the sentence around a span: boundaries are . ! ? ؟ and line breaks.</summary>
public static class SentenceLocator
{
    public static string SentenceAround(string text, int start, int end)
    {
        var span = SpanAround(text, start, end);
        return text[span.Start..span.End];
    }

    /// <summary>The sentence around [start, end) as a span of <paramref name="text"/>, trimmed of white space.</summary>
    public static TextSpan SpanAround(string text, int start, int end)
    {
        var s = start;
        while (s > 0 && !IsBoundary(text, s - 1))
        {
            s--;
        }

        var e = Math.Max(end, start);
        while (e < text.Length && !IsBoundary(text, e))
        {
            e++;
        }

        if (e < text.Length && text[e] is not ('\n' or '\r'))
        {
            e++;
        }

        while (s < e && char.IsWhiteSpace(text[s]))
        {
            s++;
        }

        while (e > s && char.IsWhiteSpace(text[e - 1]))
        {
            e--;
        }

        return new TextSpan(s, e);
    }

    /// <summary>A dot between two letters (برلمان.كوم, 24.6) does not end a sentence.</summary>
    private static bool IsBoundary(string text, int i) =>
        IsBoundary(text[i]) && !(text[i] == '.' && i > 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]));

    private static bool IsBoundary(char c) => c is '.' or '!' or '?' or '\u061F' or '\n' or '\r';
}
