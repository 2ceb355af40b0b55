using System.Text.Json;
using System.Text.Json.Serialization;
using GraphApi.Knowledge.Import;
using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Stores;
using GraphApi.Knowledge.Stores.Embedded;
using GraphApi.Testing;

namespace GraphApi.Knowledge.Neo4j.Tests;

/// <summary>
/// Issue 16 on the reads issues 14 and 18 added (search of every kind, passages, documents, attribution and modality
/// filters): on the seeds with one article internal and another under embargo, Neo4j answers every scope exactly as
/// the embedded store does (hits, scores, cursors and pages included), and the embargoed article's passages and claims
/// reach anonymous callers at its embargo's end and not a millisecond before.
/// </summary>
public sealed class VisibilityParityTests : IAsyncLifetime
{
    private const string Internal = "source/003_ac3f4d661c3c58c8";
    private const string Embargoed = "source/004_fcad1568809268b8";
    private static readonly DateTimeOffset EmbargoEnd = new(2031, 5, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    private static readonly Lazy<KnowledgeGraph> Restricted = new(() =>
    {
        var seeds = new ImportPipeline().ImportCorpusAsync(Path.Combine(Repository.Root, "seeds")).GetAwaiter().GetResult().GraphOrThrow();
        return seeds with
        {
            Sources = [.. seeds.Sources.Select(s => s.Id switch
            {
                Internal => s with { Visibility = SourceVisibility.Internal },
                Embargoed => s with { EmbargoUntil = EmbargoEnd },
                _ => s,
            })],
        };
    });

    private static readonly Dictionary<string, ReadScope> Scopes = new(StringComparer.Ordinal)
    {
        ["before the embargo ends"] = ReadScope.PublicAt(EmbargoEnd.AddMilliseconds(-1)),
        ["when it ends"] = ReadScope.PublicAt(EmbargoEnd),
        ["a reader"] = ReadScope.Everything,
    };

    private static readonly Dictionary<string, Func<IKnowledgeStore, ReadScope, Task<object?>>> CallTable = new(StringComparer.Ordinal)
    {
        ["search every kind"] = async (s, r) => await s.SearchAsync("الإرهاب", [NodeKind.Person, NodeKind.Institution, NodeKind.Event, NodeKind.Place, NodeKind.Program, NodeKind.Document, NodeKind.Claim, NodeKind.Source], 50, r),
        ["search entities"] = async (s, r) => await s.SearchAsync("المغرب", null, 50, r),
        ["search documents"] = async (s, r) => await s.SearchAsync("التقارير", [NodeKind.Document], 20, r),
        ["passages"] = async (s, r) => await s.SearchPassagesAsync("المغرب", PassageFilter.None, PageRequest.All, r),
        ["passages, page 2"] = async (s, r) =>
        {
            var first = await s.SearchPassagesAsync("الإرهاب", PassageFilter.None, new PageRequest(First: 3), r);
            return await s.SearchPassagesAsync("الإرهاب", PassageFilter.None, new PageRequest(First: 3, After: first.EndCursor), r);
        },
        ["passages of the embargoed article"] = async (s, r) => await s.SearchPassagesAsync("المغرب", new PassageFilter(SourceId: Embargoed), PageRequest.All, r),
        ["passages of the internal article"] = async (s, r) => await s.SearchPassagesAsync("المغرب", new PassageFilter(SourceId: Internal), PageRequest.All, r),
        ["documents"] = async (s, r) => await s.ListEntitiesAsync(new EntityFilter(Kind: EntityKind.Document), EntityOrder.Name, PageRequest.All, r),
        ["unnamed sources"] = async (s, r) => await s.ListClaimsAsync(new ClaimFilter(AttributionKind: AttributionKind.Anonymous), ClaimOrder.Date, PageRequest.All, r),
        ["future claims, page 1"] = async (s, r) => await s.ListClaimsAsync(new ClaimFilter(Modality: Modality.Future), ClaimOrder.Id, new PageRequest(First: 1), r),
        ["relationships of the hub, two pages"] = async (s, r) =>
        {
            var first = (await s.GetRelationshipsAsync(["place/morocco"], null, RelationshipDirection.Both, new PageRequest(First: 4), r))["place/morocco"];
            return new[] { first, (await s.GetRelationshipsAsync(["place/morocco"], null, RelationshipDirection.Both, new PageRequest(First: 4, After: first.EndCursor), r))["place/morocco"] };
        },
        ["relationships of several entities"] = async (s, r) => await s.GetRelationshipsAsync(
            ["place/morocco", "person/habboub", "institution/unoct", "person/voronkov", "institution/bcij"], null, RelationshipDirection.Both, PageRequest.All, r),
        ["what documents say"] = async (s, r) => await s.GetClaimsForEntitiesAsync(
            [.. Restricted.Value.Entities.Where(e => e.Kind == EntityKind.Document).Select(e => e.Id)], ClaimRole.Speaker, PageRequest.All, r),
    };

    private readonly EmbeddedKnowledgeStore embedded = new(Restricted.Value);
    private readonly Neo4jKnowledgeStore neo4j = RealServer.Store();

    public async Task InitializeAsync() => await neo4j.ReplaceGraphAsync(Restricted.Value);

    public async Task DisposeAsync() => await neo4j.DisposeAsync();

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var call in CallTable.Keys)
        {
            foreach (var scope in Scopes.Keys)
            {
                data.Add(call, scope);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Neo4j_answers_each_scope_exactly_as_the_embedded_store(string call, string scope)
    {
        var expected = JsonSerializer.Serialize(await CallTable[call](embedded, Scopes[scope]), Json);
        var actual = JsonSerializer.Serialize(await CallTable[call](neo4j, Scopes[scope]), Json);
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("embedded")]
    [InlineData("neo4j")]
    public async Task Passages_and_search_hits_of_a_hidden_article_appear_only_in_the_scopes_that_read_it(string storeName)
    {
        IKnowledgeStore store = storeName == "embedded" ? embedded : neo4j;
        async Task<HashSet<string>> PassageSources(ReadScope scope) =>
            [.. (await store.SearchPassagesAsync("المغرب", PassageFilter.None, PageRequest.All, scope)).Items.Select(p => p.SourceId)];
        async Task<HashSet<string>> HitIds(ReadScope scope) =>
            [.. (await store.SearchAsync("المغرب", [NodeKind.Claim, NodeKind.Source], 100, scope)).Select(h => h.Node.Id)];

        var before = await PassageSources(Scopes["before the embargo ends"]);
        var after = await PassageSources(Scopes["when it ends"]);
        var reader = await PassageSources(ReadScope.Everything);
        Assert.DoesNotContain(Embargoed, before);
        Assert.DoesNotContain(Internal, before);
        Assert.Contains(Embargoed, after);
        Assert.DoesNotContain(Internal, after);
        Assert.Contains(Internal, reader);

        var claimsOf = Restricted.Value.Claims.ToLookup(c => c.SourceId, c => c.Id);
        var hitsBefore = await HitIds(Scopes["before the embargo ends"]);
        Assert.DoesNotContain(Embargoed, hitsBefore);
        Assert.Empty(hitsBefore.Intersect(claimsOf[Embargoed].Concat(claimsOf[Internal])));
        Assert.NotEmpty((await HitIds(ReadScope.Everything)).Intersect(claimsOf[Internal]));
    }
}
