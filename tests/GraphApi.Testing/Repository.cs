namespace GraphApi.Testing;

/// <summary>The repository the tests run from: the folder holding <c>GraphApi.sln</c>, found by walking up from the test binary.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>A path inside the repository, from its parts (<c>Repository.PathOf("schema", "schema.graphql")</c>).</summary>
    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

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
