using GraphApi.Server.Hosting;
using GraphApi.Testing;

namespace GraphApi.Server.Tests.Ide;

public sealed class WelcomeDocumentTests
{
    /// <summary>The IDE's welcome document is README's first journalist question, word for word.</summary>
    [Fact]
    public void The_welcome_document_is_a_readme_question()
    {
        var readme = File.ReadAllText(Repository.PathOf("README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);

        Assert.Contains("```graphql\n" + WelcomeDocument.Query.TrimEnd() + "\n```", readme, StringComparison.Ordinal);
        Assert.StartsWith("# ", WelcomeDocument.Text, StringComparison.Ordinal);
    }
}
