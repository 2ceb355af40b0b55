namespace GraphApi.Knowledge.Text;

/// <summary>Finds the sentence around a span: boundaries are . ! ? ؟ and line breaks.</summary>
public static class SentenceLocator
{
    public static string SentenceAround(string text, int start, int end)
    {
        var s = start;
        while (s > 0 && !IsBoundary(text[s - 1]))
        {
            s--;
        }

        var e = Math.Max(end, start);
        while (e < text.Length && !IsBoundary(text[e]))
        {
            e++;
        }

        if (e < text.Length && text[e] is not ('\n' or '\r'))
        {
            e++;
        }

        return text[s..e].Trim();
    }

    private static bool IsBoundary(char c) => c is '.' or '!' or '?' or '\u061F' or '\n' or '\r';
}
