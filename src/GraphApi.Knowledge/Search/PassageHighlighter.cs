using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Text;

namespace GraphApi.Knowledge.Search;

/// <summary>
/// The spans of a passage a front-end should mark: every word that matches a loose query word (the whole word, clitics
/// included), and every occurrence of a phrase as one span from its first word to its last. Absolute UTF-16 offsets
/// into the source text, in order, overlapping spans merged.
/// </summary>
public static class PassageHighlighter
{
    public static IReadOnlyList<TextSpan> Highlight(string text, int start, int end, PassageQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var normalized = ArabicNormalizer.Normalize(text, start, end);
        var tokens = ArabicNormalizer.Tokenize(normalized.Text);
        var matches = new bool[tokens.Count, query.Words.Count];
        for (var t = 0; t < tokens.Count; t++)
        {
            var readings = WordForms.TextTerms(tokens[t].Text);
            for (var w = 0; w < query.Words.Count; w++)
            {
                matches[t, w] = query.Matches(w, readings);
            }
        }

        var spans = new List<TextSpan>();
        foreach (var phrase in query.Phrases)
        {
            for (var at = 0; at + phrase.Count <= tokens.Count; at++)
            {
                var all = true;
                for (var j = 0; all && j < phrase.Count; j++)
                {
                    all = matches[at + j, phrase[j]];
                }

                if (all)
                {
                    spans.Add(normalized.ToOriginal(tokens[at].Start, tokens[at + phrase.Count - 1].End));
                }
            }
        }

        for (var t = 0; t < tokens.Count; t++)
        {
            if (query.Loose.Any(w => matches[t, w]))
            {
                spans.Add(normalized.ToOriginal(tokens[t].Start, tokens[t].End));
            }
        }

        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var merged = new List<TextSpan>(spans.Count);
        foreach (var span in spans)
        {
            if (merged.Count > 0 && span.Start < merged[^1].End)
            {
                merged[^1] = new TextSpan(merged[^1].Start, Math.Max(merged[^1].End, span.End));
            }
            else
            {
                merged.Add(span);
            }
        }

        return merged;
    }
}
