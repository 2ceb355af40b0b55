namespace GraphApi.GraphQL.Language.Tests;

/// <summary>The .graphql files under Documents/, copied next to the test assembly.</summary>
internal static class TestDocuments
{
    public static string Read(string fileName) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Documents", fileName));
}
