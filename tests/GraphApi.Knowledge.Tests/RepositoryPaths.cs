using GraphApi.Testing;

namespace GraphApi.Knowledge.Tests;

/// <summary>Locates the repository's folders from the test binaries.</summary>
internal static class RepositoryPaths
{
    public static string Root => Repository.Root;

    public static string SeedSources => Path.Combine(Root, "seeds", "sources");

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Fixtures => Path.Combine(Root, "tests", "GraphApi.Knowledge.Tests", "Fixtures");

    public static string Seed(string prefix) =>
        Directory.GetFiles(SeedSources, prefix + "_*.txt").Single();

    public static string ReadSeed(string prefix) => File.ReadAllText(Seed(prefix));

}
