using GraphApi.Knowledge.Import;
using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Tests.Search;

/// <summary>The named relevance sets of <c>tests/search/</c> and the seed graph they are judged on.</summary>
internal static class SearchSets
{
    private static readonly Lazy<KnowledgeGraph> LazySeeds = new(() =>
        new ImportPipeline().ImportCorpusAsync(RepositoryPaths.Seeds).GetAwaiter().GetResult().GraphOrThrow());

    public static KnowledgeGraph Seeds => LazySeeds.Value;

    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "search");

    /// <summary>The rows of a tab-separated set file, comments and blank lines left out; each row must have <paramref name="columns"/> fields.</summary>
    public static IReadOnlyList<string[]> Rows(string fileName, int columns)
    {
        var path = Path.Combine(Folder, fileName);
        var rows = new List<string[]>();
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

            rows.Add(fields);
        }

        return rows;
    }
}
