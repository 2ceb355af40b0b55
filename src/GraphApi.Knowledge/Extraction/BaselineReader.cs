namespace GraphApi.Knowledge.Extraction;

/// <summary>
/// Finds the baselines of a sentence: "since YEAR" (منذ سنة 2002، منذ عام 2002، منذ 2002، since 2002), "since N years"
/// (منذ 20 عاما), "the last N years" (في السنوات الثلاث الماضية، الخمس سنوات الأخيرة، the past three years) and "the last
/// decade" (العقد الأخير، العقدين الماضيين, the last decade). A vague period (في السنوات الأخيرة) is no baseline.
/// </summary>
internal static class BaselineReader
{
    private static readonly FoldedWords Since = FoldedWords.Of("منذ", "since");
    private static readonly FoldedWords YearNouns = FoldedWords.Of("سنة", "عام", "العام", "السنة", "year");
    private static readonly FoldedWords YearsAgo = FoldedWords.Of("عاما", "عام", "سنة", "سنوات", "أعوام", "سنين", "years");
    private static readonly FoldedWords YearsPlural = FoldedWords.Of("سنوات", "أعوام", "سنين", "years");
    private static readonly FoldedWords Past = FoldedWords.Of("الماضية", "الأخيرة", "المنصرمة", "الماضي", "الأخير", "الماضيين", "الأخيرين");
    private static readonly FoldedWords LastEn = FoldedWords.Of("last", "past");
    private static readonly FoldedWords Decade = FoldedWords.Of("العقد", "decade");
    private static readonly FoldedWords TwoDecades = FoldedWords.Of("العقدين");

    public static List<Baseline> Find(ArticleText text, int first, int end)
    {
        var found = new List<Baseline>();
        for (var i = first; i < end; i++)
        {
            if (text.IsBare(i, Since) && AfterSince(text, i, end) is { } since)
            {
                found.Add(since);
                i = since.End - 1;
            }
            else if (LastYears(text, i, end) is { } last)
            {
                found.Add(last);
                i = last.End - 1;
            }
        }

        return found;
    }

    /// <summary>The baseline nearest to words [from, to), or null.</summary>
    public static Baseline? Nearest(List<Baseline> baselines, int from, int to)
    {
        Baseline? best = null;
        var bestDistance = int.MaxValue;
        foreach (var b in baselines)
        {
            var distance = b.End <= from ? from - b.End : b.First >= to ? b.First - to : 0;
            if (distance < bestDistance)
            {
                (best, bestDistance) = (b, distance);
            }
        }

        return best;
    }

    private static Baseline? AfterSince(ArticleText text, int i, int end)
    {
        var j = i + 1;
        if (j < end && text.Is(j, YearNouns) && NumberReader.Year(text, j + 1) is not null)
        {
            j++;
        }

        if (j < end && NumberReader.Year(text, j) is { } year)
        {
            return new Baseline(i, j + 1, year, null);
        }

        if (NumberReader.Read(text, j, end) is { Qualifier: Model.QuantityQualifier.Exactly } n && n.End < end && text.Is(n.End, YearsAgo) && n.Value is > 0 and < 200)
        {
            return new Baseline(i, n.End + 1, null, (int)n.Value);
        }

        return null;
    }

    private static Baseline? LastYears(ArticleText text, int i, int end)
    {
        // السنوات الثلاث الماضية
        if (text.Is(i, YearsPlural) && i + 2 < end && Count(text, i + 1) is { } n1 && text.Is(i + 2, Past))
        {
            return Last(i, i + 3, n1);
        }

        // الثلاث سنوات الأخيرة
        if (Count(text, i) is { } n2 && i + 2 < end && text.Is(i + 1, YearsPlural) && text.Is(i + 2, Past))
        {
            return Last(i, i + 3, n2);
        }

        // العقد الأخير، العقدين الماضيين
        if (i + 1 < end && text.Is(i + 1, Past))
        {
            if (text.Is(i, TwoDecades))
            {
                return Last(i, i + 2, 20);
            }

            if (text.Is(i, Decade) && text.Folded(i) is not "decade")
            {
                return Last(i, i + 2, 10);
            }
        }

        // the last/past three years, the last decade
        if (text.Folded(i) is "the" && i + 2 < end && text.Is(i + 1, LastEn))
        {
            if (text.Folded(i + 2) is "decade")
            {
                return Last(i, i + 3, 10);
            }

            if (i + 3 < end && Count(text, i + 2) is { } n3 && text.Is(i + 3, YearsPlural))
            {
                return Last(i, i + 4, n3);
            }
        }

        return null;
    }

    /// <summary>
    /// The last N years as of year Y are the calendar years Y−N+1 … Y (as issue 18's relative-baseline lint reads them):
    /// the past three years as of 2020 start in 2018, the last decade in 2011. "Since N years" (منذ 20 عاما) is Y−N.
    /// </summary>
    private static Baseline Last(int first, int end, int years) => new(first, end, null, years - 1);

    /// <summary>A small count written in digits or words, with or without the article (الثلاث، الـ5، three).</summary>
    private static int? Count(ArticleText text, int i)
    {
        foreach (var (word, value) in NumberWords.Units)
        {
            if (text.Matches(i, word, prefix: false))
            {
                return value;
            }
        }

        var folded = text.Folded(i).TrimStart("ال");
        return folded.Length is > 0 and <= 2 && !folded.ContainsAnyExceptInRange('0', '9') ? int.Parse(folded, System.Globalization.CultureInfo.InvariantCulture) : null;
    }
}
