using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Text;

/// <summary>
/// Separates an article body from the page furniture of the raw pages in <c>seeds/sources/</c>: headline tickers
/// (000, 003), report-image notices, datelines, breadcrumbs (001), "read at the source" and "المصدر:" lines,
/// comment forms (001, 002) and related-article lists. Works line by line; a closing marker (source link,
/// comments, related list) ends the body. Spans index the original text, trimmed of surrounding white space.
/// </summary>
public static class BodyExtractor
{
    // Folded (ArabicNormalizer.Fold) prefixes, so spelling variants of alef and ة match.
    private static readonly (string Prefix, BoilerplateKind Kind, bool Closes)[] Markers =
    [
        (Fold("شكرا على الإبلاغ"), BoilerplateKind.ShareOrReport, false),
        (Fold("سيتم حجب هذه الصورة"), BoilerplateKind.ShareOrReport, false),
        (Fold("شارك"), BoilerplateKind.ShareOrReport, false),
        (Fold("طباعة"), BoilerplateKind.ShareOrReport, false),
        (Fold("انقر هنا لقراءة"), BoilerplateKind.SourceLink, true),
        (Fold("اقرأ الخبر من مصدره"), BoilerplateKind.SourceLink, true),
        (Fold("المصدر:"), BoilerplateKind.SourceLink, true),
        (Fold("المصدر :"), BoilerplateKind.SourceLink, true),
        (Fold("اترك تعليقا"), BoilerplateKind.Comments, true),
        (Fold("لن يتم نشر عنوان بريدك"), BoilerplateKind.Comments, true),
        (Fold("التعليقات"), BoilerplateKind.Comments, true),
        (Fold("عذرا التعليقات مغلقة"), BoilerplateKind.Comments, true),
        (Fold("أضف تعليق"), BoilerplateKind.Comments, true),
        (Fold("اقرأ أيضا"), BoilerplateKind.RelatedArticles, true),
        (Fold("مقالات ذات صلة"), BoilerplateKind.RelatedArticles, true),
        (Fold("أخبار ذات صلة"), BoilerplateKind.RelatedArticles, true),
        ("read more", BoilerplateKind.RelatedArticles, true),
        ("related", BoilerplateKind.RelatedArticles, true),
        ("share", BoilerplateKind.ShareOrReport, false),
    ];

    /// <summary>Share buttons and the like are short; a long line starting with "شارك" is a sentence ("شارك المغرب في…").</summary>
    private const int ShortLine = 25;

    /// <summary>A related-articles heading is a short line; a sentence that starts with "Related" is body.</summary>
    private const int HeadingLine = 40;

    public static ExtractedBody Extract(string text)
    {
        var body = new List<TextSpan>();
        var skipped = new List<SkippedSegment>();
        var closed = false;
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var newline = text.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? text.Length : newline;
            var span = Trim(text, lineStart, lineEnd);
            if (span.Length > 0)
            {
                var kind = closed ? BoilerplateKind.Trailer : Classify(text, span, out closed);
                if (kind is null)
                {
                    body.Add(span);
                }
                else
                {
                    skipped.Add(new SkippedSegment(span, kind.Value));
                }
            }

            if (newline < 0)
            {
                break;
            }

            lineStart = newline + 1;
        }

        return new ExtractedBody(body, skipped);
    }

    private static BoilerplateKind? Classify(string text, TextSpan span, out bool closes)
    {
        closes = false;
        var line = text.AsSpan(span.Start, span.Length);
        if (CountWideGaps(line) >= 2)
        {
            return BoilerplateKind.HeadlineTicker;
        }

        var folded = ArabicNormalizer.Fold(line.ToString());
        foreach (var (prefix, kind, close) in Markers)
        {
            var limit = kind switch
            {
                BoilerplateKind.ShareOrReport when prefix.Length <= 6 => ShortLine,
                BoilerplateKind.RelatedArticles => HeadingLine,
                _ => int.MaxValue,
            };
            if (folded.StartsWith(prefix, StringComparison.Ordinal) && folded.Length <= limit)
            {
                closes = close;
                return kind;
            }
        }

        if (IsDateline(folded))
        {
            return BoilerplateKind.Dateline;
        }

        if (folded.StartsWith(Fold("الرئيسية"), StringComparison.Ordinal) && folded.Length <= 60)
        {
            return BoilerplateKind.Breadcrumb;
        }

        return null;
    }

    /// <summary>"نشر في الدار يوم 17 - 12 - 2020": the aggregator's dateline above the article.</summary>
    private static bool IsDateline(string folded) =>
        folded.Length <= 80
        && folded.StartsWith(Fold("نشر في "), StringComparison.Ordinal)
        && folded.Contains(Fold(" يوم "), StringComparison.Ordinal)
        && folded.Any(char.IsAsciiDigit);

    /// <summary>Counts runs of three or more white-space characters (NBSP included): tickers separate headlines so.</summary>
    private static int CountWideGaps(ReadOnlySpan<char> line)
    {
        var gaps = 0;
        var run = 0;
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c))
            {
                run++;
                if (run == 3)
                {
                    gaps++;
                }
            }
            else
            {
                run = 0;
            }
        }

        return gaps;
    }

    private static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new TextSpan(start, end);
    }

    private static string Fold(string s) => ArabicNormalizer.Fold(s);
}
