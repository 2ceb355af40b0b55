namespace GraphApi.Knowledge.Search;

/// <summary>
/// Function words that a name or an unquoted query may carry or leave out without changing what it names
/// ("Directorate General of Territorial Surveillance", "كلية الحقوق في تطوان"). They neither match nor count in a
/// score; inside double quotes (a passage phrase) they are kept. Folded forms (إلى is الي).
/// </summary>
public static class StopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        // Latin
        "a", "an", "and", "at", "d", "de", "del", "des", "du", "et", "for", "in", "l", "la", "le", "les", "of", "on", "the", "to", "y",

        // Arabic (folded)
        "\u0641\u064A", // في
        "\u0645\u0646", // من
        "\u0639\u0644\u064A", // على
        "\u0639\u0646", // عن
        "\u0627\u0644\u064A", // إلى
        "\u0636\u062F", // ضد
        "\u0645\u0639", // مع
        "\u0648", // و
        "\u0627\u0644\u062A\u064A", // التي
        "\u0627\u0644\u0630\u064A", // الذي
        "\u0627\u0646", // أن إن
        "\u0647\u0630\u0627", // هذا
        "\u0647\u0630\u0647", // هذه
        "\u0630\u0644\u0643", // ذلك
    };

    public static bool Contains(string folded) => Words.Contains(folded);
}
