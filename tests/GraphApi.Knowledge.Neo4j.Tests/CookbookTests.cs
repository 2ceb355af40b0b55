using System.Globalization;
using System.Text.RegularExpressions;
using GraphApi.Bolt;
using GraphApi.Knowledge.Import;
using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Stores;
using GraphApi.Testing;

namespace GraphApi.Knowledge.Neo4j.Tests;

/// <summary>
/// The Cypher cookbook of docs/graph-model.md, run as written (only <c>$partition</c> is given) on the real Neo4j holding
/// the seeds, each answer compared row for row with the store's answer to the same question, the API's answer.
/// </summary>
public sealed partial class CookbookTests : IAsyncLifetime
{
    private static readonly Lazy<KnowledgeGraph> Seeds = new(() =>
        new ImportPipeline().ImportCorpusAsync(System.IO.Path.Combine(Repository.Root, "seeds")).GetAwaiter().GetResult().GraphOrThrow());

    private static readonly Lazy<IReadOnlyDictionary<int, string>> Cookbook = new(Read);

    private readonly Neo4jStoreOptions options = RealServer.Options();
    private Neo4jKnowledgeStore? store;

    /// <summary>Per question, the columns compared and the store's answer, one string per row.</summary>
    private static readonly Dictionary<int, (string[] Columns, Func<IKnowledgeStore, Task<List<string>>> Answer)> Questions = new()
    {
        [1] = (["id", "kind", "name", "mentions"], async s =>
        {
            var hits = await s.SearchAsync("بوريطة", null, 10, ReadScope.Everything);
            var rows = new List<string>();
            foreach (var e in hits.Select(h => h.Node).OfType<Entity>())
            {
                rows.Add(Row(e.Id, e.Kind, e.Name, (await s.GetMentionsByEntityAsync([e.Id], PageRequest.All, ReadScope.Everything))[e.Id].TotalCount));
            }

            return rows;
        }),
        [2] = (["speaker", "claim", "quote", "source", "published"], async s =>
        {
            const string x = "institution/morocco-security-services";
            var rows = new List<string>();
            foreach (var c in await ClaimsAboutAsync(s, x))
            {
                if (c.SpeakerId is null)
                {
                    continue;
                }

                foreach (var ev in c.Evidence)
                {
                    var source = await NodeAsync<Source>(s, ev.SourceId);
                    rows.Add(Row((await NodeAsync<Entity>(s, c.SpeakerId)).Name, c.Text, ev.Quote, source.Title, source.Published));
                }
            }

            // ORDER BY published, claim, quote: the columns in that order, as strings.
            return [.. rows.Distinct().OrderBy(r => Key(r, 4, 1, 2), StringComparer.Ordinal).Take(5)];
        }),
        [3] = (["source", "mention", "start", "end", "offsetsHold"], async s =>
            [.. (await s.GetMentionsByEntityAsync(["person/bourita"], PageRequest.All, ReadScope.Everything))["person/bourita"].Items
                .Select(m => Row(m.SourceId, m.Text, m.Start, m.End, true))]),
        [4] = (["hop", "from", "link", "to", "claim", "quote"], async s =>
        {
            var rows = new List<string>();
            var hops = await s.ShortestPathAsync("person/david-fischer", "institution/unoct", 4, ReadScope.Everything) ?? [];
            for (var i = 0; i < hops.Count; i++)
            {
                var claimId = hops[i].Relationship.ClaimIds.Order(StringComparer.Ordinal).First();
                var claim = await NodeAsync<Claim>(s, claimId);
                rows.Add(Row(
                    i, (await NodeAsync<Entity>(s, hops[i].FromId)).Name, hops[i].Relationship.Type.ToUpperInvariant().Replace('-', '_'),
                    (await NodeAsync<Entity>(s, hops[i].ToId)).Name, claimId, claim.Evidence[0].Quote));
            }

            return rows;
        }),
        [5] = (["one", "oneSource", "other", "otherSource", "why", "flags"], async s =>
        {
            var rows = new List<string>();
            foreach (var conflict in (await s.GetConflictsAsync(PageRequest.All, ReadScope.Everything)).Items)
            {
                var (a, b) = (await NodeAsync<Claim>(s, conflict.ClaimA), await NodeAsync<Claim>(s, conflict.ClaimB));
                rows.Add(Row(a.Text, a.SourceId, b.Text, b.SourceId, conflict.Reason, conflict.Flags));
            }

            return rows;
        }),
        [6] = (["date", "kind", "claim"], async s =>
        {
            var rows = new List<(string Date, string Id, string Row)>();
            foreach (var c in await ClaimsAboutAsync(s, "institution/unoct-rabat-office"))
            {
                if ((c.Date ?? (await NodeAsync<Source>(s, c.SourceId)).Published) is { } date)
                {
                    rows.Add((date, c.Id, Row(date, c.Kind, c.Text)));
                }
            }

            return [.. rows.OrderBy(r => r.Date, StringComparer.Ordinal).ThenBy(r => r.Id, StringComparer.Ordinal).Take(6).Select(r => r.Row)];
        }),
        [7] = (["metric", "value", "unit", "since", "asOf", "speaker"], async s =>
        {
            var rows = new List<(string Metric, string Id, string Row)>();
            foreach (var c in (await s.ListClaimsAsync(new ClaimFilter(Kind: ClaimKind.Quantity), ClaimOrder.Id, PageRequest.All, ReadScope.Everything)).Items)
            {
                var q = c.Quantity!;
                var speaker = c.SpeakerId is null ? null : (await NodeAsync<Entity>(s, c.SpeakerId)).Name;
                rows.Add((q.Metric, c.Id, Row(q.Metric, q.Value.ToString(CultureInfo.InvariantCulture), q.Unit, q.Since, q.AsOf, speaker)));
            }

            return [.. rows.OrderBy(r => r.Metric, StringComparer.Ordinal).ThenBy(r => r.Id, StringComparer.Ordinal).Select(r => r.Row)];
        }),
        [8] = (["person", "role", "at", "claim"], async s =>
        {
            var people = (await s.ListEntitiesAsync(new EntityFilter(Kind: EntityKind.Person), EntityOrder.Id, PageRequest.All, ReadScope.Everything)).Items.ToList();
            var links = await s.GetRelationshipsAsync([.. people.Select(p => p.Id)], ["holds-role"], RelationshipDirection.Outgoing, PageRequest.All, ReadScope.Everything);
            var rows = new List<(string Person, string Claim, string Row)>();
            foreach (var person in people)
            {
                foreach (var edge in links[person.Id].Items)
                {
                    foreach (var claimId in edge.Relationship.ClaimIds)
                    {
                        var at = (await NodeAsync<Entity>(s, edge.OtherId)).Name;
                        rows.Add((person.Name, claimId, Row(person.Name, (await NodeAsync<Claim>(s, claimId)).Role, at, claimId)));
                    }
                }
            }

            return [.. rows.OrderBy(r => r.Person, StringComparer.Ordinal).ThenBy(r => r.Claim, StringComparer.Ordinal).Select(r => r.Row)];
        }),
        [9] = (["source", "outlet", "chain"], async s =>
        {
            var rows = new List<string>();
            foreach (var source in (await s.ListSourcesAsync(new SourceFilter(MentionsEntityId: "institution/dgst"), PageRequest.All, ReadScope.Everything)).Items)
            {
                var outlet = source.OutletId is null ? null : (await NodeAsync<Entity>(s, source.OutletId)).Name;
                var chain = new List<string>();
                foreach (var link in source.Chain)
                {
                    chain.Add($"{(await NodeAsync<Entity>(s, link.EntityId)).Name} ({link.Role})");
                }

                rows.Add(Row(source.Id, outlet, chain));
            }

            return rows;
        }),
        [10] = (["entity", "hops"], async s =>
        {
            // Breadth first over the typed links, both directions, two levels: each entity at its least distance.
            var distance = new Dictionary<string, int>(StringComparer.Ordinal) { ["person/habboub"] = 0 };
            List<string> frontier = ["person/habboub"];
            for (var hop = 1; hop <= 2; hop++)
            {
                var links = await s.GetRelationshipsAsync(frontier, null, RelationshipDirection.Both, PageRequest.All, ReadScope.Everything);
                frontier = [.. links.Values.SelectMany(p => p.Items).Select(e => e.OtherId).Distinct().Where(id => distance.TryAdd(id, hop))];
            }

            var rows = new List<(int Hops, string Name)>();
            foreach (var (id, hops) in distance.Where(d => d.Value > 0))
            {
                rows.Add((hops, (await NodeAsync<Entity>(s, id)).Name));
            }

            return [.. rows.OrderBy(r => r.Hops).ThenBy(r => r.Name, StringComparer.Ordinal).Select(r => Row(r.Name, r.Hops))];
        }),
    };

    public static TheoryData<int> Numbers() => [.. Questions.Keys];

    public async Task InitializeAsync()
    {
        store = Neo4jKnowledgeStore.Connect(options);
        await store.ReplaceGraphAsync(Seeds.Value);
    }

    public async Task DisposeAsync() => await store!.DisposeAsync();

    [Fact]
    public void The_cookbook_asks_at_least_eight_questions_and_each_is_checked()
    {
        Assert.True(Cookbook.Value.Count >= 8, $"docs/graph-model.md has {Cookbook.Value.Count} cookbook queries");
        Assert.Equal(Questions.Keys.Order(), Cookbook.Value.Keys.Order());
    }

    [Theory]
    [MemberData(nameof(Numbers))]
    public async Task A_cookbook_query_answers_as_the_api(int number)
    {
        var (columns, answer) = Questions[number];
        var expected = await answer(store!);

        await using var driver = BoltDriver.Create(options.Uri, AuthTokens.Basic(options.Username, options.ResolvePassword()!));
        var records = await driver.ExecuteQueryAsync(Cookbook.Value[number], new Dictionary<string, object?> { ["partition"] = options.Partition });
        var actual = records.Select(r => Row([.. columns.Select(c => r[c])])).ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }

    private static async Task<List<Claim>> ClaimsAboutAsync(IKnowledgeStore s, string entityId) =>
        [.. (await s.GetClaimsForEntitiesAsync([entityId], ClaimRole.Any, PageRequest.All, ReadScope.Everything))[entityId].Items
            .Where(c => c.SubjectId == entityId || c.ObjectId == entityId || c.About.Contains(entityId))];

    private static async Task<T> NodeAsync<T>(IKnowledgeStore s, string id)
        where T : IGraphNode => (T)(await s.GetNodesAsync([id], ReadScope.Everything))[0]!;

    private static string Row(params object?[] values) => string.Join(" | ", values.Select(Cell));

    private static string Cell(object? value) => value switch
    {
        null => "null",
        string text => text,
        bool flag => flag ? "true" : "false",
        System.Collections.IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Cell)) + "]",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "null",
    };

    private static string Key(string row, params int[] columns)
    {
        var cells = row.Split(" | ");
        return string.Join('\u0001', columns.Select(i => cells[i]));
    }

    /// <summary>The cookbook's queries by number: each <c>### N.</c> heading and the <c>cypher</c> block under it.</summary>
    private static Dictionary<int, string> Read()
    {
        var text = File.ReadAllText(System.IO.Path.Combine(Repository.Root, "docs", "graph-model.md"));
        var cookbook = text[text.IndexOf("\n## Cookbook", StringComparison.Ordinal)..];
        return CookbookEntry().Matches(cookbook).ToDictionary(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), m => m.Groups[2].Value);
    }

    [GeneratedRegex(@"^### (\d+)\..*?\n```cypher\n(.*?)\n```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CookbookEntry();
}
