using GraphApi.Testing;

namespace GraphApi.Server.Tests.Explorer;

/// <summary>
/// The locked-down server and Chromium of <see cref="ExplorerBrowser"/> on the seeds plus one new article without curated
/// claims (the extraction fixture of issue 13), so the explorer has candidate names and unreviewed claims to show.
/// </summary>
public sealed class ExtractedKnowledgeBrowser : ExplorerBrowser
{
    public const string ArticleId = "source/synthetic_ar_security_review";

    private SeedCorpusCopy? corpus;

    protected override string? PrepareCorpus()
    {
        corpus = SeedCorpusCopy.Full();
        corpus.AddArticle(Repository.PathOf("tests", "GraphApi.Knowledge.Tests", "Fixtures", "extraction", "synthetic_ar_security_review.txt"));
        return corpus.Root;
    }

    protected override void CleanUp() => corpus?.Dispose();
}
