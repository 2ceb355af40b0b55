using GraphApi.Knowledge.Export;
using GraphApi.Knowledge.Import;
using Snapshooter.Xunit;

namespace GraphApi.Knowledge.Tests.Import;

public class CanonicalDumpTests
{
    /// <summary>The whole graph of the fixture corpus, reviewed as a snapshot: offsets, ids, reasons and provenance.</summary>
    [Fact]
    public async Task Fixture_corpus_graph()
    {
        var outcome = await new ImportPipeline(new ImportOptions { ImporterVersion = "test" }).ImportCorpusAsync(Path.Combine(RepositoryPaths.Fixtures, "corpus"));
        CanonicalDump.Write(outcome.GraphOrThrow()).MatchSnapshot();
    }
}
