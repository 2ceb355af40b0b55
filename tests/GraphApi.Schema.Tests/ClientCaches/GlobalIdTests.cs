using System.Text.Json;

namespace GraphApi.Schema.Tests.ClientCaches;

/// <summary>
/// Issue 15, global ids: the journalist queries (the snapshot suite and the load benchmark's mix) normalized into one
/// Relay-style record store, as a front-end's cache holds them side by side. No id may belong to two types, and no
/// record may come back with two values for one field.
/// </summary>
public sealed class GlobalIdTests
{
    [Fact]
    public async Task Journalist_queries_normalize_into_one_store_without_conflicts()
    {
        var store = new RelayStyleStore(SchemaHarness.Schema);
        foreach (var file in JournalistQueries())
        {
            var result = await SchemaHarness.ExecuteAsync(store.Prepare(await File.ReadAllTextAsync(file)));
            store.Normalize(SchemaHarness.Data(result), Path.GetFileName(file));
        }

        Assert.True(store.Conflicts.Count == 0, string.Join(Environment.NewLine, store.Conflicts));
        Assert.True(store.RecordCount > 100, $"only {store.RecordCount} records: the queries no longer reach much of the graph");
        Assert.Superset(
            new HashSet<string> { "Person", "Institution", "Claim", "Source", "Relationship", "SubgraphEdge", "RoleHeld", "Conflict", "Evidence", "Mention" },
            store.TypesOfRecords.ToHashSet());
    }

    [Fact]
    public async Task A_subgraph_edge_and_its_relationship_are_two_records()
    {
        var store = new RelayStyleStore(SchemaHarness.Schema);
        var data = SchemaHarness.Data(await SchemaHarness.ExecuteAsync(store.Prepare(
            """{ neighborhood(id: "person/habboub", depth: 1) { edges { id relationship { id } } } }""")));
        store.Normalize(data, "neighborhood");

        Assert.Empty(store.Conflicts);
        Assert.All(data.GetProperty("neighborhood").GetProperty("edges").EnumerateArray(), edge =>
            Assert.Equal("edge/" + edge.GetProperty("relationship").GetProperty("id").GetString(), edge.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task A_relationship_listed_from_both_ends_stays_one_consistent_record()
    {
        var store = new RelayStyleStore(SchemaHarness.Schema);
        var data = SchemaHarness.Data(await SchemaHarness.ExecuteAsync(store.Prepare("""
            {
              habboub: node(id: "person/habboub") { ... on Entity { relationships(types: ["holds-role"]) { edges { direction other { id } node { id type } } } } }
              bcij: node(id: "institution/bcij") { ... on Entity { relationships(types: ["holds-role"]) { edges { direction other { id } node { id type } } } } }
            }
            """)));
        store.Normalize(data, "both ends");

        Assert.True(store.Conflicts.Count == 0, string.Join(Environment.NewLine, store.Conflicts));
        var fromHabboub = data.GetProperty("habboub").GetProperty("relationships").GetProperty("edges").EnumerateArray()
            .Single(e => e.GetProperty("other").GetProperty("id").GetString() == "institution/bcij");
        var fromBcij = data.GetProperty("bcij").GetProperty("relationships").GetProperty("edges").EnumerateArray()
            .Single(e => e.GetProperty("other").GetProperty("id").GetString() == "person/habboub");
        Assert.Equal(fromHabboub.GetProperty("node").GetProperty("id").GetString(), fromBcij.GetProperty("node").GetProperty("id").GetString());
        Assert.Equal("OUTGOING", fromHabboub.GetProperty("direction").GetString());
        Assert.Equal("INCOMING", fromBcij.GetProperty("direction").GetString());
    }

    [Fact]
    public async Task A_role_has_an_id_made_of_person_institution_and_title()
    {
        var roles = SchemaHarness.Data(await SchemaHarness.ExecuteAsync("""{ node(id: "person/voronkov") { ... on Person { roles { id title institution { id } } } } }"""))
            .GetProperty("node").GetProperty("roles").EnumerateArray().ToList();

        Assert.True(roles.Count >= 2, "Voronkov's sources give him two titles");
        Assert.Equal(roles.Count, roles.Select(r => r.GetProperty("id").GetString()).Distinct().Count());
        Assert.All(roles, role => Assert.Equal(
            $"role/person/voronkov/{role.GetProperty("institution").GetProperty("id").GetString()}/{Types.RoleHeld.Slug(role.GetProperty("title").GetString())}",
            role.GetProperty("id").GetString()));
    }

    [Theory]
    [InlineData("Under-Secretary-General", "under-secretary-general")]
    [InlineData("  Director (BCIJ)  ", "director-bcij")]
    [InlineData("مدير المكتب", "مدير-المكتب")]
    [InlineData(null, "untitled")]
    [InlineData("—", "untitled")]
    public void Title_slug_keeps_letters_and_digits(string? title, string slug) => Assert.Equal(slug, Types.RoleHeld.Slug(title));

    [Fact]
    public void The_store_reports_an_id_shared_by_two_types()
    {
        var store = new RelayStyleStore(SchemaHarness.Schema);
        store.Normalize(JsonDocument.Parse("""
            { "a": { "__typename": "Relationship", "id": "rel/x", "type": "holds-role" },
              "b": [ { "__typename": "SubgraphEdge", "id": "rel/x", "type": "holds-role" } ] }
            """).RootElement, "made up");

        var conflict = Assert.Single(store.Conflicts);
        Assert.Contains("\"rel/x\" is a Relationship", conflict, StringComparison.Ordinal);
        Assert.Contains("and a SubgraphEdge", conflict, StringComparison.Ordinal);
    }

    [Fact]
    public void The_store_reports_a_record_whose_fields_disagree()
    {
        var store = new RelayStyleStore(SchemaHarness.Schema);
        store.Normalize(JsonDocument.Parse("""[ { "__typename": "Person", "id": "person/x", "name": "A" }, { "__typename": "Person", "id": "person/x", "name": "B" } ]""").RootElement, "made up");

        Assert.Contains("Person \"person/x\".name is \"A\"", Assert.Single(store.Conflicts), StringComparison.Ordinal);
    }

    [Fact]
    public void Prepare_adds_typename_and_id_below_the_root_only()
    {
        var prepared = new RelayStyleStore(SchemaHarness.Schema).Prepare("{ search(text: \"x\") { score entity { name ... on Person { roles { title } } } } }");

        Assert.Equal("{ search(text: \"x\") { __typename score entity { __typename id name ... on Person { __typename id roles { __typename id title } } } } }", prepared);
    }

    private static IEnumerable<string> JournalistQueries() =>
        Directory.GetFiles(RepositoryPaths.Queries, "*.graphql")
            .Concat(Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "scripts", "bench", "queries"), "mix-*.graphql"))
            .Order(StringComparer.Ordinal);
}
