using System.Globalization;
using GraphApi.Knowledge.Text;

namespace GraphApi.Knowledge.Extraction;

/// <summary>
/// The date of a statement as the article words it (docs/knowledge-format.md, <c>dateAsWritten</c>), read next to its
/// reporting verb («وقال حبوب … في وقت سابق من هذا العام أن»، «وأعلن BCIJ مؤخرًا أن»), with the date it names when
/// the publication date resolves it: «هذا العام» is the publication year, «العام الماضي» the year before, «أمس» the day
/// before, a weekday («الجمعة») the last such day on or before publication, a written date («17 نونبر 2020») itself.
/// «مؤخرًا» (recently), «في وقت سابق» (earlier) and anything relative on an undated page stay unresolved (null), as
/// curators leave them. Words are compared folded; the first word may carry و، ف، ب or ل.
/// </summary>
internal static class DateWordingReader
{
    private static readonly Wording[] Wordings =
    [
        new("في وقت سابق من هذا العام", "earlier this year", Resolve.ThisYear),
        new("في وقت سابق من هذه السنة", "earlier this year", Resolve.ThisYear),
        new("في وقت سابق من العام الجاري", "earlier this year", Resolve.ThisYear),
        new("في وقت سابق من السنة الجارية", "earlier this year", Resolve.ThisYear),
        new("في وقت سابق", "earlier", Resolve.Never),
        new("في الآونة الأخيرة", "recently", Resolve.Never),
        new("مؤخرا", "recently", Resolve.Never),
        new("حديثا", "recently", Resolve.Never),
        new("العام الماضي", "last year", Resolve.LastYear),
        new("السنة الماضية", "last year", Resolve.LastYear),
        new("هذا العام", "this year", Resolve.ThisYear),
        new("هذه السنة", "this year", Resolve.ThisYear),
        new("العام الجاري", "this year", Resolve.ThisYear),
        new("السنة الجارية", "this year", Resolve.ThisYear),
        new("الشهر الماضي", "last month", Resolve.LastMonth),
        new("الأسبوع الماضي", "last week", Resolve.Never),
        new("يوم أمس", "yesterday", Resolve.Yesterday),
        new("أمس", "yesterday", Resolve.Yesterday),
        new("earlier this year", "earlier this year", Resolve.ThisYear),
        new("last year", "last year", Resolve.LastYear),
        new("this year", "this year", Resolve.ThisYear),
        new("last month", "last month", Resolve.LastMonth),
        new("last week", "last week", Resolve.Never),
        new("recently", "recently", Resolve.Never),
        new("yesterday", "yesterday", Resolve.Yesterday),
        .. Weekdays(),
    ];

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Months = MonthNames().GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The first word of every wording, so that most words are passed over with one lookup.</summary>
    private static readonly HashSet<string> FirstWords = [.. Wordings.Select(w => w.Words[0])];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstWordLookup = FirstWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The date wording among words [<paramref name="first"/>, <paramref name="end"/>) outside [<paramref name="skipFirst"/>,
    /// <paramref name="skipEnd"/>) (the reported words themselves) that lies nearest to word <paramref name="near"/> (the
    /// reporting cue), or null.
    /// </summary>
    public static DateWording? Read(ArticleText text, int first, int end, int skipFirst, int skipEnd, int near, string? publishedOn)
    {
        DateWording? best = null;
        for (var i = first; i < end; i++)
        {
            if (i >= skipFirst && i < skipEnd)
            {
                i = skipEnd - 1;
                continue;
            }

            if ((Written(text, i, end) ?? Relative(text, i, end, publishedOn)) is not { } found)
            {
                continue;
            }

            // A wording is read whole: «هذا العام» inside «في وقت سابق من هذا العام» is not a second one.
            i = found.End - 1;
            if (!(found.End > skipFirst && found.First < skipEnd) && (best is null || Distance(found, near) < Distance(best, near)))
            {
                best = found;
            }
        }

        return best;
    }

    private static int Distance(DateWording wording, int near) =>
        near < wording.First ? wording.First - near : near >= wording.End ? near - wording.End + 1 : 0;

    private static DateWording? Relative(ArticleText text, int i, int end, string? publishedOn)
    {
        var word = text.Folded(i);
        if (!FirstWordLookup.Contains(word) && !(word.Length > 2 && word[0] is 'و' or 'ف' or 'ب' or 'ل' && FirstWordLookup.Contains(word[1..])))
        {
            return null;
        }

        foreach (var wording in Wordings)
        {
            if (i + wording.Words.Length <= end && Matches(text, i, wording.Words))
            {
                return new DateWording(i, i + wording.Words.Length, wording.En, wording.Resolve(publishedOn));
            }
        }

        return null;
    }

    /// <summary>«17 نونبر 2020»، «نونبر 2020», "17 November 2020", "November 17, 2020": a date written out in full, or a month of a year.</summary>
    private static DateWording? Written(ArticleText text, int i, int end)
    {
        var at = i;
        int? day = null;
        if (Number(text, at) is { } d and >= 1 and <= 31 && at + 1 < end && Month(text, at + 1) is not null)
        {
            day = d;
            at++;
        }

        if (Month(text, at) is not { } month)
        {
            return null;
        }

        var next = at + 1;
        if (day is null && next < end && Number(text, next) is { } dd and >= 1 and <= 31 && next + 1 < end && Number(text, next + 1) is >= 1000)
        {
            day = dd;
            next++;
        }

        if (next >= end || Number(text, next) is not ({ } year and >= 1900 and <= 2100))
        {
            return null;
        }

        var monthName = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
        if (day is { } dayOfMonth)
        {
            return DateOnly.TryParseExact(string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}-{dayOfMonth:00}"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? new DateWording(i, next + 1, string.Create(CultureInfo.InvariantCulture, $"{dayOfMonth} {monthName} {year}"), date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                : null;
        }

        return new DateWording(i, next + 1, string.Create(CultureInfo.InvariantCulture, $"{monthName} {year}"), string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}"));
    }

    private static int? Number(ArticleText text, int i)
    {
        var folded = text.Folded(i);
        return folded.Length is > 0 and <= 4 && int.TryParse(folded, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    /// <summary>Whether word <paramref name="i"/> names a month (نونبر، نوفمبر، November).</summary>
    public static bool IsMonth(ArticleText text, int i) => Month(text, i) is not null;

    private static int? Month(ArticleText text, int i)
    {
        var folded = text.Folded(i);
        return Months.TryGetValue(folded, out var month) || (folded.Length > 3 && folded[0] is 'ف' or 'و' && Months.TryGetValue(folded[1..], out month)) ? month : null;
    }

    private static bool Matches(ArticleText text, int i, string[] words)
    {
        var first = text.Folded(i);
        if (!first.SequenceEqual(words[0]) && !(first.Length == words[0].Length + 1 && first[0] is 'و' or 'ف' or 'ب' or 'ل' && first[1..].SequenceEqual(words[0])))
        {
            return false;
        }

        for (var k = 1; k < words.Length; k++)
        {
            if (!text.Folded(i + k).SequenceEqual(words[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static IEnumerable<Wording> Weekdays()
    {
        (string Ar, DayOfWeek Day)[] days =
        [
            ("الاثنين", DayOfWeek.Monday), ("الثلاثاء", DayOfWeek.Tuesday), ("الأربعاء", DayOfWeek.Wednesday), ("الخميس", DayOfWeek.Thursday),
            ("الجمعة", DayOfWeek.Friday), ("السبت", DayOfWeek.Saturday), ("الأحد", DayOfWeek.Sunday),
        ];
        foreach (var (ar, day) in days)
        {
            var en = "on " + CultureInfo.InvariantCulture.DateTimeFormat.GetDayName(day);
            yield return new Wording("يوم " + ar, en, published => Resolve.LastWeekday(published, day));
            yield return new Wording(ar, en, published => Resolve.LastWeekday(published, day));
            yield return new Wording("on " + CultureInfo.InvariantCulture.DateTimeFormat.GetDayName(day), en, published => Resolve.LastWeekday(published, day));
        }
    }

    private static Dictionary<string, int> MonthNames()
    {
        string[][] names =
        [
            ["يناير", "جانفي", "january"], ["فبراير", "فيفري", "february"], ["مارس", "march"], ["أبريل", "ابريل", "أفريل", "april"],
            ["ماي", "مايو", "may"], ["يونيو", "يونيه", "جوان", "june"], ["يوليو", "يوليوز", "جويلية", "july"], ["غشت", "أغسطس", "أوت", "august"],
            ["شتنبر", "سبتمبر", "september"], ["أكتوبر", "اكتوبر", "october"], ["نونبر", "نوفمبر", "november"], ["دجنبر", "ديسمبر", "december"],
        ];
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var m = 0; m < names.Length; m++)
        {
            foreach (var name in names[m])
            {
                months[ArabicNormalizer.Fold(name)] = m + 1;
            }
        }

        return months;
    }

    private sealed class Wording(string words, string en, Func<string?, string?> resolve)
    {
        public string[] Words { get; } = ArabicNormalizer.Fold(words).Split(' ');

        public string En { get; } = en;

        public Func<string?, string?> Resolve { get; } = resolve;
    }

    /// <summary>What a relative wording names, given the publication date (ISO, or a year or month prefix), or null.</summary>
    private static class Resolve
    {
        public static string? Never(string? publishedOn) => null;

        public static string? ThisYear(string? publishedOn) => publishedOn is { Length: >= 4 } ? publishedOn[..4] : null;

        public static string? LastYear(string? publishedOn) =>
            publishedOn is { Length: >= 4 } && int.TryParse(publishedOn.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                ? (year - 1).ToString("0000", CultureInfo.InvariantCulture)
                : null;

        public static string? LastMonth(string? publishedOn) =>
            publishedOn is { Length: >= 7 } && DateOnly.TryParseExact(publishedOn[..7] + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
                ? month.AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture)
                : null;

        public static string? Yesterday(string? publishedOn) =>
            Day(publishedOn) is { } day ? day.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

        public static string? LastWeekday(string? publishedOn, DayOfWeek weekday) =>
            Day(publishedOn) is { } day ? day.AddDays(-(((int)day.DayOfWeek - (int)weekday + 7) % 7)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

        private static DateOnly? Day(string? publishedOn) =>
            publishedOn is { Length: 10 } && DateOnly.TryParseExact(publishedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
    }
}
