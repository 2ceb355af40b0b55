namespace GraphApi.Schema.Tests;

/// <summary>Finds the repository (the folder holding GraphApi.sln) from the test binaries, so tests read the real seeds/ and schema/.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string SchemaFile => Path.Combine(Root, "schema", "schema.graphql");

    public static string Queries => Path.Combine(Root, "tests", "GraphApi.Schema.Tests", "Queries");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GraphApi.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No GraphApi.sln above {AppContext.BaseDirectory}; run the tests from the repository checkout.");
    }
}
