using System.Globalization;
using System.Text.RegularExpressions;
using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Text;

namespace GraphApi.Knowledge.Extraction;

/// <summary>
/// The publication date a page prints in its dateline ("نشر في الدار يوم 17 - 12 - 2020"), as an ISO date: the as-of
/// date of an article's figures when <c>sources.yaml</c> gives none. Only lines the body extractor classified as
/// datelines are read.
/// </summary>
public static partial class DatelineReader
{
    public static string? Read(string text, ExtractedBody body)
    {
        foreach (var segment in body.Skipped.Where(s => s.Kind == BoilerplateKind.Dateline))
        {
            var line = ArabicNormalizer.Fold(text[segment.Span.Start..segment.Span.End]);
            var match = DayMonthYear().Match(line);
            if (match.Success && DateOnly.TryParseExact(
                $"{match.Groups[3].Value}-{match.Groups[2].Value.PadLeft(2, '0')}-{match.Groups[1].Value.PadLeft(2, '0')}",
                "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    [GeneratedRegex(@"(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})")]
    private static partial Regex DayMonthYear();
}
