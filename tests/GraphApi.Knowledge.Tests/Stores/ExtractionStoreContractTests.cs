using GraphApi.Knowledge.Export;
using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Stores;

namespace GraphApi.Knowledge.Tests.Stores;

/// <summary>
/// The store contract for extracted knowledge, run against every store: candidates listed, filtered, paged and found by
/// id; claims filtered by review state; unreviewed claims in entity claims and conflicts; the whole graph read back.
/// </summary>
public abstract class ExtractionStoreContractTests : IAsyncLifetime
{
    private IKnowledgeStore? current;

    protected IKnowledgeStore Store => current ?? throw new InvalidOperationException("InitializeAsync has not run.");

    protected static KnowledgeGraph Graph => ExtractionStoreFixture.Graph;

    protected abstract Task<IKnowledgeStore> CreateEmptyStoreAsync();

    public async Task InitializeAsync()
    {
        current = await CreateEmptyStoreAsync();
        await current.ReplaceGraphAsync(Graph);
    }

    public Task DisposeAsync() => current is IAsyncDisposable disposable ? disposable.DisposeAsync().AsTask() : Task.CompletedTask;

    [Fact]
    public async Task The_graph_read_back_holds_the_candidates_and_the_extractions()
    {
        Assert.NotEmpty(Graph.Candidates);
        Assert.Equal(CanonicalDump.Write(Graph), await CanonicalDump.WriteAsync(Store));
    }

    [Fact]
    public async Task Candidates_are_listed_by_id_and_paged()
    {
        var all = await Store.ListCandidatesAsync(CandidateFilter.None, PageRequest.All, ReadScope.Everything);
        Assert.Equal(Graph.Candidates.Select(c => c.Id), all.Items.Select(c => c.Id));
        Assert.Equal(Graph.Candidates.Count, all.TotalCount);

        var seen = new List<string>();
        string? after = null;
        Page<Candidate> page;
        do
        {
            page = await Store.ListCandidatesAsync(CandidateFilter.None, PageRequest.FirstN(2, after), ReadScope.Everything);
            seen.AddRange(page.Items.Select(c => c.Id));
            after = page.EndCursor;
        }
        while (page.HasNextPage);
        Assert.Equal(all.Items.Select(c => c.Id), seen);
    }

    [Fact]
    public async Task Candidates_are_filtered_by_source_and_kind_and_found_by_id()
    {
        var inReview = await Store.ListCandidatesAsync(new CandidateFilter(SourceId: "source/synthetic_ar_security_review"), PageRequest.All, ReadScope.Everything);
        Assert.Equal(["المرصد المغربي للدراسات الأمنية", "عبد الرحيم الصديقي"], inReview.Items.Select(c => c.Name).Order(StringComparer.Ordinal));
        var people = await Store.ListCandidatesAsync(new CandidateFilter(Kind: EntityKind.Person), PageRequest.All, ReadScope.Everything);
        Assert.All(people.Items, c => Assert.Equal(EntityKind.Person, c.Kind));
        Assert.Contains(people.Items, c => c.Name == "عبد الرحيم الصديقي");
        Assert.Empty((await Store.ListCandidatesAsync(new CandidateFilter(SourceId: "source/001_a2f0a9acf6273409"), PageRequest.All, ReadScope.Everything)).Items);

        var person = people.Items.First(c => c.Name == "عبد الرحيم الصديقي");
        var nodes = await Store.GetNodesAsync([person.Id, "candidate/0000000000000000"], ReadScope.Everything);
        var node = Assert.IsType<Candidate>(nodes[0]);
        Assert.Equal((person.Id, person.Name, person.Kind, person.Cue, person.Confidence), (node.Id, node.Name, node.Kind, node.Cue, node.Confidence));
        Assert.Equal(person.Occurrences, node.Occurrences);
        Assert.Null(nodes[1]);
    }

    [Fact]
    public async Task Claims_are_filtered_by_review_state()
    {
        var unreviewed = await Store.ListClaimsAsync(new ClaimFilter(Reviewed: false), ClaimOrder.Id, PageRequest.All, ReadScope.Everything);
        var reviewed = await Store.ListClaimsAsync(new ClaimFilter(Reviewed: true), ClaimOrder.Id, PageRequest.All, ReadScope.Everything);
        Assert.Equal(Graph.Claims.Where(c => !c.Reviewed).Select(c => c.Id), unreviewed.Items.Select(c => c.Id));
        Assert.Equal(Graph.Claims.Where(c => c.Reviewed).Select(c => c.Id), reviewed.Items.Select(c => c.Id));
        Assert.All(unreviewed.Items, c => Assert.NotNull(c.Extraction));
        Assert.Equal(Graph.Claims.Count, (await Store.ListClaimsAsync(ClaimFilter.None, ClaimOrder.Id, PageRequest.All, ReadScope.Everything)).TotalCount);

        var extractedFigures = await Store.ListClaimsAsync(new ClaimFilter(Kind: ClaimKind.Quantity, SourceId: "source/003_ac3f4d661c3c58c8", Reviewed: false), ClaimOrder.Date, PageRequest.All, ReadScope.Everything);
        Assert.Equal(5, extractedFigures.TotalCount); // 207, 32, one month or more, 24 hours or less, two tourists killed
    }

    [Fact]
    public async Task An_entity_lists_its_unreviewed_claims_and_conflicts_reach_them()
    {
        var habboub = (await Store.GetClaimsForEntitiesAsync(["person/habboub"], ClaimRole.Speaker, PageRequest.All, ReadScope.Everything))["person/habboub"].Items.ToList();
        Assert.Contains(habboub, c => c.Reviewed);
        Assert.Contains(habboub, c => !c.Reviewed && c.SourceId == "source/synthetic_ar_security_review");

        var figure = Graph.Claims.Single(c => c.SourceId == "source/synthetic_ar_security_review" && c.Quantity?.Metric == "terrorist-cells-dismantled");
        var conflicts = (await Store.GetConflictsForClaimsAsync([figure.Id], ReadScope.Everything))[figure.Id];
        Assert.Contains(conflicts, c => c.ClaimA == "claim/004-bcij-cells-2009" || c.ClaimB == "claim/004-bcij-cells-2009");
        Assert.Contains((await Store.GetConflictsAsync(PageRequest.All, ReadScope.Everything)).Items, c => c.ClaimA == figure.Id || c.ClaimB == figure.Id);
    }
}

public sealed class EmbeddedExtractionStoreTests : ExtractionStoreContractTests
{
    protected override Task<IKnowledgeStore> CreateEmptyStoreAsync() => Task.FromResult<IKnowledgeStore>(new GraphApi.Knowledge.Stores.Embedded.EmbeddedKnowledgeStore());
}
