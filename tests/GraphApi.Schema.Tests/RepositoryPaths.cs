using GraphApi.Testing;

namespace GraphApi.Schema.Tests;

/// <summary>Finds the repository (the folder holding GraphApi.sln) from the test binaries, so tests read the real seeds/ and schema/.</summary>
internal static class RepositoryPaths
{
    public static string Root => Repository.Root;

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string SchemaFile => Path.Combine(Root, "schema", "schema.graphql");

    public static string Queries => Path.Combine(Root, "tests", "GraphApi.Schema.Tests", "Queries");

}
