using System.Text.Json;
using System.Text.Json.Serialization;
using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Stores;
using GraphApi.Knowledge.Stores.Embedded;
using GraphApi.Knowledge.Tests.Stores;

namespace GraphApi.Knowledge.Neo4j.Tests;

/// <summary>
/// Parity for extracted knowledge: the same calls on Neo4j and on the embedded store, over a graph with curated and
/// extracted claims and candidates, give identical answers serialized value for value; and candidates are real graph
/// nodes with OCCURS_IN edges that plain Cypher can follow.
/// </summary>
public sealed class ExtractionParityTests : IAsyncLifetime
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    private readonly EmbeddedKnowledgeStore embedded = new(ExtractionStoreFixture.Graph);
    private readonly Neo4jKnowledgeStore neo4j = RealServer.Store();

    public async Task InitializeAsync() => await neo4j.ReplaceGraphAsync(ExtractionStoreFixture.Graph);

    public async Task DisposeAsync() => await neo4j.DisposeAsync();

    public static TheoryData<string> Calls() => [.. CallTable.Keys];

    private static readonly Dictionary<string, Func<IKnowledgeStore, Task<object?>>> CallTable = new(StringComparer.Ordinal)
    {
        ["all candidates"] = async s => await s.ListCandidatesAsync(CandidateFilter.None, PageRequest.All, ReadScope.Everything),
        ["candidates page 2"] = async s =>
        {
            var first = await s.ListCandidatesAsync(CandidateFilter.None, PageRequest.FirstN(1), ReadScope.Everything);
            return await s.ListCandidatesAsync(CandidateFilter.None, PageRequest.FirstN(1, first.EndCursor), ReadScope.Everything);
        },
        ["candidates of a source"] = async s => await s.ListCandidatesAsync(new CandidateFilter(SourceId: "source/synthetic_ar_security_review"), PageRequest.All, ReadScope.Everything),
        ["person candidates"] = async s => await s.ListCandidatesAsync(new CandidateFilter(Kind: EntityKind.Person), PageRequest.All, ReadScope.Everything),
        ["unreviewed claims by date"] = async s => await s.ListClaimsAsync(new ClaimFilter(Reviewed: false), ClaimOrder.Date, PageRequest.All, ReadScope.Everything),
        ["reviewed quantities"] = async s => await s.ListClaimsAsync(new ClaimFilter(Kind: ClaimKind.Quantity, Reviewed: true), ClaimOrder.Id, PageRequest.All, ReadScope.Everything),
        ["unreviewed claims with conflicts"] = async s => await s.ListClaimsAsync(new ClaimFilter(HasConflicts: true, Reviewed: false), ClaimOrder.Source, new PageRequest(Last: 3), ReadScope.Everything),
        ["claims of Habboub"] = async s => await s.GetClaimsForEntitiesAsync(["person/habboub"], ClaimRole.Any, PageRequest.All, ReadScope.Everything),
        ["conflicts"] = async s => await s.GetConflictsAsync(PageRequest.All, ReadScope.Everything),
        ["nodes"] = async s => (await s.GetNodesAsync([.. ExtractionStoreFixture.Graph.Candidates.Take(2).Select(c => c.Id), ExtractionStoreFixture.Graph.Claims.First(c => !c.Reviewed).Id, "candidate/none"], ReadScope.Everything)).Cast<object?>().ToList(),
    };

    [Fact]
    public async Task Candidates_are_nodes_linked_to_the_sources_they_occur_in()
    {
        var partition = RealServer.Options().Partition;
        var rows = await neo4j.Runner.ReadAsync(
            "MATCH (c:Candidate)-[:OCCURS_IN]->(s:Source) WHERE c.partition = s.partition AND c.id IN $ids RETURN c.id AS candidate, s.id AS source",
            new Dictionary<string, object?> { ["ids"] = ExtractionStoreFixture.Graph.Candidates.Select(c => c.Id).ToList() },
            CancellationToken.None);
        var expected = ExtractionStoreFixture.Graph.Candidates.SelectMany(c => c.Occurrences.Select(o => $"{c.Id} {o.SourceId}")).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(expected, rows.Select(r => $"{r["candidate"]} {r["source"]}").Distinct().Order(StringComparer.Ordinal));
        Assert.NotNull(partition);
    }

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task Neo4j_answers_exactly_as_the_embedded_store(string call)
    {
        var expected = JsonSerializer.Serialize(await CallTable[call](embedded), Json);
        var actual = JsonSerializer.Serialize(await CallTable[call](neo4j), Json);
        Assert.Equal(expected, actual);
    }
}
