using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Text;

/// <summary>Finds sentences: boundaries are . ! ? ؟ and line breaks.</summary>
public static class SentenceLocator
{
    /// <summary>
    /// The sentences of <paramref name="span"/> in order, each trimmed of white space and ending with its boundary mark;
    /// empty ones are left out. The passage index cuts article bodies with it, so a passage is one sentence.
    /// </summary>
    public static IEnumerable<TextSpan> Sentences(string text, TextSpan span)
    {
        var start = span.Start;
        for (var i = span.Start; i < span.End; i++)
        {
            if (IsBoundary(text, i))
            {
                var end = text[i] is '\n' or '\r' ? i : i + 1;
                if (Trim(text, start, end) is { Length: > 0 } sentence)
                {
                    yield return sentence;
                }

                start = i + 1;
            }
        }

        if (Trim(text, start, span.End) is { Length: > 0 } last)
        {
            yield return last;
        }
    }

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

        return Trim(text, s, e);
    }

    private static TextSpan Trim(string text, int s, int e)
    {
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
