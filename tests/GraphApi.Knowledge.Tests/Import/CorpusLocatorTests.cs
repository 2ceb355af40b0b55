using GraphApi.Knowledge.Import;

namespace GraphApi.Knowledge.Tests.Import;

public class CorpusLocatorTests
{
    private static string? NoEnvironment(string name) => null;

    [Fact]
    public void Explicit_then_environment_then_configuration()
    {
        Assert.Equal("x", CorpusLocator.Locate("x", "c", environment: _ => "e"));
        Assert.Equal("e", CorpusLocator.Locate(null, "c", environment: _ => "e"));
        Assert.Equal("c", CorpusLocator.Locate(null, "c", environment: NoEnvironment));
    }

    [Fact]
    public void Walks_up_to_the_repository_seeds_from_a_bin_folder()
    {
        var found = CorpusLocator.Locate(currentDirectory: Path.GetTempPath(), baseDirectory: AppContext.BaseDirectory, environment: NoEnvironment);
        Assert.Equal(RepositoryPaths.Seeds, found);
        Assert.Equal(RepositoryPaths.Seeds, CorpusLocator.Locate(currentDirectory: RepositoryPaths.Root, baseDirectory: "/", environment: NoEnvironment));
    }
}
