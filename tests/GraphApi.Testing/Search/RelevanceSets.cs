namespace GraphApi.Testing.Search;

/// <summary>
/// The named relevance sets of <c>tests/search/</c>, read by the search tests and by the engine comparison of the
/// benchmarks: tab-separated, one case a line, <c>#</c> comments.
/// </summary>
public static class RelevanceSets
{
    public static string Folder => Repository.PathOf("tests", "search");

    /// <summary><c>names-negative.tsv</c>: queries that must find no entity.</summary>
    public static IReadOnlyList<NegativeQuery> Negative() =>
        [.. Rows("names-negative.tsv", 2).Select(r => new NegativeQuery(r[0], r[1]))];

    /// <summary><c>names-positive.tsv</c>: queries that must rank an entity first.</summary>
    public static IReadOnlyList<PositiveQuery> Positive() =>
        [.. Rows("names-positive.tsv", 3).Select(r => new PositiveQuery(r[0], r[1], r[2]))];

    /// <summary><c>passage-questions.tsv</c>: questions whose answer passage must come in the top 3.</summary>
    public static IReadOnlyList<PassageQuestion> PassageQuestions() =>
        [.. Rows("passage-questions.tsv", 4).Select(r => new PassageQuestion(r[0], r[1], r[2], r[3]))];

    private static IEnumerable<string[]> Rows(string fileName, int columns)
    {
        var path = Path.Combine(Folder, fileName);
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != columns)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: expected {columns} tab-separated fields, found {fields.Length}.");
            }

            yield return fields;
        }
    }
}
